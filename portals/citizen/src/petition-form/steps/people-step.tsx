import { useTranslation } from '@tjxf/i18n';
import { useViewer } from '@tjxf/ui';
import { useEffect, useState } from 'react';
import { AttachmentsField } from '../../attachments/attachments-field';
import { Checkbox, TextField } from '../../components/fields';
import { LIMITS, emptyPerson, type PersonDraft } from '../../draft/petition-draft';
import { fieldId, type PersonField } from '../field-keys';
import { idNumberCheck } from '../validation';
import type { StepProps } from './step-props';

/**
 * Who petitions: one to five people (a collective petition names at most 5 representatives
 * and gives the number of people involved, R-P3), and optionally an agent with a power of
 * attorney (R-P18).
 */
export function PeopleStep({ draft, update, errorOf, signedIn, onUploadsBusy }: StepProps) {
  const { t } = useTranslation('citizen');
  const { data: viewer } = useViewer();
  const first = draft.petitioners[0];

  // a signed-in citizen starts with their own name
  useEffect(() => {
    if (viewer && first && !first.name && !first.phone) {
      update((d) => ({
        ...d,
        petitioners: [{ ...d.petitioners[0]!, name: viewer.displayName }, ...d.petitioners.slice(1)],
      }));
    }
    // only once, when the viewer is known; later the petitioner's own edits stand
  }, [viewer?.id]);

  const setPerson = (index: number, field: PersonField, value: string) =>
    update((d) => ({ ...d, petitioners: d.petitioners.map((p, i) => (i === index ? { ...p, [field]: value } : p)) }));
  const setAgent = (change: Partial<typeof draft.agent>) => update((d) => ({ ...d, agent: { ...d.agent, ...change } }));
  const full = draft.petitioners.length >= LIMITS.petitionersMax;

  return (
    <>
      <p className="field-hint">{signedIn ? t('people.introSignedIn') : t('people.introAnonymous')}</p>
      {draft.petitioners.map((person, i) => (
        <PersonFields
          key={i}
          index={i}
          person={person}
          phoneOptional={signedIn || i > 0}
          onChange={(field, value) => setPerson(i, field, value)}
          errorOf={errorOf}
          onRemove={
            i === 0 ? undefined : () => update((d) => ({ ...d, petitioners: d.petitioners.filter((_, j) => j !== i) }))
          }
        />
      ))}
      {full ? (
        <div className="alert alert-info" role="note">
          <p>{t('people.fullNotice', { max: LIMITS.petitionersMax })}</p>
        </div>
      ) : (
        <p>
          <button
            type="button"
            className="button button-secondary"
            onClick={() => update((d) => ({ ...d, petitioners: [...d.petitioners, emptyPerson()] }))}
          >
            {t('people.add')}
          </button>
        </p>
      )}
      <Checkbox
        id={fieldId('collective')}
        label={t('people.collective')}
        help={t('people.collectiveHelp', { max: LIMITS.petitionersMax })}
        checked={draft.collective}
        onChange={(collective) => update({ collective })}
      />
      {draft.collective ? (
        <TextField
          id={fieldId('peopleInvolved')}
          label={t('people.peopleInvolved')}
          hint={t('people.peopleInvolvedHint', { max: LIMITS.petitionersMax })}
          type="number"
          inputMode="numeric"
          value={draft.peopleInvolved}
          onChange={(peopleInvolved) => update({ peopleInvolved })}
          error={errorOf('peopleInvolved')}
        />
      ) : null}
      <Checkbox
        id={fieldId('withAgent')}
        label={t('agent.withAgent')}
        help={t('agent.withAgentHelp')}
        checked={draft.withAgent}
        onChange={(withAgent) => update({ withAgent })}
      />
      {draft.withAgent ? (
        <fieldset className="card person">
          <legend>{t('agent.legend')}</legend>
          <TextField
            id={fieldId('agent.name')}
            label={t('agent.name')}
            value={draft.agent.name}
            onChange={(name) => setAgent({ name })}
            error={errorOf('agent.name')}
          />
          <TextField
            id={fieldId('agent.phone')}
            label={t('agent.phone')}
            type="tel"
            inputMode="tel"
            value={draft.agent.phone}
            onChange={(phone) => setAgent({ phone })}
            error={errorOf('agent.phone')}
          />
          <IdNumberField
            id={fieldId('agent.idNumber')}
            label={t('agent.idNumber')}
            value={draft.agent.idNumber}
            onChange={(idNumber) => setAgent({ idNumber })}
            error={errorOf('agent.idNumber')}
          />
          <TextField
            id={fieldId('agent.relationship')}
            label={t('agent.relationship')}
            hint={t('agent.relationshipHint')}
            optional
            value={draft.agent.relationship}
            onChange={(relationship) => setAgent({ relationship })}
            error={errorOf('agent.relationship')}
          />
          <AttachmentsField
            id={fieldId('agent.powerOfAttorney')}
            label={t('agent.powerOfAttorney')}
            hint={t('agent.powerOfAttorneyHint')}
            files={draft.agent.powerOfAttorney ? [draft.agent.powerOfAttorney] : []}
            max={1}
            onAdd={(file) => setAgent({ powerOfAttorney: file })}
            onRemove={() => setAgent({ powerOfAttorney: null })}
            onBusyChange={onUploadsBusy}
            error={errorOf('agent.powerOfAttorney')}
          />
        </fieldset>
      ) : null}
    </>
  );
}

interface PersonFieldsProps {
  index: number;
  person: PersonDraft;
  phoneOptional: boolean;
  onChange: (field: PersonField, value: string) => void;
  errorOf: StepProps['errorOf'];
  onRemove: (() => void) | undefined;
}

function PersonFields({ index, person, phoneOptional, onChange, errorOf, onRemove }: PersonFieldsProps) {
  const { t } = useTranslation('citizen');
  const key = (field: PersonField) => `petitioners.${index}.${field}` as const;
  const n = index + 1;
  return (
    <fieldset className="card person">
      <legend>{t('people.person', { n })}</legend>
      <TextField
        id={fieldId(key('name'))}
        label={t('people.name')}
        value={person.name}
        onChange={(v) => onChange('name', v)}
        autoComplete={index === 0 ? 'name' : 'off'}
        error={errorOf(key('name'))}
      />
      <TextField
        id={fieldId(key('phone'))}
        label={t('people.phone')}
        hint={index === 0 ? t('people.phoneHint') : undefined}
        optional={phoneOptional}
        type="tel"
        inputMode="tel"
        autoComplete={index === 0 ? 'tel' : 'off'}
        value={person.phone}
        onChange={(v) => onChange('phone', v)}
        error={errorOf(key('phone'))}
      />
      <IdNumberField
        id={fieldId(key('idNumber'))}
        label={t('people.idNumber')}
        hint={t('people.idNumberHint')}
        value={person.idNumber}
        onChange={(v) => onChange('idNumber', v)}
        error={errorOf(key('idNumber'))}
      />
      <TextField
        id={fieldId(key('address'))}
        label={t('people.address')}
        optional
        value={person.address}
        onChange={(v) => onChange('address', v)}
        error={errorOf(key('address'))}
      />
      {onRemove ? (
        <p>
          <button type="button" className="button button-secondary" onClick={onRemove}>
            {t('people.remove', { n })}
          </button>
        </p>
      ) : null}
    </fieldset>
  );
}

interface IdNumberFieldProps {
  id: string;
  label: string;
  hint?: string;
  value: string;
  onChange: (value: string) => void;
  /** The problem the step found when it was last checked. */
  error: string | undefined;
}

/**
 * An optional resident ID number, checked as it is typed (GB 11643, the check digit too): once
 * 18 characters are in or the field is left, not at the last step. After an edit the check of
 * what is typed now replaces the step's older finding.
 */
function IdNumberField({ value, onChange, error, ...frame }: IdNumberFieldProps) {
  const { t } = useTranslation('citizen');
  const [edited, setEdited] = useState(false);
  const [left, setLeft] = useState(false);
  const live = left || value.trim().length >= 18 ? idNumberCheck(value) : null;
  const liveText = live ? String(t(live.key as never, live.values as never)) : undefined;
  return (
    <TextField
      {...frame}
      optional
      autoCapitalize="characters"
      value={value}
      onChange={(v) => {
        setEdited(true);
        onChange(v);
      }}
      onBlur={() => setLeft(true)}
      error={edited ? liveText : (error ?? liveText)}
    />
  );
}
