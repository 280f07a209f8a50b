import { UnitRef } from '@tjxf/subgraph-kit';
import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { OfficialsContext } from '../context.js';
import { OfficialFilterInput, OfficialType } from './official.type.js';

@Resolver(() => OfficialType)
export class OfficialResolver {
  @Query(() => [OfficialType], { description: 'Leaders and representatives, by kind and area' })
  officials(
    @Ctx() ctx: OfficialsContext,
    @Arg('filter', () => OfficialFilterInput, { nullable: true }) filter?: OfficialFilterInput | null,
  ): Promise<OfficialType[]> {
    return ctx.officials.list(filter);
  }

  @FieldResolver(() => UnitRef, { nullable: true })
  unit(@Root() official: OfficialType): UnitRef | null {
    return official.unitId ? { id: official.unitId } : null;
  }
}
