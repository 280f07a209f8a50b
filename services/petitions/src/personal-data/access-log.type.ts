import { Field, GraphQLISODateTime, ID, InputType, Int, ObjectType } from 'type-graphql';
import { AccountRef, PageInfoType, UnitRef } from '@tjxf/subgraph-kit';

@ObjectType('PersonalDataAccessLogEntry', {
  description:
    'One read of unmasked personal data, as the platform’s audit reader sees it: who, when, on which petition (by tracking code), what kind of data and on what occasion; never the data nor the petition (issue 10)',
})
export class PersonalDataAccessLogEntryType {
  @Field(() => ID)
  id!: string;

  @Field(() => GraphQLISODateTime)
  at!: Date;

  @Field(() => AccountRef, { description: 'Who read it' })
  reader!: AccountRef;

  @Field(() => UnitRef, { nullable: true, description: 'The unit the reader acted for' })
  readerUnit!: UnitRef | null;

  @Field(() => String, { description: 'The petition’s tracking code (the petition itself stays out of reach)' })
  trackingCode!: string;

  @Field(() => String, {
    description:
      'What was read: PHONE, ADDRESS, ID_NUMBER, ATTACHMENT; or what a caller was looked up by: PHONE_LOOKUP, ID_NUMBER_LOOKUP, DIGITS_LOOKUP, NAME_LOOKUP',
  })
  kind!: string;

  @Field(() => String, {
    description:
      'Why, as the platform knows it: PETITION_READ (the petition’s page or file was open), CALLER_SEARCH (staff looked a caller up)',
  })
  occasion!: string;

  @Field(() => String, { nullable: true, description: 'The reader’s address' })
  ip!: string | null;
}

@ObjectType('PersonalDataAccessLogEdge')
export class PersonalDataAccessLogEdgeType {
  @Field(() => String)
  cursor!: string;

  @Field(() => PersonalDataAccessLogEntryType)
  node!: PersonalDataAccessLogEntryType;
}

@ObjectType('PersonalDataAccessLogConnection')
export class PersonalDataAccessLogConnectionType {
  @Field(() => [PersonalDataAccessLogEdgeType])
  edges!: PersonalDataAccessLogEdgeType[];

  @Field(() => PageInfoType)
  pageInfo!: PageInfoType;

  @Field(() => Int)
  totalCount!: number;
}

@InputType('PersonalDataAccessLogFilter', { description: 'Every field narrows the log; none gives all of it' })
export class PersonalDataAccessLogFilterInput {
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Reads at or after this instant' })
  from?: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Reads before this instant' })
  to?: Date | null;

  @Field(() => ID, { nullable: true })
  readerAccountId?: string | null;

  @Field(() => ID, { nullable: true })
  readerUnitId?: string | null;

  @Field(() => String, { nullable: true })
  trackingCode?: string | null;

  @Field(() => [String], { nullable: true, description: 'Kinds of data read (see PersonalDataAccessLogEntry.kind)' })
  kinds?: string[] | null;
}
