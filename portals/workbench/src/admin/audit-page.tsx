import { useInfiniteQuery } from '@tanstack/react-query';
import type { AuditEventKind, AuditLogFilter } from '@tjxf/graphql-client';
import { useLanguage, useTranslation } from '@tjxf/i18n';
import { formatDateTime } from '@tjxf/ui';
import { useId, useState, type FormEvent } from 'react';
import { AdminSection } from './admin-section';
import { auditLogQuery } from './admin-queries';
import { instant } from './form-bits';
import { FilterButtons, LogList } from './log-list';

const KINDS: readonly AuditEventKind[] = [
  'SIGNED_IN',
  'SIGN_IN_FAILED',
  'SIGN_IN_THROTTLED',
  'SIGNED_OUT',
  'PASSWORD_CHANGED',
  'PASSWORD_CHANGE_FAILED',
  'ACCOUNT_CREATED',
  'ACCOUNT_DISABLED',
  'ACCOUNT_ENABLED',
  'PASSWORD_RESET',
  'ROLES_CHANGED',
  'UNITS_CHANGED',
];

const EMPTY = { kind: '', from: '', to: '' };

/** 安全审计日志: sign-ins and what was done to which account, newest first (`audit:read`). */
export function AuditPage() {
  const { t } = useTranslation('workbench');
  const { language } = useLanguage();
  const id = useId();
  const [draft, setDraft] = useState(EMPTY);
  const [filter, setFilter] = useState<AuditLogFilter | null>(null);
  const [rangeProblem, setRangeProblem] = useState(false);
  const log = useInfiniteQuery(auditLogQuery(filter));
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const from = instant(draft.from);
    const to = instant(draft.to);
    // said where it is typed, before asking the server
    setRangeProblem(Boolean(from && to && from >= to));
    if (from && to && from >= to) return;
    const next: AuditLogFilter = {};
    if (draft.kind) next.kinds = [draft.kind as AuditEventKind];
    if (from) next.from = from;
    if (to) next.to = to;
    setFilter(Object.keys(next).length ? next : null);
  };
  return (
    <AdminSection title={t('admin.audit.title')} intro={t('admin.audit.intro')}>
      <form role="search" aria-label={t('admin.audit.filters')} className="card admin-form" onSubmit={onSubmit}>
        <div className="form-line">
          <div className="field">
            <label htmlFor={`${id}-kind`}>{t('admin.audit.kind')}</label>
            <select id={`${id}-kind`} value={draft.kind} onChange={(e) => setDraft({ ...draft, kind: e.target.value })}>
              <option value="">{t('admin.accounts.any')}</option>
              {KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {t(`admin.auditKind.${kind}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={`${id}-from`}>{t('admin.audit.from')}</label>
            <input
              id={`${id}-from`}
              type="datetime-local"
              value={draft.from}
              onChange={(e) => setDraft({ ...draft, from: e.target.value })}
            />
          </div>
          <div className="field">
            <label htmlFor={`${id}-to`}>{t('admin.audit.to')}</label>
            {rangeProblem ? (
              <p className="field-error" id={`${id}-to-problem`}>
                {t('admin.audit.badRange')}
              </p>
            ) : null}
            <input
              id={`${id}-to`}
              type="datetime-local"
              value={draft.to}
              aria-invalid={rangeProblem || undefined}
              aria-describedby={rangeProblem ? `${id}-to-problem` : undefined}
              onChange={(e) => setDraft({ ...draft, to: e.target.value })}
            />
          </div>
        </div>
        <FilterButtons
          onClear={() => {
            setDraft(EMPTY);
            setRangeProblem(false);
            setFilter(null);
          }}
        />
      </form>
      <LogList
        log={log}
        testId="audit"
        label={t('admin.audit.listLabel')}
        headings={[
          t('admin.audit.at'),
          t('admin.audit.kind'),
          t('admin.audit.who'),
          t('admin.audit.actor'),
          t('admin.audit.ip'),
          t('admin.audit.detail'),
        ]}
        row={(node) => (
          <>
            <td>{formatDateTime(node.at, language)}</td>
            <td>{t(`admin.auditKind.${node.kind}`)}</td>
            <td>{node.username}</td>
            <td>{node.actorUsername ?? '—'}</td>
            <td>{node.ip ?? '—'}</td>
            <td className="admin-detail">{node.detail ?? ''}</td>
          </>
        )}
      />
    </AdminSection>
  );
}
