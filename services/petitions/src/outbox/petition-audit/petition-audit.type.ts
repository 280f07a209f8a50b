import { Field, GraphQLISODateTime, Int, ObjectType } from 'type-graphql';
import { PetitionStatus } from '@tjxf/domain';
import { AccountRef, PageInfoType, UnitRef } from '@tjxf/subgraph-kit';

@ObjectType('PetitionEvent', {
  description:
    'One event of a petition as the outbox recorded it (docs/events.md): the audit view of the petition office',
})
export class PetitionEventType {
  @Field(() => String, { description: 'Its place in the petition’s record (the cursor of `after`)' })
  position!: string;

  @Field(() => String, { description: 'The event type, e.g. PetitionForwarded (docs/events.md)' })
  type!: string;

  @Field(() => Int, { description: 'The version of the type’s fields' })
  version!: number;

  @Field(() => GraphQLISODateTime)
  occurredAt!: Date;

  @Field(() => AccountRef, { nullable: true, description: 'Who acted, as far as the viewer may know' })
  actor!: AccountRef | null;

  @Field(() => UnitRef, { nullable: true, description: 'The unit that acted or that the event concerns' })
  unit!: UnitRef | null;

  @Field(() => PetitionStatus, { nullable: true })
  fromStatus!: PetitionStatus | null;

  @Field(() => PetitionStatus, { nullable: true })
  toStatus!: PetitionStatus | null;

  @Field(() => String, { description: 'The event’s other fields, as a JSON object (docs/events.md)' })
  details!: string;
}

@ObjectType('PetitionEventConnection')
export class PetitionEventConnectionType {
  @Field(() => [PetitionEventType], { description: 'Oldest first' })
  nodes!: PetitionEventType[];

  @Field(() => PageInfoType)
  pageInfo!: PageInfoType;
}
