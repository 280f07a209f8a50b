import {
  Arg,
  Ctx,
  Field,
  FieldResolver,
  GraphQLISODateTime,
  ID,
  Int,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import type { PetitionsContext } from '../context.js';
import { AccountRef, UnitRef, pageSize, unitRef, type PageLimits } from '@tjxf/subgraph-kit';
import type { AccessRecord } from './personal-data.service.js';

@ObjectType('PersonalDataAccess', {
  description: 'A read of unmasked personal data: a phone, an address, an ID number or an attachment (R-P12)',
})
export class PersonalDataAccessType {
  @Field(() => GraphQLISODateTime)
  at!: Date;

  @Field(() => ID)
  petitionId!: string;

  @Field(() => String, {
    description:
      'PHONE, ADDRESS, ID_NUMBER, ATTACHMENT; or a look-up by PHONE_LOOKUP, ID_NUMBER_LOOKUP, DIGITS_LOOKUP, NAME_LOOKUP',
  })
  field!: string;

  @Field(() => String, { nullable: true, description: 'Whose data it was (null for an attachment)' })
  person!: string | null;

  @Field(() => String, { nullable: true })
  ip!: string | null;

  accountId!: string;
  unitId!: string | null;
}

/** Defaults of a citizen's own access log. */
export const MY_ACCESSES_DEFAULTS: PageLimits = { pageSize: 50, maxPageSize: 200 };

@Resolver(() => PersonalDataAccessType)
export class PersonalDataAccessResolver {
  @Query(() => [PersonalDataAccessType], {
    description:
      'Who read the unmasked personal data of a petition, newest first: the petition office of its area sees every read, a unit head those of the unit’s staff',
  })
  async personalDataAccesses(
    @Ctx() ctx: PetitionsContext,
    @Arg('petitionId', () => ID) petitionId: string,
  ): Promise<AccessRecord[]> {
    return ctx.personalData.accessesOf(await ctx.petitions.get(petitionId));
  }

  @Query(() => [PersonalDataAccessType], {
    description: 'For a signed-in citizen: which unit read the personal data on the petitions they filed, and when',
  })
  myPersonalDataAccesses(
    @Ctx() ctx: PetitionsContext,
    @Arg('first', () => Int, { nullable: true }) first?: number | null,
  ): Promise<AccessRecord[]> {
    const size = pageSize(first, MY_ACCESSES_DEFAULTS, 'ACCESS_LOG_PAGE_SIZE_OUT_OF_RANGE');
    return ctx.personalData.mine(size);
  }

  @FieldResolver(() => AccountRef, { description: 'Who read it (auditors only)' })
  account(@Root() access: AccessRecord): AccountRef {
    return { id: access.accountId };
  }

  @FieldResolver(() => UnitRef, { nullable: true, description: 'The unit the reader acted for' })
  unit(@Root() access: AccessRecord): UnitRef | null {
    return unitRef(access.unitId);
  }
}
