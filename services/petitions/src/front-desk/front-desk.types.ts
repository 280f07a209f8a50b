import { PetitionKind, PetitionStatus } from '@tjxf/domain';
import { UnitRef } from '@tjxf/subgraph-kit';
import { Field, GraphQLISODateTime, ID, InputType, ObjectType } from 'type-graphql';

@InputType('PetitionerHistoryDraft', { description: 'What the officer has written of the new petition so far' })
export class PetitionerHistoryDraft {
  @Field(() => PetitionKind)
  kind!: PetitionKind;

  @Field(() => String)
  categoryCode!: string;

  @Field(() => String, { description: 'GB/T 2260 code of where the matter arose' })
  regionCode!: string;

  @Field(() => String)
  title!: string;

  @Field(() => String)
  content!: string;

  @Field(() => ID, { nullable: true })
  respondentUnitId?: string | null;
}

@InputType('PetitionerHistoryInput', { description: 'The person at the counter: an ID number, a phone, or both' })
export class PetitionerHistoryInput {
  @Field(() => String, { nullable: true })
  idNumber?: string | null;

  @Field(() => String, { nullable: true })
  phone?: string | null;

  @Field(() => PetitionerHistoryDraft, {
    nullable: true,
    description: 'With a draft, the repeat and skipped-level warnings',
  })
  draft?: PetitionerHistoryDraft | null;
}

@ObjectType('EarlierPetition', {
  description: 'A petition of the same person, anywhere in the city: what it is about and where it stands, no content',
})
export class EarlierPetitionType {
  @Field(() => ID, { nullable: true, description: 'Only when the viewer may open it (in scope)' })
  id!: string | null;

  @Field(() => String)
  trackingCode!: string;

  @Field(() => GraphQLISODateTime)
  receivedAt!: Date;

  @Field(() => String, {
    nullable: true,
    description: 'Null for a report or a confidential petition outside the viewer’s scope',
  })
  title!: string | null;

  @Field(() => PetitionStatus)
  status!: PetitionStatus;

  @Field(() => UnitRef, { description: 'The lead unit once disposed, else the office that received it' })
  handlingUnit!: UnitRef;

  @Field(() => Boolean, { description: 'Within the viewer’s scope: it can be opened' })
  inScope!: boolean;
}

@ObjectType('SkippedLevelWarning', {
  description: 'A lower unit is handling the same matter within its time limit: not accepted here (Art. 19)',
})
export class SkippedLevelWarningType {
  @Field(() => UnitRef)
  lowerUnit!: UnitRef;

  @Field(() => GraphQLISODateTime, { description: 'The end of its time limit' })
  dueAt!: Date;

  @Field(() => String, { description: 'The written notice to the petitioner, naming the lower unit' })
  notice!: string;
}

@ObjectType('PetitionerHistory', { description: 'What the front desk sees before saving (issue 11)' })
export class PetitionerHistoryType {
  @Field(() => [EarlierPetitionType], { description: 'Newest first, at most 50' })
  earlierPetitions!: EarlierPetitionType[];

  @Field(() => EarlierPetitionType, { nullable: true, description: 'The draft repeats this one (R-P4)' })
  repeatOf!: EarlierPetitionType | null;

  @Field(() => SkippedLevelWarningType, { nullable: true })
  skippedLevel!: SkippedLevelWarningType | null;
}
