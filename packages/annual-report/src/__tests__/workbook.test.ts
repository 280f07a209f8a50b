import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { annualReportWorkbook, type AnnualReport } from '../index.js';

const REPORT: AnnualReport = {
  year: 2026,
  regionCode: '120103',
  regionName: '河西区',
  from: '2026-01-01',
  to: '2026-12-31',
  registered: 120,
  previousYearRegistered: 100,
  peopleInvolved: 180,
  collective: 3,
  skippedLevel: 2,
  repeats: 9,
  byChannel: [
    { key: 'ONLINE', label: '网上信访', count: 90 },
    { key: 'VISIT', label: '来访', count: 30 },
  ],
  byKind: [{ key: 'COMPLAINT', label: '投诉请求', count: 120 }],
  byCategory: [{ key: '01', label: '城乡建设', count: 120 }],
  topSubcategories: [{ key: '010101', label: '物业管理', count: 40 }],
  byRegion: [{ key: '120103002', label: '友谊路街道', count: 120 }],
  byMonth: [{ key: '2026-01', label: '1月', count: 120 }],
  mostComplainedUnits: [{ unit: { id: 'u1', name: '河西区住房和建设委员会' }, count: 7 }],
  handling: [{ key: 'FORWARDED', label: '转送', count: 80 }],
  suggestionsReceived: 5,
  suggestionsAdopted: 1,
  adoptedSuggestions: [
    {
      trackingCode: 'XF2026ABC',
      title: '增设公交站点',
      receivedAt: '2026-03-01T02:00:00Z',
      leadUnit: { name: '河西区交通局' },
    },
  ],
  kpis: [
    {
      code: 'SATISFACTION_RATE',
      name: '满意率',
      unitRole: 'RESPONSIBLE_UNIT',
      numerator: 45,
      denominator: 50,
      rate: 0.9,
      formula: '（满意 + 基本满意）÷ 参评件数',
      previousRate: 0.8,
    },
  ],
};

/** A workbook as exceljs reads it back (its types take an ArrayBuffer, not a Node Buffer). */
async function opened(buffer: Buffer): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength) as ArrayBuffer);
  return book;
}

/** Every cell's value of a sheet, row by row (empty rows dropped). */
function rows(ws: ExcelJS.Worksheet): unknown[][] {
  const out: unknown[][] = [];
  ws.eachRow((row) => out.push((row.values as unknown[]).slice(1)));
  return out;
}

describe('the annual report workbook (R-P15, Art. 41)', () => {
  it('opens as a real XLSX with one sheet per part of the article, figures as numbers', async () => {
    const book = await opened(await annualReportWorkbook(REPORT, new Date('2027-01-05T01:30:00Z')));
    expect(book.worksheets.map((ws) => ws.name)).toEqual([
      '概况',
      '渠道与类型',
      '反映领域',
      '地区分布',
      '被投诉较多的单位',
      '转送交办督办',
      '采纳的建议',
    ]);
    const summary = rows(book.getWorksheet('概况')!);
    expect(summary[0]).toEqual(['河西区2026年度信访工作情况']);
    expect(summary[1]).toEqual(['统计期间：2026年1月1日至2026年12月31日']);
    expect(String(summary[2]![0])).toContain('2027年1月5日 09时30分');
    expect(summary.find((r) => r[0] === '登记信访事项（件）')).toEqual(['登记信访事项（件）', 120, 100, 0.2]);
    expect(summary.find((r) => r[0] === '满意率')).toEqual([
      '满意率',
      '责任单位',
      '45/50',
      0.9,
      '（满意 + 基本满意）÷ 参评件数',
    ]);
    const channels = rows(book.getWorksheet('渠道与类型')!);
    expect(channels).toContainEqual(['网上信访', 90, 0.75]);
    expect(channels).toContainEqual(['合计', 120]);
    expect(rows(book.getWorksheet('被投诉较多的单位')!)).toContainEqual([1, '河西区住房和建设委员会', 7]);
    expect(rows(book.getWorksheet('采纳的建议')!)).toContainEqual([
      'XF2026ABC',
      '增设公交站点',
      '2026年3月1日',
      '河西区交通局',
    ]);
  });

  it('says there is no figure rather than 0 % when nothing was counted', async () => {
    const empty = { ...REPORT, kpis: [{ ...REPORT.kpis[0]!, numerator: 0, denominator: 0, rate: null }] };
    const book = await opened(await annualReportWorkbook(empty, new Date()));
    expect(rows(book.getWorksheet('概况')!).find((r) => r[0] === '满意率')?.[3]).toBe('无数据');
  });
});
