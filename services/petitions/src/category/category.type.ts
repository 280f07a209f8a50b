import { Field, Int, ObjectType } from 'type-graphql';
import { LegalChannel } from './category.entity.js';

@ObjectType('Category', { description: 'A category of petition content (three levels)' })
export class CategoryType {
  @Field(() => String)
  code!: string;

  @Field(() => String, { description: 'The Chinese name' })
  name!: string;

  @Field(() => String)
  nameEn!: string;

  @Field(() => Int)
  level!: number;

  @Field(() => Boolean, { description: 'A hot issue of the source text (R-HOT)' })
  hot!: boolean;

  @Field(() => Boolean, { description: 'Retired: kept by the petitions filed under it, offered for no new one' })
  retired!: boolean;

  @Field(() => LegalChannel, { nullable: true, description: 'Matters of this category go to another channel (R-P2)' })
  legalChannel!: LegalChannel | null;

  @Field(() => [CategoryType])
  children!: CategoryType[];
}
