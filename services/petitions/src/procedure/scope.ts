import type { Viewer } from '@tjxf/tokens';
import { petitionScope, scopeCondition } from '../petition/petition.scope.js';
import { TrackedPetition } from '../tracking/tracking.service.js';

/**
 * Which petition a step is on: an id, looked up within the viewer's scope, or the petition a
 * tracking look-up proved the request's petitioner of. No caller can ask for a step outside both.
 */
export type StepTarget = string | TrackedPetition;

/** The condition a step loads its petition with (R-NET, R-P12): pure, the same for every step. */
export function stepCondition(viewer: Viewer, target: StepTarget): Record<string, unknown> {
  if (target instanceof TrackedPetition) return { id: target.petitionId };
  return { $and: [{ id: target }, scopeCondition(petitionScope(viewer))] };
}

/** The petition the request proved, by tracking code and phone, it is the petitioner of; else null. */
export const trackedPetitionIdOf = (target: StepTarget): string | null =>
  target instanceof TrackedPetition ? target.petitionId : null;
