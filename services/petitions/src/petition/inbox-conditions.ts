import { PetitionStatus } from '@tjxf/domain';
import type { Viewer } from '@tjxf/tokens';
import type { PetitionFilterInput } from './petition.type.js';

/**
 * The inbox's quick filters (issue 10) as conditions on petitions, added to the viewer's scope:
 * `overdue`, the time limit now running has passed; `myTasks`, one of the viewer's units must
 * act: an open task of theirs (handling as lead unit, co-handling, a report, a competence
 * decision), a registration their petition office has to dispose of, a review they decide.
 */
export function inboxConditions(
  filter: Pick<PetitionFilterInput, 'overdue' | 'myTasks'> | null | undefined,
  viewer: Viewer,
  now: Date,
): Record<string, unknown>[] {
  const conditions: Record<string, unknown>[] = [];
  if (filter?.overdue) conditions.push({ currentDueAt: { $lt: now } });
  if (filter?.myTasks) {
    const units = { $in: viewer.units.map((unit) => unit.id) };
    conditions.push(
      viewer.units.length
        ? {
            $or: [
              { tasks: { $some: { unitId: units, doneAt: null } } },
              { status: PetitionStatus.REGISTERED, receivingUnitId: units },
              { status: { $in: [PetitionStatus.IN_REVIEW, PetitionStatus.IN_RE_REVIEW] }, reviewUnitId: units },
            ],
          }
        : // an account of no unit owes no work on a petition
          { id: null },
    );
  }
  return conditions;
}
