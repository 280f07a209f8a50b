import { PageInfoType } from '@tjxf/subgraph-kit';
import { Field, GraphQLISODateTime, Int, ObjectType } from 'type-graphql';
import { AccountType } from './account.type.js';

@ObjectType('AccountEdge')
export class AccountEdgeType {
  @Field(() => String)
  cursor!: string;

  @Field(() => AccountType)
  node!: AccountType;
}

@ObjectType('AccountConnection')
export class AccountConnectionType {
  @Field(() => [AccountEdgeType])
  edges!: AccountEdgeType[];

  @Field(() => PageInfoType)
  pageInfo!: PageInfoType;

  @Field(() => Int)
  totalCount!: number;
}

@ObjectType('TemporaryPassword', {
  description: 'A password made by the platform, shown this once: it works for one sign-in, to choose a new one',
})
export class TemporaryPasswordType {
  @Field(() => AccountType)
  account!: AccountType;

  @Field(() => String)
  password!: string;

  @Field(() => GraphQLISODateTime, { description: 'After this the temporary password no longer signs in' })
  expiresAt!: Date;
}
