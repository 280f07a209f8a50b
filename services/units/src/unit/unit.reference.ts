import type { UnitsContext } from '../context.js';
import type { UnitType } from './unit.type.js';

/** Units referenced from other subgraphs (a petition's lead unit), batched per request. */
export const unitReference = {
  __resolveReference(reference: { id: string }, ctx: UnitsContext): Promise<UnitType | null> {
    return ctx.units.byId.load(reference.id);
  },
};
