import { useMutation, useQuery } from '@tanstack/react-query';
import { RegisterPetitionDocument, execute, type RegisterPetitionMutation } from '@tjxf/graphql-client';
import { useLanguage, useTranslation } from '@tjxf/i18n';
import { ErrorMessage, Page } from '@tjxf/ui';
import { useEffect, useState, type FormEvent } from 'react';
import { Field } from '../procedure/field';
import { fieldProblem, refusedField } from '../procedure/step-errors';
import { categoryTreeQuery, regionChoicesQuery } from '../reference/reference-queries';
import { FileUpload } from './file-upload';
import { AgentFields, PeopleFields } from './people-fields';
import { PersonLookup } from './person-lookup';
import {
  DESK_CHANNELS,
  ORAL_CHANNELS,
  beijingNow,
  draftProblems,
  emptyDraft,
  toRegisterInput,
  type RegistrationDraft,
} from './registration-draft';
import { RegistrationReceipt } from './registration-receipt';
import './front-desk.css';
import { useFrontDeskMessages } from './use-front-desk-messages';

type Registered = RegisterPetitionMutation['registerPetition'];

const KINDS = ['COMPLAINT', 'SUGGESTION', 'REPORT'] as const;

/** A field's id from the name the server gives it: `petitioners[0].idNumber` → `fd-petitioners-0-idNumber`. */
const fieldId = (name: string) => `fd-${name.replace(/[[\].]+/g, '-').replace(/-$/, '')}`;

/**
 * 登记 (/workbench/register, issue 11): a petition office records a letter, visit, call, fax,
 * email or 12345 transfer (R-CH1, R-P1) — when it arrived, a letter's postmark, scans, the
 * petitioners or up to five representatives and how many came (R-P3), an agent with a power
 * of attorney (R-P18), an oral petition read back — after looking the person up (R-P4), and
 * hands over the printable receipt. Problems show at the field as typed, the server's too.
 */
export function FrontDeskPage() {
  const { t } = useTranslation('workbench');
  useFrontDeskMessages();
  const [registered, setRegistered] = useState<Registered | null>(null);
  const [formKey, setFormKey] = useState(0);
  return (
    <Page title={t('frontDesk.title')}>
      {registered ? (
        <RegistrationReceipt
          petition={registered}
          onAnother={() => {
            setRegistered(null);
            setFormKey((k) => k + 1);
          }}
        />
      ) : (
        <RegistrationForm key={formKey} onRegistered={setRegistered} />
      )}
    </Page>
  );
}

function RegistrationForm({ onRegistered }: { onRegistered: (petition: Registered) => void }) {
  const { t } = useTranslation('workbench');
  useFrontDeskMessages();
  const { t: tc } = useTranslation();
  const { language } = useLanguage();
  const [draft, setDraft] = useState<RegistrationDraft>(emptyDraft);
  const [triedToSave, setTriedToSave] = useState(false);
  const categories = useQuery(categoryTreeQuery);
  const districts = useQuery(regionChoicesQuery(null));
  const set = (change: Partial<RegistrationDraft>) => setDraft((d) => ({ ...d, ...change }));
  const save = useMutation({
    mutationFn: () =>
      execute(RegisterPetitionDocument, { input: toRegisterInput(draft) }).then((d) => d.registerPetition),
    onSuccess: onRegistered,
  });
  const own = draftProblems(draft);
  // the form's own problems show as typed; a required field only once saving was tried
  const problemOf = (field: string): string | undefined =>
    own[field] ? t(own[field] as never) : fieldProblem(save.error, field, language);
  useEffect(() => {
    const field = refusedField(save.error);
    if (field) document.getElementById(fieldId(field))?.focus();
  }, [save.error]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTriedToSave(true);
    const first = Object.keys(own)[0];
    if (first) {
      document.getElementById(fieldId(first))?.focus();
      return;
    }
    if (!save.isPending) save.mutate();
  };
  const onField = refusedField(save.error) !== null && document.getElementById(fieldId(refusedField(save.error)!));
  const oral = ORAL_CHANNELS.includes(draft.channel);
  return (
    <form className="form front-desk-form" noValidate onSubmit={submit} aria-busy={save.isPending || undefined}>
      <p className="muted">{t('frontDesk.intro')}</p>
      {triedToSave && Object.keys(own).length ? (
        <p className="alert alert-error" role="alert">
          {t('frontDesk.problems')}
        </p>
      ) : null}
      {save.error && !onField ? <ErrorMessage error={save.error} /> : null}

      <fieldset className="card">
        <legend>{t('frontDesk.arrival')}</legend>
        <Field id="fd-channel" label={t('frontDesk.channel')} problem={problemOf('channel')}>
          {(control) => (
            <select
              {...control}
              value={draft.channel}
              onChange={(e) => set({ channel: e.target.value as RegistrationDraft['channel'] })}
            >
              {DESK_CHANNELS.map((c) => (
                <option key={c} value={c}>
                  {tc(`channel.${c}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field
          id="fd-receivedAt"
          label={t('frontDesk.receivedAt')}
          hint={t('frontDesk.receivedAtHint')}
          problem={problemOf('receivedAt')}
        >
          {(control) => (
            <input
              {...control}
              type="datetime-local"
              max={beijingNow()}
              value={draft.receivedAt}
              onChange={(e) => set({ receivedAt: e.target.value })}
            />
          )}
        </Field>
        {draft.channel === 'LETTER' ? (
          <Field
            id="fd-postmarkedOn"
            label={t('frontDesk.postmarkedOn')}
            hint={t('frontDesk.postmarkedOnHint')}
            optional
            problem={problemOf('postmarkedOn')}
          >
            {(control) => (
              <input
                {...control}
                type="date"
                max={draft.receivedAt.slice(0, 10)}
                value={draft.postmarkedOn}
                onChange={(e) => set({ postmarkedOn: e.target.value })}
              />
            )}
          </Field>
        ) : null}
        {oral ? (
          <div className="field">
            <label className="choice" htmlFor="fd-writtenDownByStaff">
              <input
                id="fd-writtenDownByStaff"
                type="checkbox"
                checked={draft.writtenDownByStaff}
                onChange={(e) => set({ writtenDownByStaff: e.target.checked })}
              />
              <span className="choice-label">{t('frontDesk.oral')}</span>
            </label>
            {draft.writtenDownByStaff ? (
              <>
                {problemOf('readBackConfirmed') ? (
                  <p className="field-error" id="fd-readBackConfirmed-problem">
                    {problemOf('readBackConfirmed')}
                  </p>
                ) : null}
                <label className="choice" htmlFor="fd-readBackConfirmed">
                  <input
                    id="fd-readBackConfirmed"
                    type="checkbox"
                    checked={draft.readBackConfirmed}
                    aria-invalid={problemOf('readBackConfirmed') ? true : undefined}
                    aria-describedby={problemOf('readBackConfirmed') ? 'fd-readBackConfirmed-problem' : undefined}
                    onChange={(e) => set({ readBackConfirmed: e.target.checked })}
                  />
                  <span className="choice-label">{t('frontDesk.readBack')}</span>
                </label>
              </>
            ) : null}
          </div>
        ) : null}
        <FileUpload
          id="fd-attachmentIds"
          label={t('frontDesk.scans')}
          hint={t('frontDesk.scansHint')}
          files={draft.attachments}
          max={5}
          onChange={(attachments) => set({ attachments })}
          problem={problemOf('attachmentIds')}
        />
      </fieldset>

      <PeopleFields
        petitioners={draft.petitioners}
        peopleInvolved={draft.peopleInvolved}
        onPetitioners={(petitioners) => set({ petitioners })}
        onPeopleInvolved={(peopleInvolved) => set({ peopleInvolved })}
        problemOf={problemOf}
      />
      <AgentFields
        withAgent={draft.withAgent}
        agent={draft.agent}
        onWithAgent={(withAgent) => set({ withAgent })}
        onAgent={(agent) => set({ agent })}
        problemOf={problemOf}
      />

      <fieldset className="card">
        <legend>{t('frontDesk.matter')}</legend>
        <Field id="fd-kind" label={t('frontDesk.kind')} problem={problemOf('kind')}>
          {(control) => (
            <select
              {...control}
              value={draft.kind}
              onChange={(e) => set({ kind: e.target.value as RegistrationDraft['kind'] })}
            >
              {KINDS.map((k) => (
                <option key={k} value={k}>
                  {tc(`petitionKind.${k}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id="fd-categoryCode" label={t('frontDesk.category')} problem={problemOf('categoryCode')}>
          {(control) => (
            <select {...control} value={draft.categoryCode} onChange={(e) => set({ categoryCode: e.target.value })}>
              <option value="">{t('frontDesk.categoryChoose')}</option>
              {(categories.data ?? []).map((field) => (
                <optgroup key={field.code} label={field.name}>
                  {(field.children ?? []).flatMap((group) =>
                    (group.children?.length ? group.children : [group]).map((c) => (
                      <option key={c.code} value={c.code}>
                        {group.name === c.name ? c.name : `${group.name} · ${c.name}`}
                      </option>
                    )),
                  )}
                </optgroup>
              ))}
            </select>
          )}
        </Field>
        <Field id="fd-regionCode" label={t('frontDesk.region')} problem={problemOf('regionCode')}>
          {(control) => (
            <select {...control} value={draft.regionCode} onChange={(e) => set({ regionCode: e.target.value })}>
              <option value="">{t('frontDesk.regionChoose')}</option>
              {(districts.data ?? []).map((d) => (
                <option key={d.id} value={d.code!}>
                  {d.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id="fd-title" label={t('frontDesk.matterTitle')} problem={problemOf('title')}>
          {(control) => <input {...control} value={draft.title} onChange={(e) => set({ title: e.target.value })} />}
        </Field>
        <Field id="fd-content" label={t('frontDesk.content')} problem={problemOf('content')}>
          {(control) => (
            <textarea {...control} rows={6} value={draft.content} onChange={(e) => set({ content: e.target.value })} />
          )}
        </Field>
      </fieldset>

      <PersonLookup draft={draft} onSkippedLevel={(notAcceptedAsSkippedLevel) => set({ notAcceptedAsSkippedLevel })} />

      <div className="button-row">
        <button type="submit" className="button button-primary" disabled={save.isPending}>
          {save.isPending ? t('frontDesk.saving') : t('frontDesk.save')}
        </button>
      </div>
    </form>
  );
}
