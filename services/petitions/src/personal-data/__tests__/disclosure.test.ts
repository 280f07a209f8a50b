import { PetitionKind, Role } from '@tjxf/domain';
import { anonymousViewer, type Viewer } from '@tjxf/tokens';
import { describe, expect, it } from 'vitest';
import { NOTHING, disclosureFor, narrower, publishable, riskFor } from '../disclosure.js';

const HOUSING = '0193c2a0-0000-7000-8000-000000000001';
const OFFICE = '0193c2a0-0000-7000-8000-000000000002';
const CITIZEN = '0193c2a0-0000-7000-8000-000000000003';
const viewer = (role: Role, unitId: string | null, accountId = '0193c2a0-0000-7000-8000-0000000000aa'): Viewer => ({
  ...anonymousViewer(),
  accountId,
  roles: [role],
  units: unitId ? [{ id: unitId, regionCode: '120103' }] : [],
});
const report = {
  kind: PetitionKind.REPORT,
  confidential: false,
  respondentUnitId: HOUSING,
  leadUnitId: null,
  submitterAccountId: CITIZEN,
};

describe('the disclosure rule (R-P12)', () => {
  it('tells the unit reported on nothing, and the petition office everything', () => {
    expect(disclosureFor(viewer(Role.UNIT_HEAD, HOUSING), report)).toEqual(NOTHING);
    expect(disclosureFor(viewer(Role.PETITION_OFFICER, OFFICE), report)).toEqual({
      identity: true,
      contact: true,
      idNumber: true,
    });
  });

  it('shows a petition reached from another no more than that one', () => {
    const office = disclosureFor(viewer(Role.PETITION_OFFICER, OFFICE), report);
    expect(narrower(office, { identity: true, contact: false, idNumber: false })).toEqual({
      identity: true,
      contact: false,
      idNumber: false,
    });
  });

  it('keeps flags about the person from a viewer who may not know who it is', () => {
    expect(riskFor(NOTHING, ['REPEAT', 'KEY_PERSON', 'COLLECTIVE'], 2)).toEqual({ flags: ['COLLECTIVE'], level: 1 });
    expect(riskFor({ ...NOTHING, identity: true }, ['KEY_PERSON'], 2)).toEqual({ flags: ['KEY_PERSON'], level: 2 });
  });

  it('publishes events of a report without the petitioner’s account, the repeat link or person flags', () => {
    const payload = { kind: 'REPORT', repeatOfId: 'x', actorId: CITIZEN, riskFlags: ['REPEAT'], riskLevel: 1 };
    expect(publishable(report, payload)).toEqual({ kind: 'REPORT', riskFlags: [], riskLevel: 0 });
    // staff who act stay; a complaint nobody must be kept from is published as it is
    expect(publishable(report, { actorId: 'staff' })).toEqual({ actorId: 'staff' });
    const complaint = { ...report, kind: PetitionKind.COMPLAINT };
    expect(publishable(complaint, payload)).toBe(payload);
  });
});
