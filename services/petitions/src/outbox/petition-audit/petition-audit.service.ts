import type { EntityManager } from '@mikro-orm/core';
import { hasPermission } from '@tjxf/authz';
import { ErrorCode, refuse, type PetitionStatus } from '@tjxf/domain';
import { badCursor, decodeKeyCursor, encodeKeyCursor, pageSize } from '@tjxf/subgraph-kit';
import type { Viewer } from '@tjxf/tokens';
import { NOTHING, riskFor } from '../../personal-data/disclosure.js';
import type { PersonalDataService } from '../../personal-data/personal-data.service.js';
import type { RiskFlag } from '../../petition/petition.entity.js';
import type { PetitionService } from '../../petition/petition.service.js';
import type { PetitionType } from '../../petition/petition.type.js';
import { PetitionAuditEventEntity, type PetitionAuditEvent } from './petition-audit.entity.js';
import type { PetitionEventConnectionType, PetitionEventType } from './petition-audit.type.js';

/** Defaults of a page of the audit view. */
export const PETITION_EVENTS_DEFAULTS = { pageSize: 50, maxPageSize: 200 } as const;

const noSuchPetition = () => refuse(ErrorCode.NOT_FOUND, 'PETITION_NOT_FOUND');

/** The position an `after` cursor names: a keyset cursor of the last event shown. */
function positionAfter(after: string): number {
  const [position] = decodeKeyCursor(after, 1);
  if (!/^\d{1,18}$/.test(position!)) throw badCursor();
  return Number(position);
}

/**
 * The audit view of a petition's events, for the petition office (`petition:read-events`):
 * only a petition within the viewer's scope (a unit reported on finds nothing), and only as
 * much of who acted as the petition's disclosure rule lets the viewer know.
 */
export class PetitionAuditService {
  constructor(
    private readonly em: EntityManager,
    private readonly viewer: Viewer,
    private readonly petitions: PetitionService,
    private readonly personalData: PersonalDataService,
  ) {}

  async events(petitionId: string, first?: number | null, after?: string | null): Promise<PetitionEventConnectionType> {
    if (!hasPermission(this.viewer, 'petition:read-events')) throw noSuchPetition();
    const size = pageSize(first, PETITION_EVENTS_DEFAULTS);
    const from = after != null ? positionAfter(after) : null;
    const petition = await this.petitions.get(petitionId);
    if (!petition) throw noSuchPetition();
    const rows = await this.em.find(
      PetitionAuditEventEntity,
      { petitionId: petition.id, ...(from != null ? { position: { $gt: from } } : {}) },
      { orderBy: { position: 'asc' }, limit: size + 1 },
    );
    const page = rows.slice(0, size);
    return {
      nodes: page.map((row) => this.shown(petition, row)),
      pageInfo: {
        hasNextPage: rows.length > size,
        endCursor: page.length ? encodeKeyCursor([String(page.at(-1)!.position)]) : null,
      },
    };
  }

  /** An event as the viewer may see it: the petitioner's account and flags about the person only if it may know who that is. */
  private shown(petition: PetitionType, row: PetitionAuditEvent): PetitionEventType {
    const { from, to, unitId, actorId, ...rest } = row.payload as Record<string, unknown>;
    if (!this.personalData.disclosure(petition).identity) {
      delete rest.repeatOfId;
      if (Array.isArray(rest.riskFlags)) {
        const risk = riskFor(NOTHING, rest.riskFlags as RiskFlag[], Number(rest.riskLevel));
        Object.assign(rest, { riskFlags: risk.flags, riskLevel: risk.level });
      }
    }
    const actor = this.personalData.actor(petition, typeof actorId === 'string' ? actorId : null);
    return {
      position: String(row.position),
      type: row.type,
      version: row.version,
      occurredAt: row.occurredAt,
      actor: actor ? { id: actor } : null,
      unit: typeof unitId === 'string' ? { id: unitId } : null,
      fromStatus: (from as PetitionStatus | undefined) ?? null,
      toStatus: (to as PetitionStatus | undefined) ?? null,
      details: JSON.stringify(rest),
    };
  }
}
