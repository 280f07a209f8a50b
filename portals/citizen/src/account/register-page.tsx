import { useMutation, useQueryClient } from '@tanstack/react-query';
import { RegisterCitizenDocument, execute } from '@tjxf/graphql-client';
import { useLanguage, useTranslation } from '@tjxf/i18n';
import { ErrorMessage, Loading, NEW_PASSWORD_MIN_LENGTH, Page, useViewer } from '@tjxf/ui';
import { useState, type FormEvent } from 'react';
import { Link, Navigate, useNavigate } from 'react-router';
import { serverProblem } from '../answer/server-problem';
import { TextField } from '../components/fields';
import { PhoneCodeFields, isCode, mobileDigits, usePhoneCode } from './phone-code';

type Field = 'code' | 'name' | 'password';

/**
 * 注册 (issue 10): the phone first, proven by a code sent to it, then name and password; the
 * answer is a sign-in, and the citizen lands on "my petitions".
 */
export function RegisterPage() {
  const { t } = useTranslation('citizen');
  const { t: tc } = useTranslation();
  const { language } = useLanguage();
  const viewer = useViewer();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const phoneCode = usePhoneCode();
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const [problems, setProblems] = useState<Partial<Record<Field, string>>>({});
  const register = useMutation({
    mutationFn: (input: { phone: string; code: string; name: string; password: string }) =>
      execute(RegisterCitizenDocument, { input }),
    onSuccess: async () => {
      await queryClient.resetQueries();
      await navigate('/my', { replace: true });
    },
  });

  if (viewer.isPending) return <Loading />;
  if (viewer.data && !register.isPending && !register.isSuccess) return <Navigate to="/my" replace />;

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const phone = mobileDigits(phoneCode.phone);
    const found: Partial<Record<Field, string>> = {};
    if (!isCode(phoneCode.code)) found.code = t('account.codeRequired');
    if (!name.trim()) found.name = t('account.register.nameRequired');
    if ([...password].length < NEW_PASSWORD_MIN_LENGTH) found.password = t('account.passwordRequired');
    setProblems(found);
    phoneCode.setPhoneProblem(phone ? undefined : t('account.phoneRequired'));
    const first = !phone ? 'phone' : (['code', 'name', 'password'] as const).find((f) => found[f]);
    if (first || !phone) {
      register.reset();
      document.getElementById(`register-${first}`)?.focus();
      return;
    }
    register.mutate({ phone, code: phoneCode.code.trim(), name: name.trim(), password });
  };

  const server = (field: string) => serverProblem(register.error, field, language);
  const fieldError = ['phone', 'code', 'name', 'password'].some((f) => server(f));
  return (
    <Page title={t('account.register.title')}>
      <p>{t('account.register.intro')}</p>
      <form className="form account-form" noValidate onSubmit={onSubmit}>
        <h2>{t('account.register.verifyStep')}</h2>
        <PhoneCodeFields idPrefix="register" state={phoneCode} codeProblem={problems.code ?? server('code')} />
        {phoneCode.send.isSuccess ? (
          <>
            <h2>{t('account.register.detailsStep')}</h2>
            <TextField
              id="register-name"
              label={t('account.register.name')}
              autoComplete="name"
              value={name}
              onChange={setName}
              error={problems.name ?? server('name')}
            />
            <TextField
              id="register-password"
              label={t('account.register.password')}
              hint={t('account.passwordHint')}
              type="password"
              autoComplete="new-password"
              value={password}
              onChange={setPassword}
              error={problems.password ?? server('password')}
            />
            {register.isError && !fieldError ? <ErrorMessage error={register.error} /> : null}
            <div className="button-row">
              <button type="submit" className="button button-primary" disabled={register.isPending}>
                {register.isPending ? t('account.register.submitting') : t('account.register.submit')}
              </button>
            </div>
          </>
        ) : null}
      </form>
      <p>
        {t('account.register.haveAccount')} <Link to="/sign-in">{tc('signIn.title')}</Link>
      </p>
    </Page>
  );
}
