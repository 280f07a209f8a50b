import type { Role } from '@tjxf/graphql-client';

/** The four portals and who each is for (CONTRACT.md, issue 2). */
export const PORTALS = {
  citizen: { roles: ['CITIZEN'] },
  // leaders also work cases there: they issue supervision orders and, for their government,
  // decide disputed competence (R-SUP, R-P7); their dashboard is the overview
  workbench: { roles: ['PETITION_OFFICER', 'UNIT_HANDLER', 'UNIT_HEAD', 'LEADER', 'ADMIN'] },
  // petition offices read their area's dashboard too (issue 12)
  leadership: { roles: ['LEADER', 'PETITION_OFFICER'] },
  liaison: { roles: ['REPRESENTATIVE'] },
} as const satisfies Record<string, { roles: readonly Role[] }>;

export type PortalId = keyof typeof PORTALS;
export const PORTAL_IDS = Object.keys(PORTALS) as PortalId[];

/** Where a portal is served by the gateway (an absolute path on the same origin). */
export const portalPath = (portal: PortalId): string => `/${portal}/`;

/** Whether an account (or nobody, when signed out) has one of the roles. */
export const hasAnyRole = (roles: readonly Role[] | undefined, wanted: readonly Role[]): boolean =>
  (roles ?? []).some((role) => wanted.includes(role));

export const canUsePortal = (portal: PortalId, roles: readonly Role[]): boolean =>
  hasAnyRole(roles, PORTALS[portal].roles);

/** The portals an account may use, to send someone who came to the wrong one. */
export const portalsFor = (roles: readonly Role[]): PortalId[] => PORTAL_IDS.filter((p) => canUsePortal(p, roles));
