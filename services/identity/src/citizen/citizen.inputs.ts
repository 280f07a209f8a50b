import { Field, InputType } from 'type-graphql';

@InputType('RegisterCitizenInput')
export class RegisterCitizenInput {
  @Field(() => String, { description: 'Mainland mobile number; it becomes the username' })
  phone!: string;

  @Field(() => String, { description: 'The 6-digit code sent to the phone by requestVerificationCode' })
  code!: string;

  @Field(() => String, { description: 'At least 10 characters, not containing the phone number' })
  password!: string;

  @Field(() => String)
  name!: string;
}

@InputType('ResetPasswordInput')
export class ResetPasswordInput {
  @Field(() => String)
  phone!: string;

  @Field(() => String, { description: 'The 6-digit code sent to the phone by requestVerificationCode' })
  code!: string;

  @Field(() => String)
  newPassword!: string;
}
