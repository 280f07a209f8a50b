import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import type { PetitionsContext } from '../context.js';
import {
  PersonalDataAccessLogConnectionType,
  PersonalDataAccessLogEntryType,
  PersonalDataAccessLogFilterInput,
} from './access-log.type.js';

@Resolver(() => PersonalDataAccessLogEntryType)
export class AccessLogResolver {
  @Query(() => PersonalDataAccessLogConnectionType, {
    description:
      'Every read of unmasked personal data across petitions, newest first, for the platform’s audit reader (ADMIN): who, when, which tracking code, what kind; never the data',
  })
  personalDataAccessLog(
    @Ctx() ctx: PetitionsContext,
    @Arg('filter', () => PersonalDataAccessLogFilterInput, { nullable: true })
    filter?: PersonalDataAccessLogFilterInput | null,
    @Arg('first', () => Int, { nullable: true }) first?: number | null,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
  ): Promise<PersonalDataAccessLogConnectionType> {
    return ctx.accessLog.list(filter, first, after);
  }
}
