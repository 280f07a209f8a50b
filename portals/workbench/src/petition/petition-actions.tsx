import type { PetitionAction } from '@tjxf/graphql-client';
import { useTranslation } from '@tjxf/i18n';
import { useState, type ReactNode } from 'react';
import { DecideCompetenceForm } from '../procedure/decide-competence-form';
import { DisposeForm } from '../procedure/dispose-form';
import { ExtendForm } from '../procedure/extend-form';
import { HandOffForm, HandOffOutcomeForm } from '../procedure/hand-off-form';
import { RecusalForm } from '../procedure/recusal-form';
import { ReferCompetenceForm } from '../procedure/refer-competence-form';
import { ReplyForm } from '../procedure/reply-form';
import { RequestReviewForm } from '../procedure/request-review-form';
import type { StepProps } from '../procedure/step-props';
import { TextStepForm } from '../procedure/text-step-form';
import type { StaffPetition } from './petition-query';

type StaffStep = Extract<
  PetitionAction,
  | 'ASSIGN'
  | 'FORWARD'
  | 'REDIRECT'
  | 'ACCEPT'
  | 'DECLINE'
  | 'OBJECT'
  | 'REFER_COMPETENCE'
  | 'DECIDE_COMPETENCE'
  | 'EXTEND'
  | 'REPLY'
  | 'HOLD_HEARING'
  | 'END_HEARING'
  | 'DECIDE_REVIEW'
  | 'HAND_OFF'
  | 'RECORD_HAND_OFF_OUTCOME'
  | 'REQUEST_REVIEW'
>;

// the staff's steps with a form here, in the order of the procedure; EVALUATE is the
// petitioner's (REQUEST_REVIEW too, or a petition office's for them)
const STAFF_STEPS: Record<StaffStep, (props: StepProps) => ReactNode> = {
  ASSIGN: (props) => <DisposeForm mode="ASSIGN" {...props} />,
  FORWARD: (props) => <DisposeForm mode="FORWARD" {...props} />,
  REDIRECT: (props) => <DisposeForm mode="REDIRECT" {...props} />,
  ACCEPT: (props) => <TextStepForm step="ACCEPT" {...props} />,
  DECLINE: (props) => <TextStepForm step="DECLINE" {...props} />,
  OBJECT: (props) => <TextStepForm step="OBJECT" {...props} />,
  // after an objection, the dispute goes to the units' common superior, which decides (R-P7)
  REFER_COMPETENCE: (props) => <ReferCompetenceForm {...props} />,
  DECIDE_COMPETENCE: (props) => <DecideCompetenceForm {...props} />,
  EXTEND: (props) => <ExtendForm {...props} />,
  // to people's mediation, a court or arbitration, and back, before the reply (R-MED, issue 11)
  HAND_OFF: (props) => <HandOffForm {...props} />,
  RECORD_HAND_OFF_OUTCOME: (props) => <HandOffOutcomeForm {...props} />,
  REPLY: (props) => <ReplyForm step="REPLY" {...props} />,
  // a hearing comes before the review decision, and stops its clock while it runs (R-P10)
  HOLD_HEARING: (props) => <TextStepForm step="HOLD_HEARING" {...props} />,
  END_HEARING: (props) => <TextStepForm step="END_HEARING" {...props} />,
  DECIDE_REVIEW: (props) => <ReplyForm step="DECIDE_REVIEW" {...props} />,
  // a petition office records the request of a petitioner who wrote or came (issue 11)
  REQUEST_REVIEW: (props) => <RequestReviewForm {...props} />,
};
const ORDER = Object.keys(STAFF_STEPS) as StaffStep[];

interface Notice {
  tone: 'done' | 'conflict';
  text: string;
}

/**
 * 可办理的操作: a form for each step the viewer may take now (`allowedActions`), each folded
 * until opened. After a step, or when someone else was quicker, the petition is read again
 * and the notice here says what happened.
 */
export function PetitionActions({ petition }: { petition: StaffPetition }) {
  const { t } = useTranslation('workbench');
  const [notice, setNotice] = useState<Notice | null>(null);
  const steps = ORDER.filter((action) => petition.allowedActions.includes(action));
  const props: Omit<StepProps, 'petition'> = {
    onDone: (text) => setNotice({ tone: 'done', text }),
    onConflict: () => setNotice({ tone: 'conflict', text: t('step.conflict') }),
  };
  return (
    <section className="card petition-actions" aria-labelledby="petition-actions" data-testid="petition-actions">
      <h2 id="petition-actions">{t('actions.title')}</h2>
      <div role="status" aria-live="polite">
        {notice?.tone === 'done' ? <p className="alert alert-success">{notice.text}</p> : null}
      </div>
      {notice?.tone === 'conflict' ? (
        <p className="alert alert-error" role="alert">
          {notice.text}
        </p>
      ) : null}
      {steps.length === 0 ? (
        <p className="muted">{t('actions.none')}</p>
      ) : (
        steps.map((action) => (
          // what was typed survives a reload after a conflict; the next try sends the new version
          <details key={action} className="step" data-testid={`step-${action}`}>
            <summary>{t(`actions.${action}`)}</summary>
            {STAFF_STEPS[action]({ petition, ...props })}
          </details>
        ))
      )}
      {/* any staff member with an interest stands aside, whatever the status (Art. 28, issue 11) */}
      <RecusalForm petitionId={petition.id} />
    </section>
  );
}
