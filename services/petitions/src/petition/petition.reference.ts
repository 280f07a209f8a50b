import type { PetitionsContext } from '../context.js';
import type { PetitionType } from './petition.type.js';

/** Petitions referenced from other subgraphs: the same scope check as a direct read. */
export const petitionReference = {
  __resolveReference(reference: { id: string }, ctx: PetitionsContext): Promise<PetitionType | null> {
    return ctx.petitions.byId.load(reference.id);
  },
};
