import { useTranslation } from '@tjxf/i18n';
import type { ReactNode } from 'react';

export interface DataTableProps {
  /** The chart's title: the table's caption says it is its data. */
  title: string;
  columns: readonly string[];
  rows: readonly { key: string; cells: readonly ReactNode[] }[];
  /** Open from the start (e.g. where the table is also the way to drill down). */
  open?: boolean;
}

/**
 * A chart's figures as a table, for screen readers and for copying: under each chart, behind
 * a “数据表” disclosure. The first column is a row header.
 */
export function DataTable({ title, columns, rows, open }: DataTableProps) {
  const { t } = useTranslation('leadership');
  return (
    <details className="data-table" open={open}>
      <summary>{t('table.show')}</summary>
      <div className="table-scroll">
        <table>
          <caption className="visually-hidden">{t('table.caption', { title })}</caption>
          <thead>
            <tr>
              {columns.map((column) => (
                <th key={column} scope="col">
                  {column}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map(({ key, cells: [first, ...rest] }) => (
              <tr key={key}>
                <th scope="row">{first}</th>
                {rest.map((cell, i) => (
                  <td key={i}>{cell}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
