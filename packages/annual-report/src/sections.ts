import { chinaDateInWords } from '@tjxf/calendar/dates';
import type { AnnualReport, ReportCount } from './report.js';

export { ANNUAL_REPORT_QUERY, type AnnualReport } from './report.js';

/**
 * The annual report of Art. 41 (R-P15) as its parts and tables, in Chinese (an official text):
 * what the workbook (workbook.ts) and the printable page of the leadership dashboard both
 * show, worded once. No exceljs here, so that a portal can import it.
 */

/** A cell: a text, a number, or a share (0–1) shown as a percent; null: nothing to share. */
export type ReportCell = string | number | { share: number | null };

export interface ReportTable {
  heading: string;
  header: string[];
  rows: ReportCell[][];
  /** The table's total row (bold), when its counts add up to something. */
  total?: ReportCell[];
}

/** A part of the report: a sheet of the workbook, a section of the page. */
export interface ReportPart {
  name: string;
  tables: ReportTable[];
}

/** The unit roles as the report names them. */
const ROLE = { PETITION_OFFICE: '信访部门', RESPONSIBLE_UNIT: '责任单位' } as const;

/** A share of a total, or null when there is nothing to share. */
const share = (count: number, total: number): ReportCell => ({ share: total > 0 ? count / total : null });

/** The report's title: 天津市河西区2026年度信访工作情况. */
export const reportTitle = (report: Pick<AnnualReport, 'regionName' | 'year'>): string =>
  `${report.regionName}${report.year}年度信访工作情况`;

/** 统计期间：2026年1月1日至2026年12月31日. */
export const reportPeriod = (report: Pick<AnnualReport, 'from' | 'to'>): string =>
  `统计期间：${chinaDateInWords(report.from)}至${chinaDateInWords(report.to)}`;

/** A table of counts, each with its share of the table's total, and the total. */
function countTable(heading: string, counts: ReportCount[], withShare = true): ReportTable {
  const total = counts.reduce((sum, r) => sum + r.count, 0);
  return {
    heading,
    header: withShare ? [heading, '数量（件）', '占比'] : [heading, '数量（件）'],
    rows: counts.map((r) => (withShare ? [r.label, r.count, share(r.count, total)] : [r.label, r.count])),
    ...(withShare ? { total: ['合计', total] } : {}),
  };
}

/** The report's parts, in the article's order; the first is the summary. */
export function reportParts(report: AnnualReport): ReportPart[] {
  return [
    {
      name: '概况',
      tables: [
        {
          heading: '一、信访总体情况',
          header: ['项目', '数量', '上年', '同比'],
          rows: [
            [
              '登记信访事项（件）',
              report.registered,
              report.previousYearRegistered,
              share(report.registered - report.previousYearRegistered, report.previousYearRegistered),
            ],
            ['涉及人数（人）', report.peopleInvolved],
            ['集体访（五人以上，件）', report.collective],
            ['越级到市信访（件）', report.skippedLevel],
            ['重复信访（件）', report.repeats],
            ['建议类事项（件）', report.suggestionsReceived],
            ['其中被采纳（件）', report.suggestionsAdopted],
          ],
        },
        {
          heading: '二、考核指标',
          header: ['指标', '单位类别', '分子/分母', '本年', '计算方法'],
          rows: report.kpis.map((kpi) => [
            kpi.name,
            ROLE[kpi.unitRole],
            `${kpi.numerator}/${kpi.denominator}`,
            kpi.rate === null ? '无数据' : { share: kpi.rate },
            kpi.formula,
          ]),
        },
      ],
    },
    {
      name: '渠道与类型',
      tables: [
        countTable('来源渠道', report.byChannel),
        countTable('信访类型', report.byKind),
        countTable('月份', report.byMonth),
      ],
    },
    {
      name: '反映领域',
      tables: [
        countTable('信访事项分类（一级）', report.byCategory),
        countTable('反映最集中的问题（三级分类，前十）', report.topSubcategories),
      ],
    },
    { name: '地区分布', tables: [countTable('地区', report.byRegion)] },
    {
      name: '被投诉较多的单位',
      tables: [
        {
          heading: '被投诉、被举报较多的单位（前十）',
          header: ['序号', '单位', '投诉举报（件）'],
          rows: report.mostComplainedUnits.map((u, i) => [i + 1, u.unit?.name ?? '（单位已撤销）', u.count]),
        },
      ],
    },
    { name: '转送交办督办', tables: [countTable('办理环节', report.handling, false)] },
    {
      name: '采纳的建议',
      tables: [
        {
          heading: `建议类事项${report.suggestionsReceived}件，予以支持采纳${report.suggestionsAdopted}件`,
          header: ['查询码', '标题', '收到日期', '办理单位'],
          rows: report.adoptedSuggestions.map((s) => [
            s.trackingCode,
            s.title,
            chinaDateInWords(new Date(s.receivedAt)),
            s.leadUnit?.name ?? '',
          ]),
        },
      ],
    },
  ];
}
