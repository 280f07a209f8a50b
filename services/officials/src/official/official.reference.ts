import type { OfficialsContext } from '../context.js';
import type { OfficialType } from './official.type.js';

export const officialReference = {
  __resolveReference(reference: { id: string }, ctx: OfficialsContext): Promise<OfficialType | null> {
    return ctx.officials.byId.load(reference.id);
  },
};
