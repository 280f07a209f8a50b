import { Field, InputType } from 'type-graphql';

@InputType('TrackingPhoneProofInput', {
  description: 'A petitioner without an account proves the petition is theirs by the phone given on it (issue 10)',
})
export class TrackingPhoneProofInput {
  @Field(() => String)
  trackingCode!: string;

  @Field(() => String, { description: 'The full mobile number given on the petition' })
  phone!: string;

  @Field(() => String, { description: 'The 6-digit code sent to that phone by requestVerificationCode' })
  code!: string;
}

@InputType('ReviewByPhoneInput')
export class ReviewByPhoneInput extends TrackingPhoneProofInput {
  @Field(() => String, { description: 'Why the reply should be reviewed' })
  reason!: string;
}
