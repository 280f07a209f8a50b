import { isUuid } from '@tjxf/domain';
import { Arg, Ctx, Field, GraphQLISODateTime, ID, ObjectType, Query, Resolver } from 'type-graphql';
import type { PetitionsContext } from '../context.js';
import { AccountRef } from '../petition/petition.type.js';
import { PersonalDataAccessEntity } from './personal-data-access.entity.js';

@ObjectType('PersonalDataAccess', { description: 'A read of an unmasked ID number' })
export class PersonalDataAccessType {
  @Field(() => GraphQLISODateTime)
  at!: Date;

  @Field(() => AccountRef)
  account!: AccountRef;

  @Field(() => ID)
  petitionId!: string;

  @Field(() => String)
  field!: string;

  @Field(() => String, { nullable: true })
  ip!: string | null;
}

@Resolver()
export class PersonalDataAccessResolver {
  @Query(() => [PersonalDataAccessType], {
    description: 'Who saw unmasked ID numbers of a petition, newest first (audit)',
  })
  async personalDataAccesses(
    @Ctx() ctx: PetitionsContext,
    @Arg('petitionId', () => ID) petitionId: string,
  ): Promise<PersonalDataAccessType[]> {
    if (!isUuid(petitionId)) return [];
    const rows = await ctx.em.find(PersonalDataAccessEntity, { petitionId }, { orderBy: { at: 'desc' }, limit: 500 });
    return rows.map((r) => ({
      at: r.at,
      account: { id: r.accountId },
      petitionId: r.petitionId,
      field: r.field,
      ip: r.ip ?? null,
    }));
  }
}
