import { useQuery } from '@tanstack/react-query';
import { KeyPersonAccessLogDocument, execute } from '@tjxf/graphql-client';
import { useLanguage, useTranslation } from '@tjxf/i18n';
import { ErrorMessage, Loading, formatDateTime } from '@tjxf/ui';
import { useKeyPersonsMessages } from './use-key-persons-messages';

const ACTIONS = ['READ', 'ADD', 'REMOVE', 'ENQUIRY'] as const;
const isAction = (value: string): value is (typeof ACTIONS)[number] => (ACTIONS as readonly string[]).includes(value);

/** 查阅记录: who listed, marked, removed or answered about whom, newest first (the area's leaders). */
export function KeyPersonLog() {
  useKeyPersonsMessages();
  const { t } = useTranslation('workbench');
  const { language } = useLanguage();
  const log = useQuery({
    queryKey: ['keyPersonAccessLog'],
    queryFn: ({ signal }) =>
      execute(KeyPersonAccessLogDocument, { first: 100 }, { signal }).then((d) => d.keyPersonAccessLog),
    staleTime: 0,
  });
  return (
    <section className="card" aria-labelledby="key-person-log">
      <h2 id="key-person-log">{t('keyPersons.log')}</h2>
      <p className="muted">{t('keyPersons.logIntro')}</p>
      {log.isPending ? <Loading /> : null}
      {log.isError ? <ErrorMessage error={log.error} onRetry={() => void log.refetch()} /> : null}
      {log.data && log.data.length === 0 ? <p>{t('keyPersons.logEmpty')}</p> : null}
      {log.data?.length ? (
        <table className="key-person-table" data-testid="key-person-log">
          <thead>
            <tr>
              <th scope="col">{t('keyPersons.at')}</th>
              <th scope="col">{t('keyPersons.action')}</th>
              <th scope="col">{t('keyPersons.name')}</th>
              <th scope="col">{t('keyPersons.office')}</th>
            </tr>
          </thead>
          <tbody>
            {log.data.map((entry, i) => (
              <tr key={`${entry.at}-${i}`}>
                <td>
                  <time dateTime={entry.at}>{formatDateTime(entry.at, language)}</time>
                </td>
                <td>{isAction(entry.action) ? t(`keyPersons.actions.${entry.action}`) : entry.action}</td>
                <td>{entry.person}</td>
                <td>{entry.unit?.name}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}
