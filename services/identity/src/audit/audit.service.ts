import type { EntityManager, FilterQuery } from '@mikro-orm/core';
import { invalidField, isUuid } from '@tjxf/domain';
import { AuthEventEntity, type AuthEvent } from '../auth/auth.entity.js';
import { badCursor, decodeKeyCursor, encodeKeyCursor, toConnection } from '@tjxf/subgraph-kit';
import { identityPageSize } from '../pagination.js';
import type { AuditEventConnectionType, AuditEventType, AuditLogFilterInput } from './audit.type.js';

/** The audit trail, newest first, for whoever may read it (`audit:read`). */
export class AuditService {
  constructor(private readonly em: EntityManager) {}

  async list(
    filter: AuditLogFilterInput | null | undefined,
    first?: number | null,
    after?: string | null,
  ): Promise<AuditEventConnectionType> {
    const size = identityPageSize(first);
    const conditions: FilterQuery<AuthEvent>[] = [];
    for (const field of ['accountId', 'actorId'] as const) {
      const id = filter?.[field];
      if (id == null) continue;
      if (!isUuid(id)) throw invalidField(`filter.${field}`, 'INVALID_ACCOUNT_ID');
      conditions.push({ [field]: id });
    }
    if (filter?.kinds?.length) conditions.push({ kind: { $in: filter.kinds } });
    if (filter?.from) conditions.push({ at: { $gte: filter.from } });
    if (filter?.to) conditions.push({ at: { $lt: filter.to } });
    const where: FilterQuery<AuthEvent> = { $and: conditions };
    let page = where;
    if (after) {
      const [at, id] = decodeKeyCursor(after, 2) as [string, string];
      const when = new Date(at);
      if (Number.isNaN(when.getTime()) || !isUuid(id)) throw badCursor();
      page = { $and: [...conditions, { $or: [{ at: { $lt: when } }, { at: when, id: { $lt: id } }] }] };
    }
    const [rows, totalCount] = await Promise.all([
      this.em.find(AuthEventEntity, page, { orderBy: [{ at: 'desc' }, { id: 'desc' }], limit: size + 1 }),
      this.em.fork().count(AuthEventEntity, where),
    ]);
    return toConnection(rows, size, totalCount, toAuditEventType, (e) => encodeKeyCursor([e.at.toISOString(), e.id]));
  }
}

const toAuditEventType = (e: AuthEvent): AuditEventType => ({
  id: e.id,
  at: e.at,
  kind: e.kind,
  accountId: e.accountId ?? null,
  username: e.username,
  actorId: e.actorId ?? null,
  actorUsername: e.actorUsername ?? null,
  ip: e.ip ?? null,
  detail: e.detail ? JSON.stringify(e.detail) : null,
});
