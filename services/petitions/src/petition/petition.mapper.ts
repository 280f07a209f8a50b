import type { DeadlineEntity } from '../deadline/deadline.entity.js';
import type { Petition, PetitionTask } from './petition.entity.js';
import type { PetitionTaskType } from '../procedure/procedure.types.js';
import type { DeadlineType, PetitionType } from './petition.type.js';

// What the API shows of a petition's rows (the tables are not the types).

/** A task as the API shows it. */
export function toTaskType(t: PetitionTask): PetitionTaskType {
  return {
    id: t.id,
    kind: t.kind,
    dueAt: t.dueAt ?? null,
    doneAt: t.doneAt ?? null,
    note: t.note ?? null,
    report: t.report ?? null,
    overdueAt: t.overdueAt ?? null,
    unitId: t.unitId,
    reportedById: t.reportedById ?? null,
  };
}

export function toDeadlineType(d: InstanceType<typeof DeadlineEntity.class>): DeadlineType & { petitionId: string } {
  return {
    petitionId: d.petition.id,
    kind: d.kind,
    dueAt: d.dueAt,
    basis: d.basis,
    days: d.days,
    ruleSet: d.ruleSetCode,
    ruleSetVersion: d.ruleSetVersion,
    startEvent: d.startEvent,
    startAt: d.startAt,
    metAt: d.metAt ?? null,
    closedAt: d.closedAt ?? null,
    extensionDays: d.extensionDays,
    extensionReason: d.extensionReason ?? null,
    overdueAt: d.overdueAt ?? null,
    pausedAt: d.pausedAt ?? null,
    pausedDays: d.pausedDays,
    provisional: d.provisional,
    unit: d.unitId ? { id: d.unitId } : null,
  };
}

export function toPetitionType(p: Petition): PetitionType {
  return {
    id: p.id,
    trackingCode: p.trackingCode,
    status: p.status,
    kind: p.kind,
    channel: p.channel,
    categoryCode: p.categoryCode,
    regionCode: p.regionCode,
    address: p.address ?? null,
    title: p.title,
    content: p.content,
    receivedAt: p.receivedAt,
    postmarkedOn: p.postmarkedOn ?? null,
    confidential: p.confidential,
    peopleInvolved: p.peopleInvolved,
    riskFlags: p.riskFlags,
    riskLevel: p.riskLevel,
    legalChannel: p.legalChannel ?? null,
    leadUnitId: p.leadUnitId ?? null,
    receivingUnitId: p.receivingUnitId,
    respondentUnitId: p.respondentUnitId ?? null,
    repeatOfId: p.repeatOf?.id ?? null,
    submitterAccountId: p.submitterAccountId ?? null,
    reviewUnitId: p.reviewUnitId ?? null,
    version: p.version,
    reachedFrom: null,
  };
}
