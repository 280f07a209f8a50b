export { ANNUAL_REPORT_QUERY, type AnnualReport, type ReportCount, type ReportKpi } from './report.js';
export { annualReportWorkbook } from './workbook.js';
export {
  reportParts,
  reportPeriod,
  reportTitle as annualReportTitle,
  type ReportCell,
  type ReportPart,
  type ReportTable,
} from './sections.js';
