import { ApiErrorCode, isApiError } from '@tjxf/graphql-client';
import { useTranslation } from '@tjxf/i18n';
import { useId, useRef, useState, type FormEvent } from 'react';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { Page } from '../components/page.js';
import { Loading } from '../components/status.js';
import { describeError } from '../errors.js';
import { CHANGE_PASSWORD_PATH } from './change-password-page.js';
import { usePortal } from '../shell/portal-context.js';
import { useSignIn } from '../session/use-session.js';
import { useViewer } from '../session/viewer-query.js';

type Field = 'username' | 'password';
const REQUIRED_MESSAGE = { username: 'signIn.usernameRequired', password: 'signIn.passwordRequired' } as const;

/**
 * Username and password. Problems are checked here first (in the page's language, not the
 * browser's), then the server's answer is shown as one alert; after a wrong password the
 * password is cleared and focused, ready for another try.
 */
export function SignInPage() {
  const { t } = useTranslation();
  const portal = usePortal();
  const navigate = useNavigate();
  const location = useLocation();
  const viewer = useViewer();
  const signIn = useSignIn();
  const id = useId();
  const fields = { username: useRef<HTMLInputElement>(null), password: useRef<HTMLInputElement>(null) };
  const [missing, setMissing] = useState<Field[]>([]);
  const from = (location.state as { from?: string } | null)?.from ?? '/';

  if (viewer.isPending) return <Loading />;
  if (viewer.data && !signIn.isPending)
    return <Navigate to={viewer.data.passwordChangeRequired ? CHANGE_PASSWORD_PATH : from} replace state={{ from }} />;

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const values = { username: String(form.get('username') ?? '').trim(), password: String(form.get('password') ?? '') };
    const empty = (['username', 'password'] as const).filter((f) => values[f] === '');
    setMissing(empty);
    if (empty[0]) {
      signIn.reset();
      fields[empty[0]].current?.focus();
      return;
    }
    signIn.mutate(values, {
      // a temporary password (a new account, a reset) must be changed before anything else
      onSuccess: ({ login }) =>
        void navigate(login.passwordChangeRequired ? CHANGE_PASSWORD_PATH : from, { replace: true, state: { from } }),
      onError: (error) => {
        if (isApiError(error) && error.code === ApiErrorCode.UNAUTHENTICATED && fields.password.current) {
          fields.password.current.value = '';
          fields.password.current.focus();
        }
      },
    });
  };

  const serverError = signIn.isError
    ? isApiError(signIn.error) && signIn.error.code === ApiErrorCode.UNAUTHENTICATED
      ? t('signIn.wrongCredentials')
      : describeError(signIn.error, t)
    : null;

  const input = (field: Field, type: string, autoComplete: string) => {
    const invalid = missing.includes(field);
    return (
      <div className="field">
        <label htmlFor={`${id}-${field}`}>{t(`signIn.${field}`)}</label>
        <input
          ref={fields[field]}
          id={`${id}-${field}`}
          name={field}
          type={type}
          autoComplete={autoComplete}
          autoCapitalize="none"
          spellCheck={false}
          required
          aria-invalid={invalid || undefined}
          aria-describedby={invalid ? `${id}-${field}-error` : undefined}
        />
        {invalid ? (
          <p id={`${id}-${field}-error`} className="field-error">
            {t(REQUIRED_MESSAGE[field])}
          </p>
        ) : null}
      </div>
    );
  };

  return (
    <Page title={t('signIn.title')}>
      <p>{t('signIn.intro', { portal: t(`portal.${portal.id}`) })}</p>
      <form className="form sign-in-form" noValidate onSubmit={onSubmit} aria-describedby={serverError ? `${id}-error` : undefined}>
        {serverError ? (
          <div id={`${id}-error`} className="alert alert-error" role="alert">
            <p>
              <strong>{t('signIn.problems')}</strong> {serverError}
            </p>
          </div>
        ) : null}
        {input('username', 'text', 'username')}
        {input('password', 'password', 'current-password')}
        <button type="submit" className="button button-primary" disabled={signIn.isPending}>
          {signIn.isPending ? t('signIn.submitting') : t('signIn.submit')}
        </button>
      </form>
      {portal.signInExtra}
    </Page>
  );
}
