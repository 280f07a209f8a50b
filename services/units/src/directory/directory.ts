import type { MikroORM } from '@tjxf/db-kit';
import { UnitKind, UnitLevel, isUuid, type UnitDirectoryEntry } from '@tjxf/domain';
import type { FastifyInstance } from 'fastify';
import { UnitEntity, type Unit } from '../unit/unit.entity.js';

/**
 * The unit directory: every unit that takes part in the procedure, with the units that
 * review it. Jurisdiction stays here, in the units subgraph; the petitions subgraph reads it
 * from `GET /internal/directory` with its service token.
 */
export function buildDirectory(units: Unit[]): UnitDirectoryEntry[] {
  const byId = new Map(units.map((u) => [u.id, u]));
  // the people's government of each region, by the region unit's id
  const governmentOfRegion = new Map<string, string>();
  for (const u of units) if (u.kind === UnitKind.GOVERNMENT && u.parent) governmentOfRegion.set(u.parent.id, u.id);
  const regionOf = (u: Unit): Unit | undefined =>
    u.kind === UnitKind.REGION ? u : u.parent ? byId.get(u.parent.id) : undefined;
  const higherGovernment = (region: Unit | undefined): string | null => {
    for (
      let r = region?.parent ? byId.get(region.parent.id) : undefined;
      r;
      r = r.parent ? byId.get(r.parent.id) : undefined
    ) {
      const government = governmentOfRegion.get(r.id);
      if (government) return government;
    }
    return null;
  };
  return units.map((u) => {
    const region = regionOf(u);
    const sameLevel = region ? (governmentOfRegion.get(region.id) ?? null) : null;
    const reviewUnitId =
      u.kind === UnitKind.REGION ? null : u.kind === UnitKind.GOVERNMENT ? higherGovernment(region) : sameLevel;
    const reviewUnit = reviewUnitId ? byId.get(reviewUnitId) : undefined;
    const reReviewUnitId = reviewUnit ? higherGovernment(regionOf(reviewUnit)) : null;
    return {
      id: u.id,
      parentId: u.parent?.id ?? null,
      name: u.name,
      level: u.level,
      kind: u.kind,
      regionCode: u.regionCode,
      ruleSetCode: u.ruleSetCode,
      // the city government has nobody above it in Tianjin: it reviews and re-reviews itself
      reviewUnitId: reviewUnitId ?? (u.kind === UnitKind.REGION ? null : sameLevel),
      reReviewUnitId: reReviewUnitId ?? reviewUnitId ?? (u.kind === UnitKind.REGION ? null : sameLevel),
    };
  });
}

// communities do not handle petitions themselves: the street above them does
const directoryUnits = (orm: MikroORM) => orm.em.fork().find(UnitEntity, { level: { $ne: UnitLevel.COMMUNITY } });

/** The directory as `/internal/directory` serves it. */
export async function readDirectory(orm: MikroORM): Promise<UnitDirectoryEntry[]> {
  return buildDirectory(await directoryUnits(orm));
}

/** Most ids one `/internal/units` call may ask for. */
export const UNIT_LOOKUP_MAX_IDS = 100;

/**
 * `GET /internal/directory`: for trusted services only (their service token). And
 * `GET /internal/units?ids=a,b`: any units by id, communities too, with their region code (the
 * identity service checks a membership's unit and copies its region code into the account).
 */
export async function directoryRoutes(app: FastifyInstance, orm: MikroORM) {
  app.get<{ Querystring: { ids?: string } }>('/internal/units', async (request, reply) => {
    const ids = [...new Set((request.query.ids ?? '').split(',').filter(Boolean))];
    if (ids.length > UNIT_LOOKUP_MAX_IDS || !ids.every(isUuid))
      return reply.code(400).send({ error: `ids: up to ${UNIT_LOOKUP_MAX_IDS} unit ids, comma-separated` });
    const units = ids.length ? await orm.em.fork().find(UnitEntity, { id: { $in: ids } }) : [];
    return reply.send({ units: units.map((u) => ({ id: u.id, name: u.name, regionCode: u.regionCode })) });
  });

  app.get('/internal/directory', async (request, reply) => {
    const units = await directoryUnits(orm);
    const latest = units.reduce((max, u) => Math.max(max, u.updatedAt.getTime()), 0);
    const etag = `"${units.length}-${latest}"`;
    // a copy that is still current is revalidated without sending the directory again
    if (request.headers['if-none-match'] === etag) return reply.code(304).header('etag', etag).send();
    return reply.header('etag', etag).send({ units: buildDirectory(units) });
  });
}
