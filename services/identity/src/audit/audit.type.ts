import { Field, GraphQLISODateTime, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { AuthEventKind } from '../auth/auth.entity.js';
import { PageInfoType } from '@tjxf/subgraph-kit';

registerEnumType(AuthEventKind, {
  name: 'AuditEventKind',
  description: 'Signing in and out, password changes, and what an administrator did to an account',
});

@ObjectType('AuditEvent', { description: 'One entry of the security audit trail' })
export class AuditEventType {
  @Field(() => ID)
  id!: string;

  @Field(() => GraphQLISODateTime)
  at!: Date;

  @Field(() => AuthEventKind)
  kind!: AuthEventKind;

  @Field(() => ID, { nullable: true, description: 'The account concerned (null: a sign-in with an unknown username)' })
  accountId!: string | null;

  @Field(() => String, { description: 'The account concerned, or the username typed at sign-in' })
  username!: string;

  @Field(() => ID, { nullable: true, description: 'Who acted: the administrator, or the account itself' })
  actorId!: string | null;

  @Field(() => String, { nullable: true })
  actorUsername!: string | null;

  @Field(() => String, { nullable: true, description: 'The address the request came from' })
  ip!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'What changed, as JSON: e.g. {"from":{"roles":["UNIT_HANDLER"]},"to":{…},"sessionsEnded":2}',
  })
  detail!: string | null;
}

@ObjectType('AuditEventEdge')
export class AuditEventEdgeType {
  @Field(() => String)
  cursor!: string;

  @Field(() => AuditEventType)
  node!: AuditEventType;
}

@ObjectType('AuditEventConnection')
export class AuditEventConnectionType {
  @Field(() => [AuditEventEdgeType])
  edges!: AuditEventEdgeType[];

  @Field(() => PageInfoType)
  pageInfo!: PageInfoType;

  @Field(() => Int)
  totalCount!: number;
}

@InputType('AuditLogFilter')
export class AuditLogFilterInput {
  @Field(() => ID, { nullable: true, description: 'Entries about this account' })
  accountId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Entries of what this account did' })
  actorId?: string | null;

  @Field(() => [AuthEventKind], { nullable: true })
  kinds?: AuthEventKind[] | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'From this moment (inclusive)' })
  from?: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Before this moment' })
  to?: Date | null;
}
