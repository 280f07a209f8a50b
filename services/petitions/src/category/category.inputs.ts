import { Field, InputType } from 'type-graphql';

@InputType('AddCategoryInput', {
  description: 'A new category under a parent (or at the top); its code is given to it',
})
export class AddCategoryInput {
  @Field(() => String, { nullable: true, description: 'The parent’s code; none for a top-level category' })
  parentCode?: string | null;

  @Field(() => String, { description: 'The Chinese name' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'The English name (the Chinese one when not given)' })
  nameEn?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'A hot topic (R-HOT); default no' })
  hot?: boolean | null;
}
