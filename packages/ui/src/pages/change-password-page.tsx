import { ApiErrorCode, isApiError } from '@tjxf/graphql-client';
import { useLanguage, useTranslation } from '@tjxf/i18n';
import { useId, useRef, useState, type FormEvent } from 'react';
import { Link, Navigate, useLocation, useNavigate } from 'react-router';
import { Page } from '../components/page.js';
import { ErrorMessage, Loading } from '../components/status.js';
import { describeError, serverMessage } from '../errors.js';
import { useChangePassword } from '../session/use-session.js';
import { useViewer } from '../session/viewer-query.js';

/** Where every portal shows this page (from the account menu, and after a temporary password). */
export const CHANGE_PASSWORD_PATH = '/account/password';

/** The server's rule for a new password (identity's PASSWORD_RULES), checked here first. */
export const NEW_PASSWORD_MIN_LENGTH = 10;

const FIELDS = ['currentPassword', 'newPassword', 'confirmPassword'] as const;
type Field = (typeof FIELDS)[number];
type Problems = Partial<Record<Field, string>>;

/**
 * Changing one's own password, for every signed-in user. Problems are shown at their field
 * (ours first, then the server's, such as a wrong current password) and the first is
 * focused. The other sessions of the account end; this browser gets a new one and stays
 * signed in. After a temporary password this is where sign-in leads, and it goes on from here.
 */
export function ChangePasswordPage() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const viewer = useViewer();
  const change = useChangePassword();
  const navigate = useNavigate();
  const location = useLocation();
  const id = useId();
  const form = useRef<HTMLFormElement>(null);
  const [problems, setProblems] = useState<Problems>({});
  const [done, setDone] = useState(false);
  const from = (location.state as { from?: string } | null)?.from ?? '/';

  if (viewer.isPending) return <Loading />;
  if (viewer.isError) return <ErrorMessage error={viewer.error} onRetry={() => void viewer.refetch()} />;
  if (!viewer.data) return <Navigate to="/sign-in" replace state={{ from: CHANGE_PASSWORD_PATH }} />;
  const required = viewer.data.passwordChangeRequired;
  const username = viewer.data.username;

  const focusFirst = (found: Problems) => {
    const first = FIELDS.find((f) => found[f]);
    if (first) form.current?.querySelector<HTMLInputElement>(`[name="${first}"]`)?.focus();
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setDone(false);
    const data = new FormData(event.currentTarget);
    const value = (f: Field) => String(data.get(f) ?? '');
    const found: Problems = {};
    if (!value('currentPassword')) found.currentPassword = t('password.currentRequired');
    if ([...value('newPassword')].length < NEW_PASSWORD_MIN_LENGTH)
      found.newPassword = t('password.tooShort', { min: NEW_PASSWORD_MIN_LENGTH });
    else if (value('newPassword').toLowerCase().includes(username.toLowerCase()))
      found.newPassword = t('password.containsUsername');
    if (!found.newPassword && value('confirmPassword') !== value('newPassword'))
      found.confirmPassword = t('password.mismatch');
    setProblems(found);
    change.reset();
    if (Object.keys(found).length) return focusFirst(found);
    change.mutate(
      { currentPassword: value('currentPassword'), newPassword: value('newPassword') },
      {
        onSuccess: () => {
          form.current?.reset();
          if (required) void navigate(from === CHANGE_PASSWORD_PATH ? '/' : from, { replace: true });
          else setDone(true);
        },
        onError: (error) => {
          if (!isApiError(error) || error.code !== ApiErrorCode.BAD_USER_INPUT) return;
          const { field } = error.details;
          if (field === 'currentPassword' || field === 'newPassword') {
            const atField = { [field]: serverMessage(error, language) ?? t('errors.BAD_USER_INPUT') };
            setProblems(atField);
            focusFirst(atField);
          }
        },
      },
    );
  };

  // a refusal shown at its field is not repeated above the form
  const formError = change.isError && !problems.currentPassword && !problems.newPassword ? change.error : null;
  const input = (field: Field, autoComplete: string) => {
    const problem = problems[field];
    const hint = field === 'newPassword' ? `${id}-${field}-hint` : undefined;
    const error = problem ? `${id}-${field}-error` : undefined;
    return (
      <div className="field">
        <label htmlFor={`${id}-${field}`}>{t(`password.${field}`)}</label>
        {hint ? (
          <p id={hint} className="field-hint">
            {t('password.rules', { min: NEW_PASSWORD_MIN_LENGTH })}
          </p>
        ) : null}
        <input
          id={`${id}-${field}`}
          name={field}
          type="password"
          autoComplete={autoComplete}
          required
          aria-invalid={problem ? true : undefined}
          aria-describedby={[hint, error].filter(Boolean).join(' ') || undefined}
        />
        {problem ? (
          <p id={error} className="field-error">
            {problem}
          </p>
        ) : null}
      </div>
    );
  };

  return (
    <Page title={t('password.title')}>
      {required ? (
        <div className="alert alert-info">
          <p>{t('password.temporary')}</p>
        </div>
      ) : (
        <p>{t('password.intro')}</p>
      )}
      {done ? (
        <div className="alert alert-success" role="status">
          <p>{t('password.changed')}</p>
          <p>
            <Link to="/">{t('nav.home')}</Link>
          </p>
        </div>
      ) : null}
      <form ref={form} className="form" noValidate onSubmit={onSubmit}>
        {formError ? (
          <div className="alert alert-error" role="alert">
            <p>{describeError(formError, t, { language })}</p>
          </div>
        ) : null}
        {input('currentPassword', 'current-password')}
        {input('newPassword', 'new-password')}
        {input('confirmPassword', 'new-password')}
        <button type="submit" className="button button-primary" disabled={change.isPending}>
          {change.isPending ? t('password.submitting') : t('password.submit')}
        </button>
      </form>
    </Page>
  );
}
