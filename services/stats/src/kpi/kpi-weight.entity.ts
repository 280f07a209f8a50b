import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

/** The KPIs of R-P14, computed from the event record (never entered by hand). */
export const KpiCode = {
  TIMELY_ACCEPTANCE_RATE: 'TIMELY_ACCEPTANCE_RATE',
  ON_TIME_COMPLETION_RATE: 'ON_TIME_COMPLETION_RATE',
  REPEAT_PETITION_RATE: 'REPEAT_PETITION_RATE',
  EVALUATION_RATE: 'EVALUATION_RATE',
  SATISFACTION_RATE: 'SATISFACTION_RATE',
  ONLINE_SHARE: 'ONLINE_SHARE',
  CASE_OWNERSHIP_RESOLUTION_RATE: 'CASE_OWNERSHIP_RESOLUTION_RATE',
} as const;
export type KpiCode = (typeof KpiCode)[keyof typeof KpiCode];

/**
 * The weight of a KPI in performance evaluation (R-PERF: configurable weights), by scheme
 * (e.g. one district's scheme of a year) and version, so a past score can be recomputed.
 */
export const KpiWeightEntity = defineEntity({
  name: 'KpiWeight',
  tableName: 'kpi_weight',
  properties: {
    id: p.uuid().primary(),
    scheme: p.string().length(60),
    version: p.integer(),
    kpi: p.enum(() => KpiCode),
    weight: p.decimal('number').precision(6).scale(2),
    /** A rate below this threshold costs points (e.g. case-ownership resolution under 85%). */
    threshold: p.decimal('number').precision(5).scale(4).nullable(),
    penalty: p.decimal('number').precision(6).scale(2).nullable(),
    /** The Beijing date from which this version applies (YYYY-MM-DD); null: from the start. */
    effectiveFrom: p.string().length(10).nullable(),
    /** The administrator who set this version; null for the seeded one. */
    createdById: p.uuid().nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
  uniques: [{ properties: ['scheme', 'version', 'kpi'] }],
});
export type KpiWeight = InferEntity<typeof KpiWeightEntity>;
