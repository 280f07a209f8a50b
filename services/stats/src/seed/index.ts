import type { MikroORM } from '@tjxf/db-kit';
import { demoId } from '@tjxf/domain';
import { KpiCode, KpiWeightEntity } from '../kpi/kpi-weight.entity.js';

/**
 * The example weighting of REQUIREMENTS.md R-P14 (one district, 2022): timely acceptance 5,
 * on-time reply 10, repeat control 10, satisfaction 10, participation 5; case-ownership
 * resolution under 85% loses 1.
 */
const EXAMPLE_SCHEME = 'district-example-2022';
const WEIGHTS: [KpiCode, number, number | null, number | null][] = [
  [KpiCode.TIMELY_ACCEPTANCE_RATE, 5, null, null],
  [KpiCode.ON_TIME_COMPLETION_RATE, 10, null, null],
  [KpiCode.REPEAT_PETITION_RATE, 10, null, null],
  [KpiCode.SATISFACTION_RATE, 10, null, null],
  [KpiCode.EVALUATION_RATE, 5, null, null],
  [KpiCode.CASE_OWNERSHIP_RESOLUTION_RATE, 0, 0.85, 1],
];

export async function seedKpiWeights(orm: MikroORM): Promise<void> {
  await orm.em.fork().upsertMany(
    KpiWeightEntity,
    WEIGHTS.map(([kpi, weight, threshold, penalty]) => ({
      id: demoId('kpi-weight', `${EXAMPLE_SCHEME}:1:${kpi}`),
      scheme: EXAMPLE_SCHEME,
      version: 1,
      kpi,
      weight,
      threshold,
      penalty,
    })),
    { onConflictFields: ['id'], onConflictAction: 'merge', onConflictExcludeFields: ['createdAt'] },
  );
}
