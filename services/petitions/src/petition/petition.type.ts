import { DayBasis } from '@tjxf/calendar';
import { PageInfoType, UnitRef } from '@tjxf/subgraph-kit';
import { Channel, PetitionKind, PetitionStatus } from '@tjxf/domain';
import { Directive, Field, GraphQLISODateTime, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { LegalChannel } from '../category/category.entity.js';
import { DeadlineKind } from '../deadline/deadline.entity.js';
import type { Disclosure } from '../personal-data/disclosure.js';
import { RiskFlag } from './petition.entity.js';
import { PetitionerRole } from './petitioner.entity.js';

registerEnumType(PetitionStatus, { name: 'PetitionStatus', description: 'Where a petition stands in the procedure' });
registerEnumType(PetitionKind, { name: 'PetitionKind', description: 'Legal classification (R-P2)' });
registerEnumType(Channel, { name: 'Channel', description: 'How a petition arrived (R-CH1)' });
registerEnumType(RiskFlag, { name: 'RiskFlag', description: 'Risk flags set at registration (R-P5)' });
registerEnumType(LegalChannel, {
  name: 'LegalChannel',
  description: 'Where a matter for another channel belongs (R-P2)',
});
registerEnumType(PetitionerRole, { name: 'PetitionerRole' });
registerEnumType(DeadlineKind, { name: 'DeadlineKind' });
registerEnumType(DayBasis, { name: 'DayBasis', description: 'Calendar days or working days (R-T1)' });

@Directive('@key(fields: "id")')
@ObjectType('Petition', { description: 'One matter raised (信访事项)' })
export class PetitionType {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'What a citizen uses to follow the petition (查询码)' })
  trackingCode!: string;

  @Field(() => PetitionStatus)
  status!: PetitionStatus;

  @Field(() => PetitionKind)
  kind!: PetitionKind;

  @Field(() => Channel)
  channel!: Channel;

  @Field(() => String)
  categoryCode!: string;

  @Field(() => String, { description: 'GB/T 2260 code of where the matter arose' })
  regionCode!: string;

  @Field(() => String, { nullable: true })
  address!: string | null;

  @Field(() => String)
  title!: string;

  @Field(() => String)
  content!: string;

  @Field(() => GraphQLISODateTime, { description: 'When it arrived' })
  receivedAt!: Date;

  @Field(() => String, { nullable: true, description: 'A letter’s postmark date (YYYY-MM-DD, Beijing)' })
  postmarkedOn?: string | null;

  @Field(() => Boolean, { description: 'The petitioner asked that the matter stay confidential' })
  confidential!: boolean;

  @Field(() => Int, {
    description: 'How many people the matter involves (a collective petition: more than its representatives)',
  })
  peopleInvolved!: number;

  riskFlags!: RiskFlag[];
  riskLevel!: number;

  @Field(() => LegalChannel, { nullable: true, description: 'Set when the matter was redirected to another channel' })
  legalChannel!: LegalChannel | null;

  leadUnitId!: string | null;
  receivingUnitId!: string;
  respondentUnitId!: string | null;
  repeatOfId!: string | null;
  submitterAccountId!: string | null;
  reviewUnitId!: string | null;
  version!: number;
  /**
   * Null when read directly; for a petition reached through a link from another (`repeatOf`),
   * what the viewer may see on that one: it is shown no more (personal-data/disclosure.ts).
   */
  reachedFrom!: Disclosure | null;
}

@ObjectType('Petitioner', {
  description: 'A person on a petition; phone and ID number masked unless the role needs them',
})
export class PetitionerType {
  @Field(() => PetitionerRole)
  role!: PetitionerRole;

  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true, description: 'For an agent: how they stand to the petitioners' })
  relationship!: string | null;

  id!: string;
  petitionId!: string;
  /** What everyone may see. */
  masked!: { phone: string | null; idNumber: string | null };
  /** Clear values, present only where the viewer may see them; each read is recorded. */
  clear!: { phone: string | null; address: string | null; idNumber: string | null };
  /** The petitioner reading their own petition: nothing to record. */
  own!: boolean;
}

@ObjectType('HistoryEntry', { description: 'One step on a petition’s timeline' })
export class HistoryEntryType {
  @Field(() => GraphQLISODateTime)
  at!: Date;

  @Field(() => String)
  action!: string;

  @Field(() => PetitionStatus, { nullable: true })
  fromStatus!: PetitionStatus | null;

  @Field(() => PetitionStatus, { nullable: true })
  toStatus!: PetitionStatus | null;

  @Field(() => String, { nullable: true })
  note!: string | null;

  actorId!: string | null;
  actorUnitId!: string | null;
}

@ObjectType('Deadline', { description: 'A time limit, with what it was computed from (R-T2)' })
export class DeadlineType {
  @Field(() => DeadlineKind)
  kind!: DeadlineKind;

  @Field(() => GraphQLISODateTime, {
    description: 'The last moment of the period (24:00 Beijing time of its last day)',
  })
  dueAt!: Date;

  @Field(() => DayBasis)
  basis!: DayBasis;

  @Field(() => Int)
  days!: number;

  @Field(() => String)
  ruleSet!: string;

  @Field(() => Int)
  ruleSetVersion!: number;

  @Field(() => String)
  startEvent!: string;

  @Field(() => GraphQLISODateTime)
  startAt!: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  metAt!: Date | null;

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'Closed unmet: the step it waited for will not come',
  })
  closedAt!: Date | null;

  @Field(() => Int, { description: 'Days added by an approved extension' })
  extensionDays!: number;

  @Field(() => String, { nullable: true })
  extensionReason!: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Paused by a hearing since then (R-T1)' })
  pausedAt!: Date | null;

  @Field(() => Int, { description: 'Days not counted because of hearings' })
  pausedDays!: number;

  @Field(() => Boolean, {
    description:
      'Counted on a year whose holiday arrangement is not published yet (statutory days only): the end may move when it is, and is then counted again (R-T1)',
  })
  provisional!: boolean;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When the scheduler flagged it overdue' })
  overdueAt!: Date | null;

  @Field(() => UnitRef, { nullable: true, description: 'Whose clock it is (null: the petitioner’s window)' })
  unit!: UnitRef | null;
}

@ObjectType('Attachment')
export class AttachmentType {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  fileName!: string;

  @Field(() => String)
  contentType!: string;

  @Field(() => Int)
  size!: number;

  @Field(() => String)
  sha256!: string;

  @Field(() => String, { description: 'Where to download it (through the gateway, with the same rights)' })
  url!: string;
}

@ObjectType('PetitionEdge')
export class PetitionEdgeType {
  @Field(() => String)
  cursor!: string;

  @Field(() => PetitionType)
  node!: PetitionType;
}

@ObjectType('PetitionConnection')
export class PetitionConnectionType {
  @Field(() => [PetitionEdgeType])
  edges!: PetitionEdgeType[];

  @Field(() => PageInfoType)
  pageInfo!: PageInfoType;

  @Field(() => Int, {
    description:
      'How many petitions match, within what the caller may see, counted up to 10000: beyond, 10000 and totalCountCapped',
  })
  totalCount!: number;

  @Field(() => Boolean, { description: 'More petitions match than totalCount says: it stopped counting at 10000' })
  totalCountCapped!: boolean;
}

export const PetitionOrder = { NEWEST: 'NEWEST', URGENCY: 'URGENCY' } as const;
export type PetitionOrder = (typeof PetitionOrder)[keyof typeof PetitionOrder];
registerEnumType(PetitionOrder, {
  name: 'PetitionOrder',
  description: 'NEWEST first, or by URGENCY: the clock now running that ends first (overdue first), then the rest',
});

@InputType('PetitionFilter')
export class PetitionFilterInput {
  @Field(() => [PetitionStatus], { nullable: true })
  status?: PetitionStatus[] | null;

  @Field(() => ID, { nullable: true, description: 'Petitions whose lead unit this is' })
  unitId?: string | null;

  @Field(() => String, { nullable: true, description: 'Full-text search in Chinese (title and content), ranked' })
  text?: string | null;

  @Field(() => String, { nullable: true, description: 'A category and everything under it' })
  categoryCode?: string | null;

  @Field(() => String, { nullable: true, description: 'A region and everything under it (GB/T 2260)' })
  regionCode?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Only those whose time limit now running has passed' })
  overdue?: boolean | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'Only those where one of the caller’s units must act: an open task of theirs, a registration to dispose of, a review to decide',
  })
  myTasks?: boolean | null;
}

@ObjectType('PetitionStatusCount', { description: 'How many petitions stand at a status' })
export class PetitionStatusCountType {
  @Field(() => PetitionStatus)
  status!: PetitionStatus;

  @Field(() => Int, { description: 'Counted up to 10000' })
  count!: number;

  @Field(() => Boolean, { description: 'More stand at the status than count says' })
  capped!: boolean;
}
