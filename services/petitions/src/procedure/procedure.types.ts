import type { PetitionStatus } from '@tjxf/domain';
import { Field, GraphQLISODateTime, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { DocumentKind, EvaluationTarget, Rating, ReplyOutcome, TaskKind } from './procedure.entity.js';
import { PetitionAction } from './state-machine.js';

registerEnumType(PetitionAction, { name: 'PetitionAction', description: 'A step of the procedure' });
registerEnumType(DocumentKind, { name: 'DocumentKind', description: 'A written document of the procedure' });
registerEnumType(ReplyOutcome, { name: 'ReplyOutcome', description: 'The outcome of a reply or review (R-P8)' });
registerEnumType(EvaluationTarget, { name: 'EvaluationTarget', description: 'Who is rated (R-P13)' });
registerEnumType(Rating, { name: 'Rating', description: 'The petitioner’s rating (R-P13)' });
registerEnumType(TaskKind, { name: 'TaskKind', description: 'Work a unit owes on a petition' });

export const DisposeMode = { FORWARD: 'FORWARD', ASSIGN: 'ASSIGN', REDIRECT: 'REDIRECT' } as const;
export type DisposeMode = (typeof DisposeMode)[keyof typeof DisposeMode];
registerEnumType(DisposeMode, { name: 'DisposeMode', description: '转送, 交办 or 告知 (R-P6)' });

@InputType('DisposeInput')
export class DisposeInput {
  @Field(() => DisposeMode)
  mode!: DisposeMode;

  @Field(() => ID, { nullable: true, description: 'The lead unit (FORWARD, ASSIGN)' })
  unitId?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Co-handling units, each with its own task and deadline (R-X)' })
  coHandlingUnitIds?: string[] | null;

  @Field(() => String, { nullable: true, description: 'For REDIRECT: where the petitioner must go (required)' })
  note?: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'ASSIGN: when the completion report is due' })
  reportDueAt?: Date | null;
}

@InputType('CompetenceDisputeInput', { description: 'Disputed competence, for the common superior (R-P7)' })
export class CompetenceDisputeInput {
  @Field(() => [ID], {
    description: 'The units in dispute besides those that objected; the platform adds the objecting units',
  })
  unitIds!: string[];

  @Field(() => String, { description: 'What the dispute is about (internal)' })
  reason!: string;
}

@InputType('CompetenceDecisionInput', { description: 'The common superior names the competent unit (R-P7)' })
export class CompetenceDecisionInput {
  @Field(() => ID, { description: 'The unit that must accept it; it may not object again' })
  unitId!: string;

  @Field(() => String, { nullable: true })
  note?: string | null;
}

@InputType('ReplyInput')
export class ReplyInput {
  @Field(() => ReplyOutcome)
  outcome!: ReplyOutcome;

  @Field(() => String)
  facts!: string;

  @Field(() => String)
  reasons!: string;

  @Field(() => String)
  legalBasis!: string;

  @Field(() => Boolean, {
    nullable: true,
    description: 'The petitioner and the unit signed a mediation agreement: it ends the matter, no review (R-P8)',
  })
  mediated?: boolean | null;

  @Field(() => Boolean, {
    nullable: true,
    deprecationReason: 'Simplified handling is chosen when accepting: acceptPetition(simplified: true)',
  })
  simplified?: boolean | null;
}

@InputType('EvaluateInput')
export class EvaluateInput {
  @Field(() => ID, { nullable: true, description: 'For a signed-in petitioner' })
  petitionId?: string | null;

  @Field(() => String, { nullable: true, description: 'Without signing in: the tracking code…' })
  trackingCode?: string | null;

  @Field(() => String, { nullable: true, description: '…and the last 4 digits of the phone' })
  phoneLast4?: string | null;

  @Field(() => EvaluationTarget)
  target!: EvaluationTarget;

  @Field(() => Rating)
  rating!: Rating;

  @Field(() => String, { nullable: true })
  comment?: string | null;
}

@ObjectType('PetitionDocument', { description: 'What the petitioner (or the sender) is told in writing' })
export class PetitionDocumentType {
  @Field(() => ID)
  id!: string;

  @Field(() => DocumentKind)
  kind!: DocumentKind;

  @Field(() => GraphQLISODateTime)
  issuedAt!: Date;

  @Field(() => ReplyOutcome, { nullable: true })
  outcome!: ReplyOutcome | null;

  @Field(() => String, { nullable: true })
  facts!: string | null;

  @Field(() => String, { nullable: true })
  reasons!: string | null;

  @Field(() => String, { nullable: true })
  legalBasis!: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'For a reply or review decision: what the petitioner may do next (ask for review or re-review within 30 days, or that the matter is final)',
  })
  remedy!: string | null;

  @Field(() => String, { description: 'The whole document as issued' })
  text!: string;

  unitId!: string | null;
}

@ObjectType('Evaluation', { description: 'A petitioner’s rating of one unit (R-P13)' })
export class EvaluationType {
  @Field(() => ID)
  id!: string;

  @Field(() => EvaluationTarget)
  target!: EvaluationTarget;

  @Field(() => Rating)
  rating!: Rating;

  @Field(() => String, { nullable: true })
  comment!: string | null;

  @Field(() => GraphQLISODateTime)
  at!: Date;

  unitId!: string;
}

@ObjectType('PetitionTask', { description: 'Work a unit owes on a petition, with its own due date (R-X)' })
export class PetitionTaskType {
  @Field(() => ID)
  id!: string;

  @Field(() => TaskKind)
  kind!: TaskKind;

  @Field(() => GraphQLISODateTime, { nullable: true })
  dueAt!: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  doneAt!: Date | null;

  @Field(() => String, { nullable: true })
  note!: string | null;

  @Field(() => String, { nullable: true, description: 'What the unit reported' })
  report!: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Found not done by its date' })
  overdueAt!: Date | null;

  unitId!: string;
  reportedById!: string | null;
  /** The petition's status, for whether the task can be reported on now. */
  petitionStatus?: PetitionStatus;
}
