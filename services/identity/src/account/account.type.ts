import { RepresentativeKind, Role } from '@tjxf/domain';
import { Directive, Field, GraphQLISODateTime, ID, ObjectType, registerEnumType } from 'type-graphql';

registerEnumType(Role, { name: 'Role', description: 'What kind of user an account is' });
registerEnumType(RepresentativeKind, {
  name: 'RepresentativeKind',
  description: 'NPC deputy (人大代表), CPPCC member (政协委员), Party congress deputy (党代会代表)',
});

/** A unit, owned by the units subgraph: this subgraph knows only its id. */
@Directive('@key(fields: "id", resolvable: false)')
@ObjectType('Unit')
export class UnitRef {
  @Field(() => ID)
  id!: string;
}

@Directive('@key(fields: "id")')
@ObjectType('Account', { description: 'A person who signs in' })
export class AccountType {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  username!: string;

  @Field(() => String)
  displayName!: string;

  @Field(() => [Role])
  roles!: Role[];

  @Field(() => RepresentativeKind, { nullable: true })
  representativeKind!: RepresentativeKind | null;

  /** Unit ids; resolved to `Unit` references by a field resolver. */
  unitIds!: string[];
}

@ObjectType('AuthPayload')
export class AuthPayloadType {
  @Field(() => String, { description: 'Bearer token for API clients; portals get it as an HttpOnly cookie' })
  accessToken!: string;

  @Field(() => GraphQLISODateTime)
  expiresAt!: Date;

  @Field(() => AccountType)
  account!: AccountType;
}
