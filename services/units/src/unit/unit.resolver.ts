import { UnitKind, UnitLevel } from '@tjxf/domain';
import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { UnitsContext } from '../context.js';
import { UnitType } from './unit.type.js';

@Resolver(() => UnitType)
export class UnitResolver {
  @Query(() => [UnitType], { description: 'Children of a unit, all units of a level, or the top of the tree' })
  units(
    @Ctx() ctx: UnitsContext,
    @Arg('parentId', () => ID, { nullable: true }) parentId?: string | null,
    @Arg('level', () => UnitLevel, { nullable: true }) level?: UnitLevel | null,
    @Arg('kind', () => UnitKind, { nullable: true, description: 'e.g. REGION for the region picker' })
    kind?: UnitKind | null,
  ): Promise<UnitType[]> {
    return ctx.units.list({ parentId: parentId ?? null, level: level ?? null, kind: kind ?? null });
  }

  @Query(() => UnitType, { nullable: true })
  unit(@Ctx() ctx: UnitsContext, @Arg('id', () => ID) id: string): Promise<UnitType | null> {
    return ctx.units.get(id);
  }

  @FieldResolver(() => UnitType, { nullable: true })
  parent(@Root() unit: UnitType, @Ctx() ctx: UnitsContext): Promise<UnitType | null> | null {
    return unit.parentId ? ctx.units.byId.load(unit.parentId) : null;
  }

  @FieldResolver(() => [UnitType])
  children(@Root() unit: UnitType, @Ctx() ctx: UnitsContext): Promise<UnitType[]> {
    return ctx.units.childrenOf.load(unit.id);
  }
}
