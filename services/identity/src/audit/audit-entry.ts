import { newId } from '@tjxf/domain';
import type { AuthEventKind } from '../auth/auth.entity.js';

/** Someone named in the audit trail. */
export interface AuditParty {
  id: string | null;
  username: string;
}

export interface AuditEntry {
  kind: AuthEventKind;
  /** The account concerned; id null when a sign-in named no account. */
  account: AuditParty;
  /** Who acted: the administrator, or the account itself; null for a failed sign-in. */
  actor: AuditParty | null;
  /** The address the request came from. */
  ip: string | null;
  detail?: Record<string, unknown>;
}

/** A row of `auth_event`, for `em.create` (committed with the change) or `em.insert`. */
export function auditRow(entry: AuditEntry) {
  return {
    id: newId(),
    at: new Date(),
    kind: entry.kind,
    accountId: entry.account.id,
    username: entry.account.username.slice(0, 64),
    ip: entry.ip?.slice(0, 64) ?? null,
    actorId: entry.actor?.id ?? null,
    actorUsername: entry.actor?.username.slice(0, 64) ?? null,
    detail: entry.detail ?? null,
  };
}
