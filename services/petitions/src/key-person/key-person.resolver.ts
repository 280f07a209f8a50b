import { AccountRef, PageInfoType, UnitRef, unitRef } from '@tjxf/subgraph-kit';
import {
  Arg,
  Ctx,
  Field,
  FieldResolver,
  GraphQLISODateTime,
  ID,
  InputType,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import type { PetitionsContext } from '../context.js';
import type { KeyPerson, KeyPersonAccess } from './key-person.entity.js';

@ObjectType('KeyPerson', { description: 'A person on the register of key persons (重点人员, R-P5)' })
export class KeyPersonType {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { nullable: true })
  name!: string | null;

  @Field(() => String, { nullable: true, description: 'Masked, e.g. 138****5678' })
  phoneMasked!: string | null;

  @Field(() => String, { nullable: true, description: 'Masked, e.g. 120103********1234' })
  idNumberMasked!: string | null;

  @Field(() => String, { description: 'Why the person is on the register: the facts stated by the office' })
  reason!: string;

  @Field(() => String, { nullable: true, description: 'When the mark must be reviewed (YYYY-MM-DD, Beijing)' })
  reviewOn!: string | null;

  @Field(() => GraphQLISODateTime)
  addedAt!: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  removedAt!: Date | null;

  @Field(() => String, { nullable: true })
  removalReason!: string | null;

  unitId!: string | null;
  addedById!: string | null;
}

@ObjectType('KeyPersonEdge')
class KeyPersonEdgeType {
  @Field(() => String)
  cursor!: string;

  @Field(() => KeyPersonType)
  node!: KeyPersonType;
}

@ObjectType('KeyPersonConnection')
class KeyPersonConnectionType {
  @Field(() => [KeyPersonEdgeType])
  edges!: KeyPersonEdgeType[];

  @Field(() => PageInfoType)
  pageInfo!: PageInfoType;

  @Field(() => Int)
  totalCount!: number;
}

@ObjectType('KeyPersonAccess', { description: 'A read or change of a mark on the register' })
class KeyPersonAccessType {
  @Field(() => GraphQLISODateTime)
  at!: Date;

  @Field(() => String, { description: 'READ (listed), ADD, REMOVE or ENQUIRY (the person asked)' })
  action!: string;

  @Field(() => String, { nullable: true })
  ip!: string | null;

  @Field(() => String, { nullable: true, description: 'Whose mark: the person’s name (in the area’s log)' })
  person?: string | null;

  accountId!: string;
  unitId!: string | null;
}

@InputType('AddKeyPersonInput')
class AddKeyPersonInput {
  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true })
  idNumber?: string | null;

  @Field(() => String, { nullable: true })
  phone?: string | null;

  @Field(() => String, { description: 'The facts and reasons for the mark' })
  basis!: string;

  @Field(() => String, { description: 'When to review the mark (YYYY-MM-DD), within a year' })
  reviewOn!: string;
}

@InputType('KeyPersonEnquiryInput', { description: 'The person who asks, by phone or ID number (or both)' })
class KeyPersonEnquiryInput {
  @Field(() => String, { nullable: true })
  phone?: string | null;

  @Field(() => String, { nullable: true })
  idNumber?: string | null;
}

@ObjectType('KeyPersonEnquiryAnswer', {
  description: 'What a person who asks is told: whether and why they are marked',
})
class KeyPersonEnquiryAnswerType {
  @Field(() => Boolean)
  marked!: boolean;

  @Field(() => [KeyPersonType], { description: 'The standing marks of the area: office, basis, review date' })
  marks!: KeyPersonType[];
}

@Resolver(() => KeyPersonType)
export class KeyPersonResolver {
  @Query(() => KeyPersonConnectionType, {
    description: 'The register of key persons of one’s area, the review due first; every listing is logged',
  })
  keyPersons(
    @Ctx() ctx: PetitionsContext,
    @Arg('first', () => Int, { nullable: true }) first?: number | null,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
  ) {
    return ctx.keyPersons.list(first, after);
  }

  @Query(() => [KeyPersonAccessType], { description: 'Who read or changed a mark, newest first (the area’s leaders)' })
  keyPersonAccesses(@Ctx() ctx: PetitionsContext, @Arg('id', () => ID) id: string): Promise<KeyPersonAccess[]> {
    return ctx.keyPersons.accessesOf(id);
  }

  @Query(() => KeyPersonEnquiryAnswerType, {
    description:
      'A person asks whether they are marked (in person, identified): the area’s standing marks on that phone or ID number; logged (ENQUIRY)',
  })
  async keyPersonEnquiry(
    @Ctx() ctx: PetitionsContext,
    @Arg('input', () => KeyPersonEnquiryInput) input: KeyPersonEnquiryInput,
  ): Promise<KeyPersonEnquiryAnswerType> {
    const marks = await ctx.keyPersons.enquire(input);
    return { marked: marks.length > 0, marks: marks as KeyPersonType[] };
  }

  @Query(() => [KeyPersonAccessType], {
    description: 'Every read and change of the area’s register, newest first, with whose mark (the area’s leaders)',
  })
  keyPersonAccessLog(
    @Ctx() ctx: PetitionsContext,
    @Arg('first', () => Int, { nullable: true }) first?: number | null,
  ): Promise<KeyPersonAccess[]> {
    return ctx.keyPersons.accessLog(first);
  }

  @Mutation(() => KeyPersonType, {
    description: 'Marks a person as a key person of one’s office, with a basis and a review date',
  })
  addKeyPerson(
    @Ctx() ctx: PetitionsContext,
    @Arg('input', () => AddKeyPersonInput) input: AddKeyPersonInput,
  ): Promise<KeyPerson> {
    return ctx.keyPersons.add(input);
  }

  @Mutation(() => KeyPersonType, { description: 'Takes a person off the register, with the reason' })
  removeKeyPerson(
    @Ctx() ctx: PetitionsContext,
    @Arg('id', () => ID) id: string,
    @Arg('reason', () => String) reason: string,
  ): Promise<KeyPerson> {
    return ctx.keyPersons.remove(id, reason);
  }

  @FieldResolver(() => String, { description: 'The basis of the mark (the same as reason)' })
  basis(@Root() mark: KeyPersonType): string {
    return mark.reason;
  }

  @FieldResolver(() => UnitRef, { nullable: true, description: 'The office that marked the person' })
  unit(@Root() mark: KeyPersonType): UnitRef | null {
    return unitRef(mark.unitId);
  }

  @FieldResolver(() => AccountRef, { nullable: true, description: 'Who marked the person' })
  addedBy(@Root() mark: KeyPersonType): AccountRef | null {
    return mark.addedById ? { id: mark.addedById } : null;
  }
}

@Resolver(() => KeyPersonAccessType)
export class KeyPersonAccessResolver {
  @FieldResolver(() => AccountRef)
  account(@Root() access: KeyPersonAccess): AccountRef {
    return { id: access.accountId };
  }

  @FieldResolver(() => UnitRef, { nullable: true })
  unit(@Root() access: KeyPersonAccess): UnitRef | null {
    return unitRef(access.unitId);
  }
}
