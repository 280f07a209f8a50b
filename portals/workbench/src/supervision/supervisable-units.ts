import type { StaffPetition } from '../petition/petition-query';

/** How a unit stands to the petition, as the form names it. */
export type UnitRole = 'lead' | 'coHandling' | 'review';

export interface SupervisableUnit {
  id: string;
  name: string;
  role: UnitRole;
}

/**
 * The units a supervision order may go to (R-SUP): the lead unit first (the server's default
 * too), then the co-handling units, then the unit reviewing it; each once, by its first role.
 */
export function supervisableUnits(
  petition: Pick<StaffPetition, 'leadUnit' | 'coHandlingUnits' | 'reviewUnit'>,
): SupervisableUnit[] {
  const units: SupervisableUnit[] = [
    ...(petition.leadUnit ? [{ id: petition.leadUnit.id, name: petition.leadUnit.name, role: 'lead' as const }] : []),
    ...petition.coHandlingUnits.map(({ id, name }) => ({ id, name, role: 'coHandling' as const })),
    ...(petition.reviewUnit
      ? [{ id: petition.reviewUnit.id, name: petition.reviewUnit.name, role: 'review' as const }]
      : []),
  ];
  return units.filter((unit, i) => units.findIndex((other) => other.id === unit.id) === i);
}
