import { describe, expect, it } from 'vitest';
import { ROLES } from '@tjxf/domain';
import { PERMISSIONS, ROLE_PERMISSIONS, hasPermission, unassignedPermissions } from '../permissions.js';

describe('permission catalogue', () => {
  it('assigns every permission to someone, and only catalogued permissions', () => {
    expect(unassignedPermissions()).toEqual([]);
    for (const role of ROLES) {
      for (const p of ROLE_PERMISSIONS[role]) expect(Object.keys(PERMISSIONS)).toContain(p);
    }
  });

  it('lets anyone read the unit tree but only staff read petitions', () => {
    expect(hasPermission({ roles: [] }, 'unit:read')).toBe(true);
    expect(hasPermission({ roles: [] }, 'petition:read')).toBe(false);
    expect(hasPermission({ roles: ['CITIZEN'] }, 'petition:read')).toBe(false);
    expect(hasPermission({ roles: ['UNIT_HANDLER'] }, 'petition:read')).toBe(true);
  });

  it('keeps the administrator to accounts and reference data: no petitions, no personal data (issue 8)', () => {
    for (const permission of ['petition:read', 'personal-data:read', 'personal-data:audit'] as const)
      expect(hasPermission({ roles: ['ADMIN'] }, permission)).toBe(false);
    expect(hasPermission({ roles: ['ADMIN'] }, 'account:read-self')).toBe(true);
  });

  it('lets only the administrator manage accounts and read the audit trail', () => {
    for (const permission of ['account:manage', 'audit:read'] as const) {
      expect(hasPermission({ roles: ['ADMIN'] }, permission)).toBe(true);
      for (const role of ROLES.filter((r) => r !== 'ADMIN'))
        expect(hasPermission({ roles: [role] }, permission)).toBe(false);
      expect(hasPermission({ roles: [] }, permission)).toBe(false);
    }
  });

  it('lets only the administrator read the personal-data access log and edit categories and KPI weights (issue 10)', () => {
    for (const permission of ['personal-data:read-log', 'category:manage', 'kpi-weights:manage'] as const) {
      expect(hasPermission({ roles: ['ADMIN'] }, permission)).toBe(true);
      for (const role of ROLES.filter((r) => r !== 'ADMIN'))
        expect(hasPermission({ roles: [role] }, permission)).toBe(false);
      expect(hasPermission({ roles: [] }, permission)).toBe(false);
    }
  });

  it('lets only the petition office read a petition’s event record (issue 9, the audit view)', () => {
    expect(hasPermission({ roles: ['PETITION_OFFICER'] }, 'petition:read-events')).toBe(true);
    for (const role of ROLES.filter((r) => r !== 'PETITION_OFFICER'))
      expect(hasPermission({ roles: [role] }, 'petition:read-events')).toBe(false);
    expect(hasPermission({ roles: [] }, 'petition:read-events')).toBe(false);
  });
});
