import { useInfiniteQuery, useQueryClient } from '@tanstack/react-query';
import { AdminFindAccountDocument, execute, type PersonalDataAccessLogFilter } from '@tjxf/graphql-client';
import { useLanguage, useTranslation } from '@tjxf/i18n';
import { formatDateTime } from '@tjxf/ui';
import { useId, useState, type FormEvent } from 'react';
import { AdminSection } from './admin-section';
import { accessLogQuery } from './admin-reference-queries';
import { AreaSelect, useAdminArea } from './area-select';
import { FieldProblem, instant } from './form-bits';
import { FilterButtons, LogList } from './log-list';
import { useAdminConsoleMessages } from './use-admin-console-messages';

export const ACCESS_KINDS = [
  'PHONE',
  'ADDRESS',
  'ID_NUMBER',
  'ATTACHMENT',
  'PHONE_LOOKUP',
  'ID_NUMBER_LOOKUP',
  'DIGITS_LOOKUP',
  'NAME_LOOKUP',
] as const;

const EMPTY = { username: '', unitId: '', trackingCode: '', kind: '', from: '', to: '' };
type Problem = 'badRange' | 'noSuchUser';

/** 个人信息查阅日志: every read of unmasked personal data, newest first; never the data (issue 10). */
export function AccessLogPage() {
  const { t } = useTranslation('workbench');
  useAdminConsoleMessages();
  const { language } = useLanguage();
  const id = useId();
  const client = useQueryClient();
  const area = useAdminArea();
  const [draft, setDraft] = useState(EMPTY);
  const [filter, setFilter] = useState<PersonalDataAccessLogFilter | null>(null);
  const [problem, setProblem] = useState<{ field: 'to' | 'username'; text: Problem } | null>(null);
  const log = useInfiniteQuery(accessLogQuery(filter));
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const from = instant(draft.from);
    const to = instant(draft.to);
    if (from && to && from >= to) return setProblem({ field: 'to', text: 'badRange' });
    const next: PersonalDataAccessLogFilter = {};
    if (draft.username.trim()) {
      const wanted = draft.username.trim().toLowerCase();
      const found = await client.fetchQuery({
        queryKey: ['admin', 'findAccount', wanted],
        queryFn: () => execute(AdminFindAccountDocument, { text: wanted }),
      });
      const account = found.accounts.edges.find((e) => e.node.username.toLowerCase() === wanted);
      if (!account) return setProblem({ field: 'username', text: 'noSuchUser' });
      next.readerAccountId = account.node.id;
    }
    setProblem(null);
    if (draft.unitId) next.readerUnitId = draft.unitId;
    if (draft.trackingCode.trim()) next.trackingCode = draft.trackingCode.trim();
    if (draft.kind) next.kinds = [draft.kind];
    if (from) next.from = from;
    if (to) next.to = to;
    setFilter(Object.keys(next).length ? next : null);
  };
  const field = (key: keyof typeof EMPTY, label: string, type = 'text') => (
    <div className="field">
      <label htmlFor={`${id}-${key}`}>{label}</label>
      {problem && problem.field === key ? (
        <FieldProblem id={`${id}-${key}-problem`} text={t(`admin.accessLog.${problem.text}`)} />
      ) : null}
      <input
        id={`${id}-${key}`}
        type={type}
        value={draft[key]}
        aria-invalid={problem?.field === key || undefined}
        aria-describedby={problem?.field === key ? `${id}-${key}-problem` : undefined}
        onChange={(e) => setDraft({ ...draft, [key]: e.target.value })}
      />
    </div>
  );
  return (
    <AdminSection title={t('admin.accessLog.title')} intro={t('admin.accessLog.intro')}>
      <form role="search" aria-label={t('admin.accessLog.filters')} className="card admin-form" onSubmit={onSubmit}>
        <div className="form-line">
          {field('username', t('admin.accessLog.reader'))}
          {field('trackingCode', t('admin.accessLog.trackingCode'))}
          <div className="field">
            <label htmlFor={`${id}-kind`}>{t('admin.accessLog.kind')}</label>
            <select id={`${id}-kind`} value={draft.kind} onChange={(e) => setDraft({ ...draft, kind: e.target.value })}>
              <option value="">{t('admin.accounts.any')}</option>
              {ACCESS_KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {t(`admin.accessKind.${kind}`)}
                </option>
              ))}
            </select>
          </div>
        </div>
        <div className="form-line">
          <AreaSelect
            id={`${id}-area`}
            choice={area}
            onChange={(areaId) => {
              area.setAreaId(areaId);
              setDraft({ ...draft, unitId: '' });
            }}
          />
          <div className="field">
            <label htmlFor={`${id}-unit`}>{t('admin.accessLog.unit')}</label>
            <select
              id={`${id}-unit`}
              value={draft.unitId}
              disabled={!area.areaId}
              onChange={(e) => setDraft({ ...draft, unitId: e.target.value })}
            >
              <option value="">{t('admin.accounts.any')}</option>
              {(area.units.data ?? []).map((unit) => (
                <option key={unit.id} value={unit.id}>
                  {unit.name}
                </option>
              ))}
            </select>
          </div>
          {field('from', t('admin.audit.from'), 'datetime-local')}
          {field('to', t('admin.audit.to'), 'datetime-local')}
        </div>
        <FilterButtons
          onClear={() => {
            setDraft(EMPTY);
            setProblem(null);
            setFilter(null);
          }}
        />
      </form>
      <LogList
        log={log}
        testId="access-log"
        label={t('admin.accessLog.listLabel')}
        headings={[
          t('admin.audit.at'),
          t('admin.accessLog.reader'),
          t('admin.accessLog.unit'),
          t('admin.accessLog.trackingCode'),
          t('admin.accessLog.kind'),
          t('admin.accessLog.occasion'),
          t('admin.audit.ip'),
        ]}
        row={(node) => (
          <>
            <td>{formatDateTime(node.at, language)}</td>
            <td>{node.reader.username}</td>
            <td>{node.readerUnit?.name ?? '—'}</td>
            <td>{node.trackingCode}</td>
            <td>{t(`admin.accessKind.${node.kind}`, { defaultValue: node.kind })}</td>
            <td>{t(`admin.accessOccasion.${node.occasion}`, { defaultValue: node.occasion })}</td>
            <td>{node.ip ?? '—'}</td>
          </>
        )}
      />
    </AdminSection>
  );
}
