import type { Official } from './official.entity.js';
import type { OfficialType } from './official.type.js';

/** What the API shows of an official. */
export function toOfficialType(o: Official): OfficialType {
  return { id: o.id, name: o.name, kind: o.kind, title: o.title, regionCode: o.regionCode, unitId: o.unitId ?? null };
}
