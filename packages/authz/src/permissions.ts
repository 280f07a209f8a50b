import { Role } from '@tjxf/domain';
import type { Viewer } from '@tjxf/tokens';

/**
 * The permission catalogue: every `resource:action` the platform checks, with what it lets
 * one do. Roles are granted permissions below; rules and services ask for permissions,
 * never for roles, so who-may-do-what is data in one place.
 */
export const PERMISSIONS = {
  'account:read-self': 'see one’s own account, roles and units',
  'unit:read': 'read the unit tree (public: citizens pick their region from it)',
  'unit:manage-rule-set': 'switch the rule set of time limits a unit works under (R-T1)',
  'calendar:publish':
    'enter the State Council’s holiday arrangement of a year; running deadlines are counted again (R-T1)',
  'petition:read': 'read petitions within one’s scope',
  'petition:submit': 'file a petition online (signed in or not)',
  'petition:track': 'follow a petition with its tracking code and phone (no sign-in)',
  'petition:read-own': 'read the petitions one filed oneself',
  'petition:register': 'register a letter, visit, call, fax or email as a petition',
  'petition:dispose': 'forward, assign or redirect petitions within one’s area (R-P6)',
  'petition:handle': 'accept, decline, object to and reply to the petitions of one’s unit (R-P7, R-P8)',
  'petition:extend': 'approve one extension of handling for one’s unit (R-P8)',
  'petition:evaluate': 'rate how one’s own petition was handled (R-P13; also by tracking code)',
  'petition:request-review': 'ask for review or re-review of a reply (R-P10)',
  'petition:decide-review': 'decide a review or re-review for one’s unit or area (R-P10)',
  'petition:decide-competence': 'decide which unit is competent when units dispute it, as their common superior (R-P7)',
  'petition:read-events':
    'read the event record of a petition in one’s area (the audit view of the outbox, petition offices only)',
  'supervision:issue': 'issue supervision orders about petitions in one’s area (R-SUP)',
  'supervision:answer': 'answer supervision orders addressed to one’s unit (R-P11)',
  'personal-data:read': 'see petitioners’ ID numbers unmasked (every read is recorded)',
  'key-person:manage':
    'keep the register of key persons of one’s area: list (logged), mark with a basis and a review date, remove with a reason (R-P5)',
  'key-person:audit': 'read who listed or changed a mark on the key-person register of one’s area (R-P5)',
  // issue 11, the remaining steps
  'petition:follow-up': 'report the follow-up of an unsatisfied rating of one’s unit or office (R-P13)',
  'personal-data:audit':
    'read who saw unmasked personal data of petitions one supervises (the area’s petition office; a unit head for its staff)',
  'official:read': 'read the register of officials and representatives',
  'stats:read': 'read statistics and KPI settings',
  'account:manage':
    'list accounts, create them, disable and enable them, reset their passwords, change their roles and units',
  'audit:read': 'read the security audit trail: sign-ins and what was done to which account',
  // the administration console (issue 10)
  'personal-data:read-log':
    'read the log of every read of unmasked personal data across petitions: who, when, which tracking code, what kind; never the data nor the petition',
  'category:manage': 'add, rename and retire petition categories and mark hot topics (R-HOT); codes stay',
  'kpi-weights:manage': 'set a KPI weight scheme as a new version effective from a date (R-PERF)',
} as const;
export type Permission = keyof typeof PERMISSIONS;

/** What anyone may do, signed in or not. */
export const PUBLIC_PERMISSIONS: readonly Permission[] = [
  'unit:read',
  'petition:submit',
  'petition:track',
  // with the tracking code and phone, checked like tracking
  'petition:evaluate',
];

const STAFF: Permission[] = ['account:read-self', 'petition:read', 'official:read'];

/** What each role may do on top of the public permissions. */
export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  [Role.CITIZEN]: ['account:read-self', 'petition:read-own', 'petition:request-review'],
  [Role.PETITION_OFFICER]: [
    ...STAFF,
    'stats:read',
    'petition:register',
    'personal-data:read',
    'personal-data:audit',
    'petition:read-events',
    'petition:dispose',
    'petition:request-review',
    'petition:decide-review',
    'supervision:issue',
    'key-person:manage',
    // issue 11: the office rated UNSATISFIED follows up itself (R-P13)
    'petition:follow-up',
  ],
  [Role.UNIT_HANDLER]: [
    ...STAFF,
    'petition:handle',
    'petition:decide-review',
    'petition:decide-competence',
    'supervision:answer',
    // issue 11
    'petition:follow-up',
  ],
  [Role.UNIT_HEAD]: [
    ...STAFF,
    'stats:read',
    'petition:handle',
    'petition:extend',
    'petition:decide-review',
    'petition:decide-competence',
    'supervision:answer',
    'personal-data:audit',
    // issue 11
    'petition:follow-up',
  ],
  // a government's leaders decide disputed competence among the units under it (R-P7)
  // and supervise the key-person register of their area: who read or changed a mark (R-P5)
  [Role.LEADER]: [...STAFF, 'stats:read', 'supervision:issue', 'petition:decide-competence', 'key-person:audit'],
  [Role.REPRESENTATIVE]: ['account:read-self', 'official:read'],
  // accounts and reference data, not petitions (least privilege, issue 8)
  [Role.ADMIN]: [
    'account:read-self',
    'official:read',
    'stats:read',
    'account:manage',
    'audit:read',
    'unit:manage-rule-set',
    'calendar:publish',
    // the administration console (issue 10)
    'personal-data:read-log',
    'category:manage',
    'kpi-weights:manage',
  ],
};

export function hasPermission(viewer: Pick<Viewer, 'roles'>, permission: Permission): boolean {
  return (
    PUBLIC_PERMISSIONS.includes(permission) || viewer.roles.some((role) => ROLE_PERMISSIONS[role]?.includes(permission))
  );
}

/** Permissions that no role and no public grant gives: a catalogue entry nobody can use. */
export function unassignedPermissions(): Permission[] {
  const granted = new Set<Permission>([...PUBLIC_PERMISSIONS, ...Object.values(ROLE_PERMISSIONS).flat()]);
  return (Object.keys(PERMISSIONS) as Permission[]).filter((p) => !granted.has(p));
}

/** Stops start-up when the catalogue has a permission that nobody holds (a likely typo). */
export function assertPermissionsAssigned(): void {
  const unassigned = unassignedPermissions();
  if (unassigned.length) throw new Error(`permissions granted to no role: ${unassigned.join(', ')}`);
}
