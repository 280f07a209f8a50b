import { useMutation, useQueryClient } from '@tanstack/react-query';
import { LinkPetitionDocument, execute } from '@tjxf/graphql-client';
import { useTranslation } from '@tjxf/i18n';
import { ErrorMessage } from '@tjxf/ui';
import { useState, type FormEvent } from 'react';
import { compactTrackingCode, formatTrackingCode } from '../receipt/tracking-code';
import { TrackingCodeFields, trackingFieldProblems, type TrackingField } from '../track/tracking-code-fields';

/**
 * 关联以前的信访事项 (issue 10): a petition filed before registering, by its tracking code and
 * phone ending; the server also checks that the phone on it is the account's own.
 */
export function LinkPetitionSection() {
  const { t } = useTranslation('citizen');
  const queryClient = useQueryClient();
  const [code, setCode] = useState('');
  const [last4, setLast4] = useState('');
  const [problems, setProblems] = useState<Partial<Record<TrackingField, string>>>({});
  const link = useMutation({
    mutationFn: (variables: { trackingCode: string; phoneLast4: string }) =>
      execute(LinkPetitionDocument, variables).then((d) => d.linkPetition),
    onSuccess: () => {
      setCode('');
      setLast4('');
      return queryClient.invalidateQueries({ queryKey: ['myPetitions'] });
    },
  });
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found = trackingFieldProblems(code, last4, t);
    setProblems(found);
    const first = (['code', 'last4'] as const).find((f) => found[f]);
    if (first) {
      link.reset();
      document.getElementById(`link-${first}`)?.focus();
      return;
    }
    link.mutate({ trackingCode: compactTrackingCode(code), phoneLast4: last4.trim() });
  };
  return (
    <section className="card" aria-labelledby="link-petition">
      <h2 id="link-petition">{t('account.link.title')}</h2>
      <p>{t('account.link.intro')}</p>
      <form className="form" noValidate onSubmit={onSubmit}>
        <TrackingCodeFields
          idPrefix="link"
          code={code}
          setCode={setCode}
          last4={last4}
          setLast4={setLast4}
          problems={problems}
        />
        {link.isError ? <ErrorMessage error={link.error} /> : null}
        <p role="status">
          {link.isSuccess ? t('account.link.done', { code: formatTrackingCode(link.data.trackingCode) }) : ''}
        </p>
        <div className="button-row">
          <button type="submit" className="button button-primary" disabled={link.isPending}>
            {link.isPending ? t('account.link.submitting') : t('account.link.submit')}
          </button>
        </div>
      </form>
    </section>
  );
}
