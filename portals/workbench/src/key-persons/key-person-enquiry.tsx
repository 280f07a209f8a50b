import { useMutation } from '@tanstack/react-query';
import { KeyPersonEnquiryDocument, execute } from '@tjxf/graphql-client';
import { useLanguage, useTranslation } from '@tjxf/i18n';
import { formatDate } from '@tjxf/ui';
import { useState } from 'react';
import { Field } from '../procedure/field';
import { fieldProblem } from '../procedure/step-errors';
import { StepForm } from '../procedure/step-form';
import { useKeyPersonsMessages } from './use-key-persons-messages';

/**
 * 查询是否被列为重点人员: a person asks, in person and identified; the officer enters their
 * phone or ID number and tells them whether, by which office, on what basis and until when.
 * The answer is logged (ENQUIRY).
 */
export function KeyPersonEnquiryForm() {
  useKeyPersonsMessages();
  const { t } = useTranslation('workbench');
  const { language } = useLanguage();
  const [phone, setPhone] = useState('');
  const [idNumber, setIdNumber] = useState('');
  const mutation = useMutation({
    mutationFn: () =>
      execute(KeyPersonEnquiryDocument, {
        input: { phone: phone.trim() || null, idNumber: idNumber.trim() || null },
      }).then((d) => d.keyPersonEnquiry),
  });
  const id = 'key-person-enquiry';
  const answer = mutation.data;
  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('keyPersons.enquiry')}</h2>
      <p className="muted">{t('keyPersons.enquiryIntro')}</p>
      <StepForm
        id={id}
        submitLabel={t('keyPersons.enquirySubmit')}
        pending={mutation.isPending}
        error={mutation.error}
        fields={['phone', 'idNumber']}
        onSubmit={() => mutation.mutate()}
      >
        <Field
          id={`${id}-phone`}
          label={t('keyPersons.phone')}
          optional
          problem={fieldProblem(mutation.error, 'phone', language)}
        >
          {(control) => <input {...control} value={phone} onChange={(e) => setPhone(e.target.value)} />}
        </Field>
        <Field
          id={`${id}-idNumber`}
          label={t('keyPersons.idNumber')}
          optional
          problem={fieldProblem(mutation.error, 'idNumber', language)}
        >
          {(control) => <input {...control} value={idNumber} onChange={(e) => setIdNumber(e.target.value)} />}
        </Field>
      </StepForm>
      <div role="status" aria-live="polite" data-testid="key-person-answer">
        {answer ? (
          answer.marked ? (
            <>
              <p>{t('keyPersons.answerMarked')}</p>
              <ul className="record-list">
                {answer.marks.map((mark) => (
                  <li key={mark.id}>
                    {t('keyPersons.answerMark', {
                      office: mark.unit?.name ?? '',
                      date: formatDate(mark.addedAt, language),
                      review: mark.reviewOn ?? '',
                    })}
                    <p className="user-text">{mark.basis}</p>
                  </li>
                ))}
              </ul>
            </>
          ) : (
            <p>{t('keyPersons.answerNotMarked')}</p>
          )
        ) : null}
      </div>
    </section>
  );
}
