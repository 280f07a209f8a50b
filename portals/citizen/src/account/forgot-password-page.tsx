import { useMutation } from '@tanstack/react-query';
import { ResetPasswordDocument, execute } from '@tjxf/graphql-client';
import { useLanguage, useTranslation } from '@tjxf/i18n';
import { ErrorMessage, NEW_PASSWORD_MIN_LENGTH, Page } from '@tjxf/ui';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { serverProblem } from '../answer/server-problem';
import { TextField } from '../components/fields';
import { PhoneCodeFields, isCode, mobileDigits, usePhoneCode } from './phone-code';

type Field = 'code' | 'newPassword';

/**
 * 忘记密码 (issue 10): a code to the registered phone and a new password. The answer is the
 * same whether or not the number has an account; every session of the account ends.
 */
export function ForgotPasswordPage() {
  const { t } = useTranslation('citizen');
  const { t: tc } = useTranslation();
  const { language } = useLanguage();
  const phoneCode = usePhoneCode();
  const [newPassword, setNewPassword] = useState('');
  const [problems, setProblems] = useState<Partial<Record<Field, string>>>({});
  const reset = useMutation({
    mutationFn: (input: { phone: string; code: string; newPassword: string }) =>
      execute(ResetPasswordDocument, { input }),
  });

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const phone = mobileDigits(phoneCode.phone);
    const found: Partial<Record<Field, string>> = {};
    if (!isCode(phoneCode.code)) found.code = t('account.codeRequired');
    if ([...newPassword].length < NEW_PASSWORD_MIN_LENGTH) found.newPassword = t('account.passwordRequired');
    setProblems(found);
    phoneCode.setPhoneProblem(phone ? undefined : t('account.phoneRequired'));
    const first = !phone ? 'phone' : (['code', 'newPassword'] as const).find((f) => found[f]);
    if (first || !phone) {
      reset.reset();
      document.getElementById(`forgot-${first}`)?.focus();
      return;
    }
    reset.mutate({ phone, code: phoneCode.code.trim(), newPassword });
  };

  const server = (field: string) => serverProblem(reset.error, field, language);
  if (reset.isSuccess)
    return (
      <Page title={t('account.forgot.title')}>
        <div className="alert alert-success" role="status">
          <p>{t('account.forgot.done')}</p>
        </div>
        <p>
          <Link to="/sign-in">{tc('signIn.title')}</Link>
        </p>
      </Page>
    );
  return (
    <Page title={t('account.forgot.title')}>
      <p>{t('account.forgot.intro')}</p>
      <form className="form account-form" noValidate onSubmit={onSubmit}>
        <PhoneCodeFields idPrefix="forgot" state={phoneCode} codeProblem={problems.code ?? server('code')} />
        {phoneCode.send.isSuccess ? (
          <>
            <TextField
              id="forgot-newPassword"
              label={t('account.forgot.newPassword')}
              hint={t('account.passwordHint')}
              type="password"
              autoComplete="new-password"
              value={newPassword}
              onChange={setNewPassword}
              error={problems.newPassword ?? server('newPassword')}
            />
            {reset.isError && !['phone', 'code', 'newPassword'].some((f) => server(f)) ? (
              <ErrorMessage error={reset.error} />
            ) : null}
            <div className="button-row">
              <button type="submit" className="button button-primary" disabled={reset.isPending}>
                {reset.isPending ? t('account.forgot.submitting') : t('account.forgot.submit')}
              </button>
            </div>
          </>
        ) : null}
      </form>
    </Page>
  );
}
