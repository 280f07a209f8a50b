import type { EntityManager } from '@mikro-orm/core';
import { hasPermission } from '@tjxf/authz';
import { DomainError, ErrorCode, badInput, type PetitionStatus } from '@tjxf/domain';
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

const noSuchPetition = () =>
  new DomainError(ErrorCode.NOT_FOUND, '未找到该信访事项。No such petition, or not one you may see.');

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
    const size = first ?? PETITION_EVENTS_DEFAULTS.pageSize;
    if (!Number.isInteger(size) || size < 1 || size > PETITION_EVENTS_DEFAULTS.maxPageSize)
      throw badInput(
        'first',
        `每次可取1到${PETITION_EVENTS_DEFAULTS.maxPageSize}条。Ask for 1 to ${PETITION_EVENTS_DEFAULTS.maxPageSize} events at a time.`,
      );
    if (after != null && !/^\d{1,18}$/.test(after))
      throw badInput('after', '翻页位置无效。`after` must be the position of an event.');
    const petition = await this.petitions.get(petitionId);
    if (!petition) throw noSuchPetition();
    const rows = await this.em.find(
      PetitionAuditEventEntity,
      { petitionId: petition.id, ...(after != null ? { position: { $gt: Number(after) } } : {}) },
      { orderBy: { position: 'asc' }, limit: size + 1 },
    );
    const page = rows.slice(0, size);
    return {
      nodes: page.map((row) => this.shown(petition, row)),
      pageInfo: { hasNextPage: rows.length > size, endCursor: page.length ? String(page.at(-1)!.position) : null },
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
