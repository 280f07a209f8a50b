import { Field, GraphQLISODateTime, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { HandOffOutcome, HandOffTo, type HandOff } from './hand-off.entity.js';

registerEnumType(HandOffTo, { name: 'HandOffTo', description: 'People’s mediation, a court or arbitration (R-MED)' });
registerEnumType(HandOffOutcome, { name: 'HandOffOutcome', description: 'What came back from a hand-off (R-MED)' });

@InputType('HandOffInput', { description: 'The lead unit hands the matter it handles elsewhere (R-MED)' })
export class HandOffInput {
  @Field(() => HandOffTo)
  to!: HandOffTo;

  @Field(() => String, {
    description: 'The mediation committee, court or arbitration commission, as the petitioner’s notice names it',
  })
  recipient!: string;

  @Field(() => String, { nullable: true, description: 'For the recipient (staff only)' })
  note?: string | null;
}

@InputType('HandOffOutcomeInput')
export class HandOffOutcomeInput {
  @Field(() => HandOffOutcome, { description: 'DECIDED only from a court or arbitration' })
  outcome!: HandOffOutcome;

  @Field(() => String, { description: 'What was agreed or decided' })
  summary!: string;
}

@ObjectType('HandOff', { description: 'A matter handed to mediation or a legal channel, and what came back (R-MED)' })
export class HandOffType {
  @Field(() => ID)
  id!: string;

  @Field(() => HandOffTo)
  to!: HandOffTo;

  @Field(() => String)
  recipient!: string;

  @Field(() => String, { nullable: true })
  note!: string | null;

  @Field(() => GraphQLISODateTime)
  handedOffAt!: Date;

  @Field(() => HandOffOutcome, { nullable: true, description: 'Null until it comes back' })
  outcome!: HandOffOutcome | null;

  @Field(() => String, { nullable: true })
  summary!: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  returnedAt!: Date | null;
}

export const toHandOffType = (h: HandOff): HandOffType => ({
  id: h.id,
  to: h.to,
  recipient: h.recipient,
  note: h.note ?? null,
  handedOffAt: h.handedOffAt,
  outcome: h.outcome ?? null,
  summary: h.summary ?? null,
  returnedAt: h.returnedAt ?? null,
});
