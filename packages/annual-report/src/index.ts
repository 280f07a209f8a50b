export { ANNUAL_REPORT_QUERY, type AnnualReport, type ReportCount, type ReportKpi } from './report.js';
export { annualReportWorkbook, title as annualReportTitle } from './workbook.js';
