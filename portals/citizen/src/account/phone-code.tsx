import { useMutation } from '@tanstack/react-query';
import { RequestVerificationCodeDocument, execute } from '@tjxf/graphql-client';
import { useLanguage, useTranslation } from '@tjxf/i18n';
import { ErrorMessage } from '@tjxf/ui';
import { useState } from 'react';
import { serverProblem } from '../answer/server-problem';
import { TextField } from '../components/fields';

/** The 11 digits of a mainland mobile number as typed (spaces, hyphens, +86), or null. */
export function mobileDigits(typed: string): string | null {
  const digits = typed.replace(/[\s-]/g, '').replace(/^(\+86|0086|86)(?=1\d{10}$)/, '');
  return /^1[3-9]\d{9}$/.test(digits) ? digits : null;
}

export const isCode = (typed: string) => /^\d{6}$/.test(typed.trim());

/** A phone number and the one-time code sent to it, with the request that sends it. */
export function usePhoneCode() {
  const [phone, setPhone] = useState('');
  const [code, setCode] = useState('');
  const [phoneProblem, setPhoneProblem] = useState<string | undefined>();
  const send = useMutation({
    mutationFn: (digits: string) => execute(RequestVerificationCodeDocument, { phone: digits }).then(() => digits),
  });
  return { phone, setPhone, code, setCode, phoneProblem, setPhoneProblem, send };
}
export type PhoneCode = ReturnType<typeof usePhoneCode>;

/**
 * Mobile number, "send a code" and the code: the code field appears once a code was sent.
 * `codeProblem` is the form's own check of the code (or the server's).
 */
export function PhoneCodeFields({
  idPrefix,
  state,
  codeProblem,
}: {
  idPrefix: string;
  state: PhoneCode;
  codeProblem?: string | undefined;
}) {
  const { t } = useTranslation('citizen');
  const { language } = useLanguage();
  const { phone, setPhone, code, setCode, phoneProblem, setPhoneProblem, send } = state;
  const onSend = () => {
    const digits = mobileDigits(phone);
    setPhoneProblem(digits ? undefined : t('account.phoneRequired'));
    if (!digits) {
      document.getElementById(`${idPrefix}-phone`)?.focus();
      return;
    }
    send.mutate(digits, {
      onSuccess: () => requestAnimationFrame(() => document.getElementById(`${idPrefix}-code`)?.focus()),
    });
  };
  const serverPhoneProblem = serverProblem(send.error, 'phone', language);
  return (
    <>
      <TextField
        id={`${idPrefix}-phone`}
        label={t('account.phone')}
        hint={t('account.phoneHint')}
        type="tel"
        inputMode="tel"
        autoComplete="tel-national"
        value={phone}
        onChange={setPhone}
        error={phoneProblem ?? serverPhoneProblem}
      />
      <div className="button-row">
        <button type="button" className="button button-secondary" onClick={onSend} disabled={send.isPending}>
          {send.isPending ? t('account.sendingCode') : send.isSuccess ? t('account.resendCode') : t('account.sendCode')}
        </button>
      </div>
      {send.isError && !serverPhoneProblem ? <ErrorMessage error={send.error} /> : null}
      <p role="status" className="field-hint">
        {send.isSuccess ? t('account.codeSent', { phone: `${send.data.slice(0, 3)}****${send.data.slice(-4)}` }) : ''}
      </p>
      {send.isSuccess ? (
        <TextField
          id={`${idPrefix}-code`}
          label={t('account.code')}
          hint={t('account.codeHint')}
          inputMode="numeric"
          autoComplete="one-time-code"
          value={code}
          onChange={(v) => setCode(v.replace(/\D/g, '').slice(0, 6))}
          error={codeProblem}
        />
      ) : null}
    </>
  );
}
