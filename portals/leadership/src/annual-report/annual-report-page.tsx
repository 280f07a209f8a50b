import { useQuery } from '@tanstack/react-query';
import {
  ANNUAL_REPORT_QUERY,
  reportParts,
  reportPeriod,
  reportTitle,
  type AnnualReport,
  type ReportCell,
} from '@tjxf/annual-report/sections';
import { chinaDate } from '@tjxf/calendar/dates';
import { execute, TypedDocumentString } from '@tjxf/graphql-client';
import { useTranslation } from '@tjxf/i18n';
import { ErrorMessage, Loading, Page, useViewer } from '@tjxf/ui';
import { useSearchParams } from 'react-router';
import { isWithin, viewerArea } from '../dashboard/area';
import { formatNumber, formatRate } from '../dashboard/figures';

/** The operation the workbook is made from (the gateway's export), so page and workbook agree. */
const AnnualReportDocument = new TypedDocumentString<
  { annualReport: AnnualReport },
  { year: number; regionCode: string | null }
>(ANNUAL_REPORT_QUERY);

/** The years a report may be asked for: this one and the nine before. */
const YEARS = 10;

/** Where the workbook of the same report downloads (CONTRACT "Statistics"). */
export const workbookHref = (year: number, region: string): string =>
  `/exports/annual-report.xlsx?year=${year}&region=${encodeURIComponent(region)}`;

/**
 * The annual report of Art. 41 (R-P15) for the viewer's area, or an area within it
 * (`?region=`), for a year (`?year=`): on the screen, printable, and as a workbook. The report
 * is an official text: in Chinese whatever the portal's language, worded as in the workbook.
 */
export function AnnualReportPage() {
  const { t } = useTranslation('leadership');
  const { data: viewer } = useViewer();
  const [params, setParams] = useSearchParams();
  const own = viewer ? viewerArea(viewer) : null;
  const thisYear = Number(chinaDate(new Date()).slice(0, 4));
  const asked = Number(params.get('year'));
  const year = Number.isInteger(asked) && asked <= thisYear && asked > thisYear - YEARS ? asked : thisYear;
  const wanted = params.get('region');
  const region = own && wanted && isWithin(wanted, own) ? wanted : own;
  const report = useQuery({
    queryKey: ['annualReport', year, region],
    enabled: region !== null,
    queryFn: ({ signal }) =>
      execute(AnnualReportDocument, { year, regionCode: region }, { signal }).then((d) => d.annualReport),
  });
  if (!viewer) return <Loading />;
  if (!region) return <Page title={t('annualReport.title')}>{t('dashboard.noData')}</Page>;
  const choose = (next: number) => {
    const out = new URLSearchParams(params);
    out.set('year', String(next));
    setParams(out);
  };
  return (
    <Page title={t('annualReport.title')}>
      <div className="report-bar no-print">
        <p>{t('annualReport.intro')}</p>
        <label>
          {t('annualReport.year')}{' '}
          <select value={year} onChange={(e) => choose(Number(e.target.value))}>
            {Array.from({ length: YEARS }, (_, i) => thisYear - i).map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </label>
        <button type="button" className="button" onClick={() => window.print()} disabled={!report.data}>
          {t('annualReport.print')}
        </button>
        <a className="button button-secondary" href={workbookHref(year, region)} download>
          {t('annualReport.download')}
        </a>
        <p className="muted">{t('annualReport.official')}</p>
      </div>
      {report.isPending ? <Loading /> : null}
      {report.isError ? <ErrorMessage error={report.error} onRetry={() => void report.refetch()} /> : null}
      {report.data ? <ReportDocument report={report.data} /> : null}
    </Page>
  );
}

/** A cell as the printed report shows it: a share as a percent, a number with its separators. */
const cellText = (cell: ReportCell): string =>
  typeof cell === 'object'
    ? formatRate(cell.share, 'zh-CN')
    : typeof cell === 'number'
      ? formatNumber(cell, 'zh-CN')
      : cell;

/** A row of a report's table, headed by its first cell. */
function Row({ cells }: { cells: ReportCell[] }) {
  return (
    <tr>
      {cells.map((cell, j) =>
        j === 0 ? (
          <th scope="row" key={j}>
            {cellText(cell)}
          </th>
        ) : (
          <td key={j}>{cellText(cell)}</td>
        ),
      )}
    </tr>
  );
}

/** The report itself, part by part, a table for each of the workbook's tables. */
function ReportDocument({ report }: { report: AnnualReport }) {
  return (
    <article className="annual-report" lang="zh-CN" data-testid="annual-report">
      <h2>{reportTitle(report)}</h2>
      <p>{reportPeriod(report)}</p>
      {reportParts(report).map((part) => (
        <section key={part.name} aria-label={part.name}>
          <h3>{part.name}</h3>
          {part.tables.map((table) => (
            <div className="table-scroll" key={table.heading}>
              <table>
                <caption>{table.heading}</caption>
                <thead>
                  <tr>
                    {table.header.map((h) => (
                      <th scope="col" key={h}>
                        {h}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {table.rows.map((row, i) => (
                    <Row key={i} cells={row} />
                  ))}
                </tbody>
                {table.total ? (
                  <tfoot>
                    <Row cells={table.total} />
                  </tfoot>
                ) : null}
              </table>
            </div>
          ))}
        </section>
      ))}
    </article>
  );
}
