import { chinaDateTimeInWords } from '@tjxf/calendar';
import ExcelJS from 'exceljs';
import type { AnnualReport } from './report.js';
import { reportParts, reportPeriod, reportTitle, type ReportCell, type ReportTable } from './sections.js';

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDCE6F1' } };
const PERCENT = '0.0%';

/** Each sheet's column widths, by the part it shows (sections.ts). */
const WIDTHS: Record<string, number[]> = {
  概况: [34, 16, 16, 16, 40],
  被投诉较多的单位: [8, 44, 16],
  采纳的建议: [22, 50, 18, 30],
};

/**
 * The annual report of Art. 41 (R-P15) as an XLSX workbook, in Chinese (an official text):
 * one sheet for each part of `reportParts` — the summary (the year's figures and KPIs), the
 * fields concerned, the areas, the units most complained about, what was forwarded, assigned
 * and supervised, and the suggestions adopted. Figures stay numbers (a share is a number with a
 * percent format), so that the workbook can be summed and charted.
 */
export async function annualReportWorkbook(report: AnnualReport, generatedAt: Date): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = '天津市信访信息系统';
  book.created = generatedAt;
  book.title = reportTitle(report);

  reportParts(report).forEach((part, index) => {
    const ws = book.addWorksheet(part.name, { pageSetup: { paperSize: 9, orientation: 'portrait', fitToWidth: 1 } });
    ws.columns = (WIDTHS[part.name] ?? [40, 14, 14]).map((width) => ({ width }));
    if (index === 0) {
      ws.addRow([reportTitle(report)]).font = { bold: true, size: 14 };
      ws.addRow([reportPeriod(report)]);
      ws.addRow([`生成时间：${chinaDateTimeInWords(generatedAt)}（北京时间）。数据由系统根据办理记录自动统计。`]);
      ws.addRow([]);
    }
    part.tables.forEach((table, i) => {
      if (i > 0) ws.addRow([]);
      tableRows(ws, table);
    });
  });

  return Buffer.from(await book.xlsx.writeBuffer());
}

/** A cell's value in the workbook: a share is its number, formatted as a percent. */
const cellValue = (cell: ReportCell) => (typeof cell === 'object' ? cell.share : cell);

function tableRows(ws: ExcelJS.Worksheet, table: ReportTable): void {
  ws.addRow([table.heading]).font = { bold: true, size: 12 };
  const header = ws.addRow(table.header);
  header.font = { bold: true };
  header.eachCell((cell) => {
    cell.fill = HEADER_FILL;
    cell.border = { bottom: { style: 'thin' } };
  });
  for (const cells of table.rows) {
    const row = ws.addRow(cells.map(cellValue));
    cells.forEach((cell, i) => {
      if (typeof cell === 'object') row.getCell(i + 1).numFmt = PERCENT;
    });
  }
  if (table.total) ws.addRow(table.total.map(cellValue)).font = { bold: true };
}
