import { RepresentativeKind, Role } from '@tjxf/domain';
import { Directive, Field, GraphQLISODateTime, ID, ObjectType, registerEnumType } from 'type-graphql';
import { AccountStatus } from './account.entity.js';

registerEnumType(Role, { name: 'Role', description: 'What kind of user an account is' });
registerEnumType(AccountStatus, {
  name: 'AccountStatus',
  description: 'ACTIVE accounts sign in; DISABLED ones cannot, and their sessions have ended',
});
registerEnumType(RepresentativeKind, {
  name: 'RepresentativeKind',
  description: 'NPC deputy (人大代表), CPPCC member (政协委员), Party congress deputy (党代会代表)',
});

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

  @Field(() => AccountStatus)
  status!: AccountStatus;

  @Field(() => String, { nullable: true, description: 'A citizen’s verified mobile number (also the username)' })
  phone!: string | null;

  @Field(() => Boolean, {
    description: 'Signed in with a temporary password: nothing but changePassword until a new one is chosen',
  })
  passwordChangeRequired!: boolean;

  @Field(() => GraphQLISODateTime, { nullable: true })
  lastSignedInAt!: Date | null;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;

  /** Unit ids; resolved to `Unit` references by a field resolver. */
  unitIds!: string[];
}

@ObjectType('AuthPayload')
export class AuthPayloadType {
  @Field(() => String, { description: 'Bearer token for API clients; portals get it as an HttpOnly cookie' })
  accessToken!: string;

  @Field(() => GraphQLISODateTime)
  expiresAt!: Date;

  @Field(() => Boolean, {
    description: 'The password is temporary: this session may only change it (its token carries no roles)',
  })
  passwordChangeRequired!: boolean;

  @Field(() => AccountType)
  account!: AccountType;
}
