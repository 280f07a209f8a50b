import type pg from 'pg';
import { invalidField, regionScopePrefix } from '@tjxf/domain';
import { zhCN } from '@tjxf/i18n/messages';
import { TIANJIN_CODE, findRegion } from '@tjxf/regions';
import type { CategoryLabels } from '../statistics/category-labels.js';
import type { KpiService } from '../statistics/kpi.service.js';
import type { StatisticsScope } from '../statistics/scope.js';
import { childCodeLength } from '../statistics/scope.js';
import type { AnnualReportType, ReportCountType } from './annual-report.type.js';

/** The first year the platform can report on. */
const FIRST_YEAR = 2000;
/** Most adopted suggestions the report lists by name. */
const ADOPTED_LISTED = 200;
/** How many units and subcategories the report ranks. */
const TOP = 10;

/** The steps of handling the report counts (R-P15: what was forwarded, assigned and supervised). */
const HANDLING: [key: string, label: string, condition: string][] = [
  ['FORWARDED', '转送', `disposal = 'FORWARD'`],
  ['ASSIGNED', '交办', `disposal = 'ASSIGN'`],
  ['REDIRECTED', '告知通过法定途径解决', `disposal = 'REDIRECT' or legal_channel`],
  ['DECLINED', '不予受理', `status = 'DECLINED'`],
  ['REPLIED', '出具处理意见', `outcome is not null`],
  ['SUPPORTED', '其中：支持', `outcome = 'SUPPORTED'`],
  ['REVIEWED', '申请复查复核', `review_requested`],
  ['SUPERVISED', '督查督办', `supervised`],
];

/** One dimension the report breaks the year's petitions down by, as SQL over `f`. */
const DIMENSIONS = {
  channel: 'channel',
  kind: 'kind',
  category: 'left(category_code, 2)',
  subcategory: 'category_code',
  region: 'child',
  month: `to_char(registered_on, 'YYYY-MM')`,
  respondent: 'respondent_unit_id::text',
} as const;
type Dimension = keyof typeof DIMENSIONS;

/**
 * The annual report of Art. 41 (R-P15) for an area and a year, from the projections of the
 * event record: the year's statistics, the fields concerned, the units most complained about,
 * what was forwarded, assigned and supervised, and which suggestions were adopted. Petitions
 * count in the area where the matter arose and in the year they were registered; the KPIs are
 * the units' of the area, as on the dashboard (docs/kpis.md).
 */
export class AnnualReportService {
  constructor(
    private readonly pool: pg.Pool,
    private readonly scope: StatisticsScope,
    private readonly categories: CategoryLabels,
    private readonly kpis: KpiService,
    private readonly today: () => string,
  ) {}

  async report(year: number, regionCode: string | null | undefined): Promise<AnnualReportType> {
    const area = this.scope.area(regionCode, 'regionCode');
    const today = this.today();
    if (!Number.isInteger(year) || year < FIRST_YEAR || year > Number(today.slice(0, 4)))
      throw invalidField('year', 'STATS_REPORT_YEAR', { from: FIRST_YEAR, to: Number(today.slice(0, 4)) });
    const from = `${year}-01-01`;
    const to = `${year}-12-31` < today ? `${year}-12-31` : today;
    const previous = { from: `${year - 1}-01-01`, to: `${year - 1}${to.slice(4)}` };
    const where = `region_code like $1 and registered_on between $2 and $3`;
    const params = [`${regionScopePrefix(area)}%`, from, to];

    const [totals, counts, adopted, previousTotal, kpis, categories] = await Promise.all([
      this.one(
        `select count(*)::int as registered, coalesce(sum(people_involved), 0)::int as people,
                count(*) filter (where people_involved >= 5)::int as collective,
                count(*) filter (where skipped_level)::int as skipped,
                count(*) filter (where repeat_of_id is not null)::int as repeats,
                count(*) filter (where kind = 'SUGGESTION')::int as suggestions,
                count(*) filter (where kind = 'SUGGESTION' and outcome = 'SUPPORTED')::int as adopted,
                ${HANDLING.map(([key, , condition]) => `count(*) filter (where ${condition})::int as "${key}"`).join(', ')}
           from stats.petition_fact where ${where}`,
        params,
      ),
      this.breakdown(where, params, childCodeLength(area)),
      this.pool.query<{ id: string }>(
        `select petition_id as id from stats.petition_fact
          where ${where} and kind = 'SUGGESTION' and outcome = 'SUPPORTED'
          order by registered_on, petition_id limit ${ADOPTED_LISTED}`,
        params,
      ),
      this.one(`select count(*)::int as registered from stats.petition_fact where ${where}`, [
        params[0],
        previous.from,
        previous.to,
      ]),
      this.kpis.values({ regionCode: area, from, to }),
      this.categories.all(),
    ]);
    const of = (dimension: Dimension) => counts.filter((c) => c.dimension === dimension);
    const labelled = (dimension: Dimension, label: (key: string) => string): ReportCountType[] =>
      of(dimension).map((c) => ({ key: c.key, label: label(c.key), count: c.count }));
    const category = (code: string) => categories.get(code)?.nameZh ?? code;

    return {
      year,
      regionCode: area,
      regionName: area === TIANJIN_CODE ? '天津市' : (findRegion(area)?.name ?? area),
      from,
      to,
      registered: totals.registered,
      previousYearRegistered: previousTotal.registered,
      peopleInvolved: totals.people,
      collective: totals.collective,
      skippedLevel: totals.skipped,
      repeats: totals.repeats,
      byChannel: labelled('channel', (k) => (zhCN.channel as Record<string, string>)[k] ?? k),
      byKind: labelled('kind', (k) => (zhCN.petitionKind as Record<string, string>)[k] ?? k),
      byCategory: labelled('category', category),
      topSubcategories: labelled('subcategory', category).slice(0, TOP),
      byRegion: labelled('region', (k) =>
        k === area ? `${findRegion(k)?.name ?? '本级'}（未具体到下一级）` : (findRegion(k)?.name ?? k),
      ),
      byMonth: labelled('month', (k) => `${Number(k.slice(5))}月`).sort((a, b) => a.key.localeCompare(b.key)),
      mostComplainedUnits: of('respondent')
        .slice(0, TOP)
        .map((c) => ({ unit: { id: c.key }, count: c.count })),
      handling: HANDLING.map(([key, label]) => ({ key, label, count: totals[key] ?? 0 })),
      suggestionsReceived: totals.suggestions,
      suggestionsAdopted: totals.adopted,
      adoptedSuggestions: adopted.rows.map((r) => ({ id: r.id })),
      kpis,
    };
  }

  private async one(sql: string, params: unknown[]): Promise<Record<string, number>> {
    const { rows } = await this.pool.query<Record<string, number>>(sql, params);
    return rows[0]!;
  }

  /** Every breakdown in one pass over the year's petitions, the largest first. */
  private async breakdown(
    where: string,
    params: unknown[],
    childLength: number,
  ): Promise<{ dimension: Dimension; key: string; count: number }[]> {
    const sets = (Object.entries(DIMENSIONS) as [Dimension, string][]).map(
      ([dimension, expression]) =>
        `select '${dimension}' as dimension, ${expression} as key, count(*)::int as count from f
          where ${expression} is not null group by 2`,
    );
    const { rows } = await this.pool.query<{ dimension: Dimension; key: string; count: number }>(
      `with f as materialized (
         select channel, kind, category_code, left(region_code, ${childLength}) as child, registered_on,
                respondent_unit_id
           from stats.petition_fact where ${where})
       ${sets.join(' union all ')}
       order by dimension, count desc, key`,
      params,
    );
    return rows;
  }
}
