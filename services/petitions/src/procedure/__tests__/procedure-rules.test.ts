import { PetitionStatus, Role } from '@tjxf/domain';
import type { Viewer } from '@tjxf/tokens';
import { describe, expect, it } from 'vitest';
import { mayAct, type ActingContext } from '../permissions.js';
import { stepCondition, trackedPetitionIdOf } from '../scope.js';
import { PetitionAction } from '../state-machine.js';
import { timingRefusal, type StepFacts } from '../timing.js';

// The procedure's rules as pure functions, without a database (issue 9, item 2).
const NOW = new Date('2026-11-30T04:00:00Z');
const LATER = new Date('2026-12-30T04:00:00Z');
const EARLIER = new Date('2026-11-01T04:00:00Z');
const HEXI_HOUSING = { id: 'u-zj', regionCode: '120103' };
const HEXI_OFFICE = { id: 'u-xfb', regionCode: '120103' };

const viewer = (roles: Role[], units = [HEXI_HOUSING], accountId: string | null = 'a-1'): Viewer => ({
  accountId,
  username: null,
  roles,
  units,
  representativeKind: null,
  ip: null,
});
const petition = {
  id: 'p-1',
  regionCode: '120103003',
  leadUnitId: HEXI_HOUSING.id,
  submitterAccountId: 'citizen-1',
  receivingUnitId: HEXI_OFFICE.id,
};
const ctx = (over: Partial<ActingContext> = {}): ActingContext => ({
  reviewUnit: null,
  decidingUnit: null,
  recused: false,
  trackedPetitionId: null,
  ...over,
});
const facts = (open: Partial<StepFacts['open'][number]>[] = [], over: Partial<StepFacts> = {}): StepFacts => ({
  open: open.map((d) => ({
    kind: 'HANDLING',
    dueAt: LATER,
    days: 15,
    extensionDays: 0,
    pausedAt: null,
    unitId: null,
    ...d,
  })),
  evaluations: 0,
  objections: 0,
  ...over,
});
const at = (status: PetitionStatus, mediated = false) => ({ status, mediated });

describe('timing rules (R-P7, R-P8, R-P10, R-P13)', () => {
  it('closes the objection window at its end, naming its days', () => {
    const window = { kind: 'OBJECTION' as const, days: 5 };
    const status = at(PetitionStatus.AWAITING_ACCEPTANCE);
    expect(timingRefusal(status, PetitionAction.OBJECT, facts([{ ...window, dueAt: LATER }]), NOW)).toBeNull();
    expect(timingRefusal(status, PetitionAction.OBJECT, facts([{ ...window, dueAt: EARLIER }]), NOW)).toEqual({
      reason: 'OBJECTION_WINDOW_PASSED',
      params: { days: 5 },
    });
    expect(timingRefusal(status, PetitionAction.OBJECT, facts(), NOW)?.reason).toBe(
      'OBJECTION_AFTER_COMPETENCE_DECIDED',
    );
  });

  it('extends handling once only', () => {
    const status = at(PetitionStatus.ACCEPTED);
    expect(timingRefusal(status, PetitionAction.EXTEND, facts([{}]), NOW)).toBeNull();
    expect(timingRefusal(status, PetitionAction.EXTEND, facts([{ extensionDays: 15 }]), NOW)?.reason).toBe(
      'EXTENSION_ALREADY_GRANTED',
    );
    expect(timingRefusal(status, PetitionAction.EXTEND, facts(), NOW)?.reason).toBe('NO_HANDLING_TO_EXTEND');
  });

  it('takes a review request within its window, a re-review within the re-review window, none after mediation', () => {
    const review = { kind: 'REVIEW_REQUEST' as const, days: 30 };
    expect(timingRefusal(at(PetitionStatus.REPLIED), PetitionAction.REQUEST_REVIEW, facts([review]), NOW)).toBeNull();
    expect(
      timingRefusal(
        at(PetitionStatus.REPLIED),
        PetitionAction.REQUEST_REVIEW,
        facts([{ ...review, dueAt: EARLIER }]),
        NOW,
      ),
    ).toEqual({ reason: 'REVIEW_WINDOW_PASSED', params: { days: 30 } });
    // after a review, only the re-review window counts
    expect(
      timingRefusal(at(PetitionStatus.REVIEWED), PetitionAction.REQUEST_REVIEW, facts([review]), NOW)?.reason,
    ).toBe('REVIEW_WINDOW_CLOSED');
    expect(
      timingRefusal(at(PetitionStatus.REPLIED, true), PetitionAction.REQUEST_REVIEW, facts([review]), NOW)?.reason,
    ).toBe('NO_REVIEW_AFTER_MEDIATION');
  });

  it('holds one hearing at a time on the running review clock', () => {
    const status = at(PetitionStatus.IN_REVIEW);
    const running = facts([{ kind: 'REVIEW' }]);
    const paused = facts([{ kind: 'REVIEW', pausedAt: EARLIER }]);
    expect(timingRefusal(status, PetitionAction.HOLD_HEARING, running, NOW)).toBeNull();
    expect(timingRefusal(status, PetitionAction.HOLD_HEARING, paused, NOW)?.reason).toBe('HEARING_ALREADY_UNDER_WAY');
    expect(timingRefusal(status, PetitionAction.END_HEARING, running, NOW)?.reason).toBe('NO_HEARING_UNDER_WAY');
    expect(timingRefusal(status, PetitionAction.END_HEARING, paused, NOW)).toBeNull();
    // a re-review is paused on its own clock
    expect(timingRefusal(at(PetitionStatus.IN_RE_REVIEW), PetitionAction.HOLD_HEARING, running, NOW)?.reason).toBe(
      'NO_REVIEW_CLOCK',
    );
  });

  it('keeps disposal away from a petition whose competence the common superior is deciding', () => {
    const status = at(PetitionStatus.REGISTERED);
    const deciding = facts([{ kind: 'COMPETENCE_DECISION' }]);
    expect(timingRefusal(status, PetitionAction.FORWARD, deciding, NOW)?.reason).toBe('COMPETENCE_BEING_DECIDED');
    expect(timingRefusal(status, PetitionAction.REFER_COMPETENCE, deciding, NOW)?.reason).toBe(
      'COMPETENCE_ALREADY_REFERRED',
    );
    expect(timingRefusal(status, PetitionAction.REFER_COMPETENCE, facts(), NOW)?.reason).toBe(
      'COMPETENCE_NOT_DISPUTED',
    );
    expect(timingRefusal(status, PetitionAction.REFER_COMPETENCE, facts([], { objections: 1 }), NOW)).toBeNull();
    expect(timingRefusal(status, PetitionAction.DECIDE_COMPETENCE, facts(), NOW)?.reason).toBe(
      'NO_COMPETENCE_DISPUTE_PENDING',
    );
    expect(timingRefusal(status, PetitionAction.DECIDE_COMPETENCE, deciding, NOW)).toBeNull();
  });

  it('rates each target once: two ratings in all', () => {
    const status = at(PetitionStatus.REPLIED);
    expect(timingRefusal(status, PetitionAction.EVALUATE, facts([], { evaluations: 1 }), NOW)).toBeNull();
    expect(timingRefusal(status, PetitionAction.EVALUATE, facts([], { evaluations: 2 }), NOW)?.reason).toBe(
      'ALREADY_RATED',
    );
  });
});

describe('who may act (mayAct)', () => {
  it('lets the lead unit’s handler accept and reply, only its head extend', () => {
    const handler = viewer([Role.UNIT_HANDLER]);
    const head = viewer([Role.UNIT_HEAD]);
    expect(mayAct(handler, petition, PetitionAction.ACCEPT, ctx())).toBe(true);
    expect(mayAct(handler, petition, PetitionAction.EXTEND, ctx())).toBe(false);
    expect(mayAct(head, petition, PetitionAction.EXTEND, ctx())).toBe(true);
    const otherUnit = viewer([Role.UNIT_HEAD], [{ id: 'u-other', regionCode: '120103' }]);
    expect(mayAct(otherUnit, petition, PetitionAction.ACCEPT, ctx())).toBe(false);
  });

  it('lets petition officers dispose within their area only', () => {
    expect(mayAct(viewer([Role.PETITION_OFFICER], [HEXI_OFFICE]), petition, PetitionAction.FORWARD, ctx())).toBe(true);
    const binhai = viewer([Role.PETITION_OFFICER], [{ id: 'u-bh', regionCode: '120116' }]);
    expect(mayAct(binhai, petition, PetitionAction.FORWARD, ctx())).toBe(false);
  });

  it('lets the petitioner rate: signed in, or having given this petition’s tracking code and phone', () => {
    const anonymous = viewer([], [], null);
    expect(mayAct(viewer([Role.CITIZEN], [], 'citizen-1'), petition, PetitionAction.EVALUATE, ctx())).toBe(true);
    expect(mayAct(viewer([Role.CITIZEN], [], 'citizen-2'), petition, PetitionAction.EVALUATE, ctx())).toBe(false);
    expect(mayAct(anonymous, petition, PetitionAction.EVALUATE, ctx())).toBe(false);
    expect(mayAct(anonymous, petition, PetitionAction.EVALUATE, ctx({ trackedPetitionId: 'p-1' }))).toBe(true);
    // proof for another petition proves nothing about this one
    expect(mayAct(anonymous, petition, PetitionAction.EVALUATE, ctx({ trackedPetitionId: 'p-2' }))).toBe(false);
    // and it is a petitioner's right only: no staff step follows from it
    expect(mayAct(anonymous, petition, PetitionAction.ACCEPT, ctx({ trackedPetitionId: 'p-1' }))).toBe(false);
  });

  it('takes every step from a recused staff member but a petitioner’s', () => {
    const handler = viewer([Role.UNIT_HANDLER]);
    expect(mayAct(handler, petition, PetitionAction.REPLY, ctx({ recused: true }))).toBe(false);
  });

  it('lets the reviewing unit and its region’s petition office decide a review', () => {
    const reviewUnit = {
      id: 'u-gov',
      parentId: null,
      name: '河西区人民政府',
      level: 'DISTRICT' as const,
      kind: 'GOVERNMENT' as const,
      regionCode: '120103',
      ruleSetCode: 'any',
      reviewUnitId: null,
      reReviewUnitId: null,
    };
    const staff = viewer([Role.UNIT_HANDLER], [{ id: 'u-gov', regionCode: '120103' }]);
    expect(mayAct(staff, petition, PetitionAction.DECIDE_REVIEW, ctx({ reviewUnit }))).toBe(true);
    expect(
      mayAct(
        viewer([Role.PETITION_OFFICER], [HEXI_OFFICE]),
        petition,
        PetitionAction.DECIDE_REVIEW,
        ctx({ reviewUnit }),
      ),
    ).toBe(true);
    expect(mayAct(staff, petition, PetitionAction.DECIDE_REVIEW, ctx())).toBe(false);
  });
});

describe('the scope a step loads its petition in', () => {
  it('is the viewer’s scope for an id, and matches nothing for a viewer without one', () => {
    const officer = viewer([Role.PETITION_OFFICER], [HEXI_OFFICE]);
    const condition = stepCondition(officer, 'p-1') as { $and: Record<string, unknown>[] };
    expect(condition.$and[0]).toEqual({ id: 'p-1' });
    expect(JSON.stringify(condition.$and[1])).toContain('"regionCode":{"$like":"120103%"}');
    expect(stepCondition(viewer([], [], null), 'p-1')).toEqual({ $and: [{ id: 'p-1' }, { id: null }] });
    expect(trackedPetitionIdOf('p-1')).toBeNull();
  });

  it('hides a report from the unit it reports on', () => {
    const condition = JSON.stringify(stepCondition(viewer([Role.UNIT_HANDLER]), 'p-1'));
    expect(condition).toContain('"respondentUnitId":{"$nin":["u-zj"]}');
  });
});
