import { invalidField, isRegionCode, unitIdForKey } from '@tjxf/domain';
import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import type { UnitsContext } from '../context.js';
import { UnitType } from '../unit/unit.type.js';

/**
 * Routing rules (R-P6): which kind of department is competent for a category of petition
 * content, by the category code's longest matching prefix. Data, not code paths: a rule names
 * a department by its slug (`zj` housing and construction, `sthj` ecology and environment, …).
 */
export const ROUTING_RULES: readonly { categoryPrefix: string; department: string }[] = [
  { categoryPrefix: '01', department: 'zj' }, // urban and rural construction: demolition, property
  { categoryPrefix: '0103', department: 'cg' }, // city appearance and sanitation: city management
  { categoryPrefix: '02', department: 'gh' }, // land and resources: planning and natural resources
  { categoryPrefix: '03', department: 'sthj' }, // environmental protection
  { categoryPrefix: '04', department: 'gz' }, // economic management, enterprise restructuring
  { categoryPrefix: '05', department: 'rs' }, // labour and social security
];

/** The department slug competent for a category, or null (the government then decides). */
export function departmentFor(categoryCode: string): string | null {
  const matches = ROUTING_RULES.filter((r) => categoryCode.startsWith(r.categoryPrefix));
  return matches.sort((a, b) => b.categoryPrefix.length - a.categoryPrefix.length)[0]?.department ?? null;
}

/**
 * Candidate units for a petition, best first: the competent department of the petition's
 * district, else of the city; then the district's people's government. A suggestion: the
 * petition office decides.
 */
export function candidateIds(categoryCode: string, regionCode: string): string[] {
  const district = regionCode.slice(0, 6);
  const department = departmentFor(categoryCode);
  const keys = [
    ...(department ? [`${district}/${department}`, `120000/${department}`] : []),
    `${district}/government`,
    '120000/government',
  ];
  return [...new Set(keys)].map(unitIdForKey);
}

@Resolver()
export class RoutingResolver {
  @Query(() => [UnitType], {
    description: 'Units competent for a category in a region, best first (R-P6): a suggestion for disposal',
  })
  async routingSuggestions(
    @Ctx() ctx: UnitsContext,
    @Arg('categoryCode', () => String) categoryCode: string,
    @Arg('regionCode', () => String) regionCode: string,
  ): Promise<UnitType[]> {
    if (!isRegionCode(regionCode)) throw invalidField('regionCode', 'INVALID_REGION_CODE');
    if (!/^\d{2,6}$/.test(categoryCode)) throw invalidField('categoryCode', 'INVALID_CATEGORY_CODE');
    const found = await Promise.all(candidateIds(categoryCode, regionCode).map((id) => ctx.units.get(id)));
    return found.filter((u): u is UnitType => u !== null);
  }
}
