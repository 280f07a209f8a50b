import { Channel, PetitionKind, PetitionStatus } from '@tjxf/domain';
import { Directive, Field, GraphQLISODateTime, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';

registerEnumType(PetitionStatus, { name: 'PetitionStatus', description: 'Where a petition stands in the procedure' });
registerEnumType(PetitionKind, { name: 'PetitionKind', description: 'Legal classification (R-P2)' });
registerEnumType(Channel, { name: 'Channel', description: 'How a petition arrived (R-CH1)' });

/** A unit, owned by the units subgraph: this subgraph knows only its id. */
@Directive('@key(fields: "id", resolvable: false)')
@ObjectType('Unit')
export class UnitRef {
  @Field(() => ID)
  id!: string;
}

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

  @Field(() => String)
  title!: string;

  @Field(() => String)
  content!: string;

  @Field(() => GraphQLISODateTime, { description: 'When it arrived' })
  receivedAt!: Date;

  leadUnitId!: string | null;
}

@ObjectType('PetitionEdge')
export class PetitionEdgeType {
  @Field(() => String)
  cursor!: string;

  @Field(() => PetitionType)
  node!: PetitionType;
}

@ObjectType('PageInfo')
export class PageInfoType {
  @Field(() => Boolean)
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

@ObjectType('PetitionConnection')
export class PetitionConnectionType {
  @Field(() => [PetitionEdgeType])
  edges!: PetitionEdgeType[];

  @Field(() => PageInfoType)
  pageInfo!: PageInfoType;

  @Field(() => Int, { description: 'How many petitions match, within what the caller may see' })
  totalCount!: number;
}

@InputType('PetitionFilter')
export class PetitionFilterInput {
  @Field(() => [PetitionStatus], { nullable: true })
  status?: PetitionStatus[] | null;

  @Field(() => ID, { nullable: true, description: 'Petitions whose lead unit this is' })
  unitId?: string | null;
}
