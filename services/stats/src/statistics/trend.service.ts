import type pg from 'pg';
import { invalidField, regionScopePrefix } from '@tjxf/domain';
import { zhCN } from '@tjxf/i18n/messages';
import { findRegion } from '@tjxf/regions';
import type { CategoryLabels } from './category-labels.js';
import { checkedPeriod } from './period.js';
import { childCodeLength } from './scope.js';
import { rollupSource } from './rollups.js';
import type { StatisticsScope } from './scope.js';
import { TrendBy, TrendInterval, type TrendPointType } from './statistics.type.js';
import type { TrendFilter } from './statistics.inputs.js';

export const CATEGORY_CODE = /^\d{2}(\d{2}){0,2}$/;
const CHANNEL = /^[A-Z_]{1,20}$/;

const BUCKET: Record<TrendInterval, string> = {
  DAY: 'at',
  WEEK: `date_trunc('week', at)::date`,
  MONTH: `date_trunc('month', at)::date`,
  YEAR: `date_trunc('year', at)::date`,
};

/**
 * Petitions registered per period by category (any of the three levels), region (where the
 * matter arose: the petition's own region) or channel, from the trend rollups.
 */
export class TrendService {
  constructor(
    private readonly pool: pg.Pool,
    private readonly scope: StatisticsScope,
    private readonly categories: CategoryLabels,
  ) {}

  async points(filter: TrendFilter): Promise<TrendPointType[]> {
    const area = this.scope.area(filter.regionCode, 'filter.regionCode');
    const period = checkedPeriod(filter.from, filter.to, 'filter');
    if (filter.categoryCode != null && !CATEGORY_CODE.test(filter.categoryCode))
      throw invalidField('filter.categoryCode', 'INVALID_CATEGORY_CODE');
    if (filter.channel != null && !CHANNEL.test(filter.channel)) throw invalidField('filter.channel', 'STATS_CHANNEL');
    const params: unknown[] = [`${regionScopePrefix(area)}%`, `${filter.categoryCode ?? ''}%`, filter.channel ?? null];
    const where = `region_code like $1 and category_code like $2 and ($3::text is null or channel = $3)`;
    const daysOnly = filter.interval === TrendInterval.DAY || filter.interval === TrendInterval.WEEK;
    const source = rollupSource('trend', period, params, where, daysOnly);
    const key: Record<TrendBy, string> = {
      CATEGORY: `left(category_code, ${(filter.categoryCode?.length ?? 0) + 2})`,
      REGION: `left(region_code, ${childCodeLength(area)})`,
      CHANNEL: 'channel',
      NONE: 'null::text',
    };
    const { rows } = await this.pool.query<{ period: string; key: string | null; count: string }>(
      `select to_char(${BUCKET[filter.interval]}, 'YYYY-MM-DD') as period, ${key[filter.by]} as key, sum(count)::text as count
         from (${source}) r group by 1, 2 having sum(count) > 0 order by 1, 2`,
      params,
    );
    const labels = filter.by === TrendBy.CATEGORY ? await this.categories.all() : null;
    return rows.map((r) => ({
      period: r.period,
      key: r.key,
      ...labelOf(filter.by, r.key, labels),
      count: Number(r.count),
    }));
  }
}

/** What a key is called, in Chinese and English. */
export function labelOf(
  by: TrendBy,
  key: string | null,
  categories: Map<string, { nameZh: string; nameEn: string }> | null,
): { label: string | null; labelEn: string | null } {
  if (key == null) return { label: null, labelEn: null };
  if (by === TrendBy.CATEGORY) {
    const category = categories?.get(key);
    return { label: category?.nameZh ?? key, labelEn: category?.nameEn ?? key };
  }
  if (by === TrendBy.REGION) {
    const name = findRegion(key)?.name ?? key;
    return { label: name, labelEn: name };
  }
  const zh = (zhCN.channel as Record<string, string>)[key];
  return { label: zh ?? key, labelEn: key.charAt(0) + key.slice(1).toLowerCase().replaceAll('_', ' ') };
}
