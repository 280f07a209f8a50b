import type { EntityManager } from '@mikro-orm/core';
import { newId, type PetitionStatus } from '@tjxf/domain';
import { PetitionHistoryEntity, type Petition } from './petition.entity.js';

/** One entry of a petition's timeline; what is not given is null. */
export interface HistoryEntry {
  at: Date;
  action: string;
  /** Whether the petitioner sees it: no internal notes, no staff-only steps. */
  visibleToPetitioner: boolean;
  actorId?: string | null;
  actorUnitId?: string | null;
  fromStatus?: PetitionStatus | null;
  toStatus?: PetitionStatus | null;
  note?: string | null;
}

/** Adds an entry to the timeline, in the caller's transaction (with its outbox event). */
export function addHistory(tx: EntityManager, petition: Petition, entry: HistoryEntry): void {
  tx.create(PetitionHistoryEntity, {
    id: newId(),
    petition,
    actorId: null,
    actorUnitId: null,
    fromStatus: null,
    toStatus: null,
    note: null,
    ...entry,
  });
}
