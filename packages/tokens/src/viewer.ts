import { z } from 'zod';
import { RepresentativeKind, Role } from '@tjxf/domain';

export const unitMembershipSchema = z.object({
  id: z.string().uuid(),
  /** GB/T 2260 code of the region the unit belongs to (its area of work). */
  regionCode: z.string().regex(/^\d{6,12}$/),
});
export type UnitMembership = z.infer<typeof unitMembershipSchema>;

/** Longest user agent kept: enough to tell browsers apart, not a way to grow every token. */
export const USER_AGENT_MAX_LENGTH = 200;

/** Who is calling, as the gateway vouches for it to the subgraphs. */
export const viewerSchema = z.object({
  accountId: z.string().uuid().nullable(),
  username: z.string().nullable(),
  roles: z.array(z.enum(Role)),
  units: z.array(unitMembershipSchema),
  representativeKind: z.enum(RepresentativeKind).nullable(),
  /** The caller's address as the gateway saw it, for rate limits and audit. */
  ip: z.string().nullable(),
  /** The signed-in session (the access token's `sid`): what `logout` ends. */
  sessionId: z.string().uuid().nullable().optional(),
  /** The caller's browser or client as it names itself (shortened), recorded with a new session. */
  userAgent: z.string().max(USER_AGENT_MAX_LENGTH).nullable().optional(),
});
export type Viewer = z.infer<typeof viewerSchema>;

export const anonymousViewer = (ip: string | null = null): Viewer => ({
  accountId: null,
  username: null,
  roles: [],
  units: [],
  representativeKind: null,
  ip,
});
