import { Field, GraphQLISODateTime, ObjectType } from 'type-graphql';
import { PetitionKind, PetitionStatus } from '@tjxf/domain';
import { LegalRedirectType } from '../intake/intake.inputs.js';
import { UnitRef } from '@tjxf/subgraph-kit';
import { DeadlineType } from '../petition/petition.type.js';

@ObjectType('TrackingEntry', { description: 'A step the petitioner may see: no internal notes, no staff names' })
export class TrackingEntryType {
  @Field(() => GraphQLISODateTime)
  at!: Date;

  @Field(() => String)
  action!: string;

  @Field(() => PetitionStatus, { nullable: true })
  status!: PetitionStatus | null;

  @Field(() => String, { nullable: true })
  note!: string | null;

  @Field(() => UnitRef, { nullable: true, description: 'The unit that acted' })
  unit!: UnitRef | null;
}

@ObjectType('PetitionTracking', { description: 'What a petitioner sees with tracking code and phone (R-ON1)' })
export class PetitionTrackingType {
  /** Not exposed: the petition behind the code, for the documents and evaluation. */
  petitionId!: string;

  @Field(() => String)
  trackingCode!: string;

  @Field(() => PetitionStatus)
  status!: PetitionStatus;

  @Field(() => PetitionKind)
  kind!: PetitionKind;

  @Field(() => String)
  title!: string;

  @Field(() => String)
  categoryCode!: string;

  @Field(() => GraphQLISODateTime)
  receivedAt!: Date;

  @Field(() => DeadlineType, { nullable: true, description: 'The time limit now running' })
  currentDeadline!: DeadlineType | null;

  @Field(() => LegalRedirectType, { nullable: true })
  redirect!: LegalRedirectType | null;

  @Field(() => String, { description: 'What happens next, and by when' })
  nextStep!: string;

  @Field(() => [TrackingEntryType])
  history!: TrackingEntryType[];
}
