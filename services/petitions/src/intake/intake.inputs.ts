import { Channel, PetitionKind } from '@tjxf/domain';
import { Field, GraphQLISODateTime, ID, InputType, Int, ObjectType } from 'type-graphql';
import { LegalChannel } from '../category/category.entity.js';
import { PetitionType } from '../petition/petition.type.js';

@InputType('PetitionerInput')
export class PetitionerInput {
  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true, description: 'Mobile or landline; needed to track without an account' })
  phone?: string | null;

  @Field(() => String, { nullable: true, description: 'Resident identity card number (18 characters)' })
  idNumber?: string | null;

  @Field(() => String, { nullable: true })
  address?: string | null;
}

@InputType('AgentInput', { description: 'Someone acting for the petitioners with a power of attorney (R-P18)' })
export class AgentInput {
  @Field(() => String)
  name!: string;

  @Field(() => String)
  phone!: string;

  @Field(() => String, { nullable: true })
  idNumber?: string | null;

  @Field(() => String, { nullable: true, description: 'e.g. 社区工作者, 亲属, 律师' })
  relationship?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'The uploaded power of attorney (授权委托书); required: without it the agent is refused at this field',
  })
  powerOfAttorneyAttachmentId?: string | null;
}

@InputType('SubmitPetitionInput')
export class SubmitPetitionInput {
  @Field(() => String, { description: 'Chosen by the client; a retry with the same key returns the same petition' })
  idempotencyKey!: string;

  @Field(() => PetitionKind)
  kind!: PetitionKind;

  @Field(() => String)
  categoryCode!: string;

  @Field(() => String, { description: 'GB/T 2260 code of where the matter arose' })
  regionCode!: string;

  @Field(() => String, { nullable: true })
  address?: string | null;

  @Field(() => String)
  title!: string;

  @Field(() => String)
  content!: string;

  @Field(() => [PetitionerInput], { description: 'One or more; a collective petition names at most 5 representatives' })
  petitioners!: PetitionerInput[];

  @Field(() => ID, { nullable: true, description: 'The unit complained about or reported on' })
  respondentUnitId?: string | null;

  @Field(() => Boolean, { nullable: true })
  confidential?: boolean | null;

  @Field(() => Int, { nullable: true, description: 'How many people the matter involves; at least the petitioners' })
  peopleInvolved?: number | null;

  @Field(() => AgentInput, { nullable: true })
  agent?: AgentInput | null;

  @Field(() => [ID], { nullable: true, description: 'Files uploaded to /uploads first' })
  attachmentIds?: string[] | null;
}

@InputType('RegisterPetitionInput')
export class RegisterPetitionInput extends SubmitPetitionInput {
  @Field(() => Channel)
  channel!: Channel;

  @Field(() => GraphQLISODateTime, { description: 'When the letter, visit or call arrived; never in the future' })
  receivedAt!: Date;

  @Field(() => String, {
    nullable: true,
    description: 'A letter’s postmark date (YYYY-MM-DD, Beijing), no later than the day it arrived',
  })
  postmarkedOn?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'An oral petition (a visit or a call) that staff wrote down (R-P1)',
  })
  writtenDownByStaff?: boolean | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'Staff read the written-down petition back and the petitioner confirmed it; required with writtenDownByStaff',
  })
  readBackConfirmed?: boolean | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'Not accepted under the skipped-level rule (Art. 19): a lower unit is still handling the same matter within its time limit. Refused at this field when it does not apply (see petitionerHistory).',
  })
  notAcceptedAsSkippedLevel?: boolean | null;
}

@ObjectType('LegalRedirect', {
  description: 'Where a matter for another channel must go, as told to the petitioner in writing',
})
export class LegalRedirectType {
  @Field(() => LegalChannel)
  channel!: LegalChannel;

  @Field(() => String, { description: 'The written notice (诉访分离告知)' })
  notice!: string;
}

@ObjectType('SubmitPetitionPayload')
export class SubmitPetitionPayloadType {
  @Field(() => PetitionType)
  petition!: PetitionType;

  @Field(() => LegalRedirectType, { nullable: true, description: 'Set when the matter belongs to another channel' })
  redirect!: LegalRedirectType | null;

  @Field(() => String, { description: 'What happens next, and by when' })
  nextStep!: string;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When the next step is due' })
  nextStepDueAt!: Date | null;
}
