import { useTranslation } from '@tjxf/i18n';
import { useState } from 'react';
import { Field } from '../procedure/field';
import { FileUpload } from './file-upload';
import { REPRESENTATIVES_MAX, newPerson, type AgentDraft, type PersonDraft } from './registration-draft';
import { useFrontDeskMessages } from './use-front-desk-messages';

/** The words of a field's problem: the form's own (a message key) or the server's. */
export type ProblemOf = (field: string) => string | undefined;

export interface PeopleFieldsProps {
  petitioners: PersonDraft[];
  peopleInvolved: string;
  onPetitioners: (people: PersonDraft[]) => void;
  onPeopleInvolved: (value: string) => void;
  problemOf: ProblemOf;
}

/** The petitioners, or the at most five representatives of a collective visit (R-P3), and how many came. */
export function PeopleFields({
  petitioners,
  peopleInvolved,
  onPetitioners,
  onPeopleInvolved,
  problemOf,
}: PeopleFieldsProps) {
  const { t } = useTranslation('workbench');
  useFrontDeskMessages();
  const [sixth, setSixth] = useState(false);
  const collective = petitioners.length > 1 || Number(peopleInvolved) > 1;
  const set = (i: number, change: Partial<PersonDraft>) =>
    onPetitioners(petitioners.map((p, j) => (j === i ? { ...p, ...change } : p)));
  const add = () => {
    if (petitioners.length >= REPRESENTATIVES_MAX) {
      setSixth(true);
      return;
    }
    setSixth(false);
    onPetitioners([...petitioners, newPerson()]);
  };
  const representativesProblem = sixth ? t('frontDesk.problem.sixthRepresentative') : problemOf('petitioners');
  return (
    <fieldset className="card front-desk-people">
      <legend>{t('frontDesk.people')}</legend>
      {petitioners.map((person, i) => (
        <fieldset key={person.key} className="person" data-testid={`person-${i}`}>
          <legend>{t(collective ? 'frontDesk.representative' : 'frontDesk.person', { n: i + 1 })}</legend>
          <PersonInputs
            prefix={`petitioners[${i}]`}
            person={person}
            onChange={(c) => set(i, c)}
            problemOf={problemOf}
          />
          {petitioners.length > 1 ? (
            <button
              type="button"
              className="button button-small"
              onClick={() => onPetitioners(petitioners.filter((_, j) => j !== i))}
            >
              {t('frontDesk.removePerson', { n: i + 1 })}
            </button>
          ) : null}
        </fieldset>
      ))}
      <div className="field">
        {representativesProblem ? (
          <p className="field-error" id="fd-petitioners-problem" role="alert">
            {representativesProblem}
          </p>
        ) : null}
        <button
          type="button"
          className="button"
          id="fd-petitioners"
          onClick={add}
          aria-describedby={representativesProblem ? 'fd-petitioners-problem' : undefined}
        >
          {t('frontDesk.addPerson')}
        </button>
      </div>
      <Field
        id="fd-peopleInvolved"
        label={t('frontDesk.peopleInvolved')}
        hint={t('frontDesk.peopleInvolvedHint')}
        optional
        problem={problemOf('peopleInvolved')}
      >
        {(control) => (
          <input
            {...control}
            type="number"
            min={1}
            inputMode="numeric"
            value={peopleInvolved}
            onChange={(e) => onPeopleInvolved(e.target.value)}
          />
        )}
      </Field>
    </fieldset>
  );
}

const fieldId = (name: string) => `fd-${name.replace(/[[\].]+/g, '-').replace(/-$/, '')}`;

/** Name, phone, ID number (checked as typed) and address of one person. */
function PersonInputs({
  prefix,
  person,
  onChange,
  problemOf,
}: {
  prefix: string;
  person: Pick<PersonDraft, 'name' | 'phone' | 'idNumber'> & { address?: string };
  onChange: (change: Partial<PersonDraft>) => void;
  problemOf: ProblemOf;
}) {
  const { t } = useTranslation('workbench');
  useFrontDeskMessages();
  const input = (name: 'name' | 'phone' | 'idNumber' | 'address', type = 'text', optional = false) => (
    <Field
      id={fieldId(`${prefix}.${name}`)}
      label={t(`frontDesk.${name}`)}
      optional={optional}
      problem={problemOf(`${prefix}.${name}`)}
    >
      {(control) => (
        <input
          {...control}
          type={type}
          autoComplete="off"
          value={person[name] ?? ''}
          onChange={(e) => onChange({ [name]: e.target.value })}
        />
      )}
    </Field>
  );
  return (
    <div className="person-grid">
      {input('name')}
      {input('phone', 'tel', true)}
      {input('idNumber', 'text', true)}
      {person.address !== undefined ? input('address', 'text', true) : null}
    </div>
  );
}

export interface AgentFieldsProps {
  withAgent: boolean;
  agent: AgentDraft;
  onWithAgent: (value: boolean) => void;
  onAgent: (agent: AgentDraft) => void;
  problemOf: ProblemOf;
}

/** An agent with the principal's power of attorney, both identities recorded (R-P18). */
export function AgentFields({ withAgent, agent, onWithAgent, onAgent, problemOf }: AgentFieldsProps) {
  const { t } = useTranslation('workbench');
  useFrontDeskMessages();
  return (
    <fieldset className="card">
      <legend>{t('frontDesk.agent')}</legend>
      <label className="choice" htmlFor="fd-withAgent">
        <input id="fd-withAgent" type="checkbox" checked={withAgent} onChange={(e) => onWithAgent(e.target.checked)} />
        <span className="choice-label">{t('frontDesk.withAgent')}</span>
      </label>
      {withAgent ? (
        <>
          <PersonInputs
            prefix="agent"
            person={agent}
            onChange={(change) => onAgent({ ...agent, ...change })}
            problemOf={problemOf}
          />
          <Field id="fd-agent-relationship" label={t('frontDesk.relationship')} optional>
            {(control) => (
              <input
                {...control}
                value={agent.relationship}
                onChange={(e) => onAgent({ ...agent, relationship: e.target.value })}
              />
            )}
          </Field>
          <FileUpload
            id="fd-agent-powerOfAttorneyAttachmentId"
            label={t('frontDesk.powerOfAttorney')}
            hint={t('frontDesk.powerOfAttorneyHint')}
            files={agent.powerOfAttorney ? [agent.powerOfAttorney] : []}
            max={1}
            onChange={(files) => onAgent({ ...agent, powerOfAttorney: files[0] ?? null })}
            problem={problemOf('agent.powerOfAttorneyAttachmentId')}
          />
        </>
      ) : null}
    </fieldset>
  );
}
