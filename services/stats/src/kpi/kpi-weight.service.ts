import type { EntityManager } from '@mikro-orm/core';
import { invalidField, newId } from '@tjxf/domain';
import { audit } from '@tjxf/subgraph-kit';
import type { Viewer } from '@tjxf/tokens';
import { KpiCode, KpiWeightEntity, type KpiWeight } from './kpi-weight.entity.js';
import type { KpiWeightType, KpiWeightVersionType, SetKpiWeightsInput } from './kpi-weight.type.js';
import { isDate } from '../statistics/period.js';

/** What a version of a scheme must satisfy (R-PERF). */
export const KPI_WEIGHT_RULES = {
  total: 100,
  maxWeight: 100,
  maxPenalty: 100,
  scheme: /^[a-z0-9][a-z0-9-]{1,39}$/,
} as const;

/** Today's date in Beijing (YYYY-MM-DD): versions take effect by Beijing dates. */
export const beijingToday = (now = new Date()) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(now);

const toType = (row: KpiWeight): KpiWeightType => ({
  id: row.id,
  scheme: row.scheme,
  version: row.version,
  kpi: row.kpi,
  weight: row.weight,
  threshold: row.threshold ?? null,
  penalty: row.penalty ?? null,
  effectiveFrom: row.effectiveFrom ?? null,
});

export class KpiWeightService {
  constructor(
    private readonly em: EntityManager,
    private readonly viewer: Viewer,
  ) {}

  /**
   * The version of each scheme (or of the one named) in force on a Beijing date, today when
   * none is given: the highest version whose date has come (a later decision wins from its date).
   */
  async inForce(scheme?: string | null, on?: string | null): Promise<KpiWeightType[]> {
    if (on != null && !isDate(on)) throw invalidField('on', 'KPI_EFFECTIVE_DATE');
    const day = on ?? beijingToday();
    const rows = await this.em.find(
      KpiWeightEntity,
      { ...(scheme ? { scheme } : {}), $or: [{ effectiveFrom: null }, { effectiveFrom: { $lte: day } }] },
      { orderBy: { scheme: 'asc', version: 'desc', kpi: 'asc' } },
    );
    const current = new Map<string, number>();
    for (const row of rows) if (!current.has(row.scheme)) current.set(row.scheme, row.version);
    return rows.filter((row) => row.version === current.get(row.scheme)).map(toType);
  }

  /** Every version of a scheme, the newest first, with its weights (old ones stay readable). */
  async versions(scheme: string): Promise<KpiWeightVersionType[]> {
    const rows = await this.em.find(KpiWeightEntity, { scheme }, { orderBy: { version: 'desc', kpi: 'asc' } });
    const byVersion = new Map<number, KpiWeight[]>();
    for (const row of rows) byVersion.set(row.version, [...(byVersion.get(row.version) ?? []), row]);
    return [...byVersion.values()].map((weights) => toVersion(weights));
  }

  /** A new version of a scheme from a date (today or later), checked, audited in its transaction. */
  async set(input: SetKpiWeightsInput): Promise<KpiWeightVersionType> {
    checkVersion(input);
    return this.em.fork().transactional(async (tx) => {
      // one version number per change, also when two administrators save at the same moment
      await tx
        .getConnection()
        .execute(
          'select pg_advisory_xact_lock(hashtextextended(?, 0))',
          [`kpi:${input.scheme}`],
          'all',
          tx.getTransactionContext(),
        );
      const last = await tx.findOne(KpiWeightEntity, { scheme: input.scheme }, { orderBy: { version: 'desc' } });
      const version = (last?.version ?? 0) + 1;
      const rows = input.weights.map((w) =>
        tx.create(KpiWeightEntity, {
          id: newId(),
          scheme: input.scheme,
          version,
          kpi: w.kpi as KpiCode,
          weight: w.weight,
          threshold: w.threshold ?? null,
          penalty: w.penalty ?? null,
          effectiveFrom: input.effectiveFrom,
          createdById: this.viewer.accountId ?? null,
          createdAt: new Date(),
        }),
      );
      audit(tx, this.viewer, {
        action: 'KPI_WEIGHTS_SET',
        subject: `kpi:${input.scheme}`,
        detail: {
          version,
          effectiveFrom: input.effectiveFrom,
          weights: Object.fromEntries(input.weights.map((w) => [w.kpi, w.weight])),
        },
      });
      await tx.flush();
      return toVersion(rows);
    });
  }
}

function toVersion(weights: KpiWeight[]): KpiWeightVersionType {
  const first = weights[0]!;
  return {
    scheme: first.scheme,
    version: first.version,
    effectiveFrom: first.effectiveFrom ?? null,
    createdAt: first.createdAt,
    createdBy: first.createdById ? { id: first.createdById } : null,
    weights: weights.map(toType),
  };
}

/** The version's rules (R-PERF): known KPIs once each, 0–100 each, exactly 100 in all, today or later. */
function checkVersion(input: SetKpiWeightsInput): void {
  if (!KPI_WEIGHT_RULES.scheme.test(input.scheme)) throw invalidField('input.scheme', 'KPI_SCHEME_FORMAT');
  if (!isDate(input.effectiveFrom) || input.effectiveFrom < beijingToday())
    throw invalidField('input.effectiveFrom', 'KPI_EFFECTIVE_DATE');
  if (!input.weights.length) throw invalidField('input.weights', 'KPI_WEIGHTS_REQUIRED');
  const known: readonly string[] = Object.values(KpiCode);
  const seen = new Set<string>();
  input.weights.forEach((w, i) => {
    const at = `input.weights[${i}]`;
    if (!known.includes(w.kpi)) throw invalidField(`${at}.kpi`, 'KPI_UNKNOWN');
    if (seen.has(w.kpi)) throw invalidField(`${at}.kpi`, 'KPI_DUPLICATE');
    seen.add(w.kpi);
    if (!Number.isFinite(w.weight) || w.weight < 0 || w.weight > KPI_WEIGHT_RULES.maxWeight)
      throw invalidField(`${at}.weight`, 'KPI_WEIGHT_RANGE');
    const threshold = w.threshold ?? null;
    const penalty = w.penalty ?? null;
    if (
      (threshold === null) !== (penalty === null) ||
      (threshold !== null && (threshold < 0 || threshold > 1)) ||
      (penalty !== null && (penalty < 0 || penalty > KPI_WEIGHT_RULES.maxPenalty))
    )
      throw invalidField(`${at}.threshold`, 'KPI_THRESHOLD_RANGE');
  });
  // in hundredths, as the column stores them: 33.33 + 33.33 + 33.34 is 100
  const sum = input.weights.reduce((total, w) => total + Math.round(w.weight * 100), 0);
  if (sum !== KPI_WEIGHT_RULES.total * 100) throw invalidField('input.weights', 'KPI_WEIGHTS_SUM', { sum: sum / 100 });
}
