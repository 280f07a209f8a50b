import { RepresentativeKind, Role } from '@tjxf/domain';
import { Field, ID, InputType } from 'type-graphql';
import { AccountStatus } from './account.entity.js';

@InputType('AccountFilter')
export class AccountFilterInput {
  @Field(() => String, { nullable: true, description: 'Part of the username or the name' })
  text?: string | null;

  @Field(() => Role, { nullable: true })
  role?: Role | null;

  @Field(() => ID, { nullable: true, description: 'Accounts that work for this unit' })
  unitId?: string | null;

  @Field(() => AccountStatus, { nullable: true })
  status?: AccountStatus | null;
}

@InputType('CreateAccountInput')
export class CreateAccountInput {
  @Field(() => String, { description: '3–64 of a–z, 0–9, ".", "_", "-"; stored in lower case' })
  username!: string;

  @Field(() => String)
  displayName!: string;

  @Field(() => [Role])
  roles!: Role[];

  @Field(() => RepresentativeKind, { nullable: true, description: 'Required with the role REPRESENTATIVE' })
  representativeKind?: RepresentativeKind | null;

  @Field(() => [ID], { nullable: true, description: 'The units the account works for' })
  unitIds?: string[] | null;
}
