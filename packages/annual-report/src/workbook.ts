import { chinaDateInWords, chinaDateTimeInWords } from '@tjxf/calendar';
import ExcelJS from 'exceljs';
import type { AnnualReport, ReportCount } from './report.js';

/** The unit roles as the report names them. */
const ROLE = { PETITION_OFFICE: '信访部门', RESPONSIBLE_UNIT: '责任单位' } as const;

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDCE6F1' } };
const PERCENT = '0.0%';

/** A share of a total, or null when there is nothing to share. */
const share = (count: number, total: number): number | null => (total > 0 ? count / total : null);

/**
 * The annual report of Art. 41 (R-P15) as an XLSX workbook, in Chinese (an official text):
 * a summary sheet (the year's figures and KPIs) and one sheet for each part the article names —
 * the fields concerned, the areas, the units most complained about, what was forwarded, assigned
 * and supervised, and the suggestions adopted. Figures stay numbers (a rate is a number with a
 * percent format), so that the workbook can be summed and charted.
 */
export async function annualReportWorkbook(report: AnnualReport, generatedAt: Date): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = '天津市信访信息系统';
  book.created = generatedAt;
  book.title = title(report);

  summarySheet(book, report, generatedAt);
  countSheet(book, '渠道与类型', [
    ['来源渠道', report.byChannel],
    ['信访类型', report.byKind],
    ['月份', report.byMonth],
  ]);
  countSheet(book, '反映领域', [
    ['信访事项分类（一级）', report.byCategory],
    ['反映最集中的问题（三级分类，前十）', report.topSubcategories],
  ]);
  countSheet(book, '地区分布', [['地区', report.byRegion]]);
  complainedSheet(book, report);
  countSheet(book, '转送交办督办', [['办理环节', report.handling]], false);
  suggestionsSheet(book, report);

  return Buffer.from(await book.xlsx.writeBuffer());
}

/** The report's title: 天津市河西区2026年度信访工作情况. */
export const title = (report: Pick<AnnualReport, 'regionName' | 'year'>) =>
  `${report.regionName}${report.year}年度信访工作情况`;

function sheet(book: ExcelJS.Workbook, name: string, widths: number[]): ExcelJS.Worksheet {
  const ws = book.addWorksheet(name, { pageSetup: { paperSize: 9, orientation: 'portrait', fitToWidth: 1 } });
  ws.columns = widths.map((width) => ({ width }));
  return ws;
}

function headerRow(ws: ExcelJS.Worksheet, values: string[]): void {
  const row = ws.addRow(values);
  row.font = { bold: true };
  row.eachCell((cell) => {
    cell.fill = HEADER_FILL;
    cell.border = { bottom: { style: 'thin' } };
  });
}

function heading(ws: ExcelJS.Worksheet, text: string): void {
  ws.addRow([text]).font = { bold: true, size: 12 };
}

function summarySheet(book: ExcelJS.Workbook, report: AnnualReport, generatedAt: Date): void {
  const ws = sheet(book, '概况', [34, 16, 16, 16, 40]);
  ws.addRow([title(report)]).font = { bold: true, size: 14 };
  ws.addRow([`统计期间：${chinaDateInWords(report.from)}至${chinaDateInWords(report.to)}`]);
  ws.addRow([`生成时间：${chinaDateTimeInWords(generatedAt)}（北京时间）。数据由系统根据办理记录自动统计。`]);
  ws.addRow([]);
  heading(ws, '一、信访总体情况');
  headerRow(ws, ['项目', '数量', '上年', '同比']);
  const change = share(report.registered - report.previousYearRegistered, report.previousYearRegistered);
  const total = ws.addRow(['登记信访事项（件）', report.registered, report.previousYearRegistered, change]);
  total.getCell(4).numFmt = PERCENT;
  ws.addRow(['涉及人数（人）', report.peopleInvolved]);
  ws.addRow(['集体访（五人以上，件）', report.collective]);
  ws.addRow(['越级到市信访（件）', report.skippedLevel]);
  ws.addRow(['重复信访（件）', report.repeats]);
  ws.addRow(['建议类事项（件）', report.suggestionsReceived]);
  ws.addRow(['其中被采纳（件）', report.suggestionsAdopted]);
  ws.addRow([]);
  heading(ws, '二、考核指标');
  headerRow(ws, ['指标', '单位类别', '分子/分母', '本年', '计算方法']);
  for (const kpi of report.kpis) {
    const row = ws.addRow([
      kpi.name,
      ROLE[kpi.unitRole],
      `${kpi.numerator}/${kpi.denominator}`,
      kpi.rate ?? '无数据',
      kpi.formula,
    ]);
    row.getCell(4).numFmt = PERCENT;
  }
}

/** A sheet of counts, one table per part, each with its share of the part's total. */
function countSheet(book: ExcelJS.Workbook, name: string, parts: [string, ReportCount[]][], withShare = true): void {
  const ws = sheet(book, name, [40, 14, 14]);
  for (const [label, rows] of parts) {
    heading(ws, label);
    headerRow(ws, withShare ? [label, '数量（件）', '占比'] : [label, '数量（件）']);
    const total = rows.reduce((sum, r) => sum + r.count, 0);
    for (const r of rows) {
      const row = ws.addRow(withShare ? [r.label, r.count, share(r.count, total)] : [r.label, r.count]);
      if (withShare) row.getCell(3).numFmt = PERCENT;
    }
    if (withShare) ws.addRow(['合计', total]).font = { bold: true };
    ws.addRow([]);
  }
}

function complainedSheet(book: ExcelJS.Workbook, report: AnnualReport): void {
  const ws = sheet(book, '被投诉较多的单位', [8, 44, 16]);
  heading(ws, '被投诉、被举报较多的单位（前十）');
  headerRow(ws, ['序号', '单位', '投诉举报（件）']);
  report.mostComplainedUnits.forEach((u, i) => ws.addRow([i + 1, u.unit?.name ?? '（单位已撤销）', u.count]));
}

function suggestionsSheet(book: ExcelJS.Workbook, report: AnnualReport): void {
  const ws = sheet(book, '采纳的建议', [22, 50, 18, 30]);
  heading(ws, `建议类事项${report.suggestionsReceived}件，予以支持采纳${report.suggestionsAdopted}件`);
  headerRow(ws, ['查询码', '标题', '收到日期', '办理单位']);
  for (const s of report.adoptedSuggestions)
    ws.addRow([s.trackingCode, s.title, chinaDateInWords(new Date(s.receivedAt)), s.leadUnit?.name ?? '']);
}
