import { FieldResolver, Resolver, Root } from 'type-graphql';
import { DeadlineType } from '../petition/petition.type.js';
import { explain } from './clock.js';

@Resolver(() => DeadlineType)
export class DeadlineResolver {
  @FieldResolver(() => String, {
    description: 'How its end was computed: the rule set and version, start, days, extension and pause (R-T2)',
  })
  explanation(@Root() d: DeadlineType): string {
    return explain({ ...d, ruleSetCode: d.ruleSet });
  }
}
