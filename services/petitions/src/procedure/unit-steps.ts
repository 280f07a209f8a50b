import type { EntityManager } from '@mikro-orm/core';
import { hasPermission } from '@tjxf/authz';
import { ErrorCode, PetitionStatus, isUuid, newId, refuse } from '@tjxf/domain';
import type { Viewer } from '@tjxf/tokens';
import { recordEvent } from '../outbox/outbox.js';
import { addHistory } from '../petition/history.js';
import { PetitionEntity, type Petition } from '../petition/petition.entity.js';
import { petitionScope, scopeCondition } from '../petition/petition.scope.js';
import { DocumentKind, PetitionTaskEntity, RecusalEntity, TaskKind, type PetitionTask } from './procedure.entity.js';
import { writeDocument } from './step.js';
import { requiredText, type Reason } from './text.js';

/**
 * What a unit or a staff member records on a petition without moving it through the state
 * machine: a task's report, a recusal. Scope-checked and written with history and event in
 * one transaction, like a step.
 */

const REPLIED_OR_LATER: PetitionStatus[] = [
  PetitionStatus.REPLIED,
  PetitionStatus.IN_REVIEW,
  PetitionStatus.REVIEWED,
  PetitionStatus.IN_RE_REVIEW,
  PetitionStatus.RE_REVIEWED,
  PetitionStatus.CONCLUDED,
];

/** Why the viewer may not report on a task now, or null: its unit's staff, once, in its turn. */
export function taskReportRefusal(
  viewer: Viewer,
  task: Pick<PetitionTask, 'kind' | 'unitId' | 'doneAt'>,
  status: PetitionStatus,
): { code: Parameters<typeof refuse>[0]; reason: Reason } | null {
  if (!viewer.units.some((u) => u.id === task.unitId)) return { code: ErrorCode.NOT_FOUND, reason: 'TASK_NOT_FOUND' };
  // the follow-up of an unsatisfied rating falls to the unit rated, a petition office too (R-P13)
  const permission = task.kind === TaskKind.FOLLOW_UP ? 'petition:follow-up' : 'petition:handle';
  if (!hasPermission(viewer, permission)) return { code: ErrorCode.FORBIDDEN, reason: 'STEP_FORBIDDEN' };
  if (task.kind === TaskKind.LEAD) return { code: ErrorCode.CONFLICT, reason: 'LEAD_TASK_ENDS_WITH_REPLY' };
  if (task.kind === TaskKind.COMPETENCE_DECISION)
    return { code: ErrorCode.CONFLICT, reason: 'TASK_ENDS_WITH_COMPETENCE_DECISION' };
  if (task.doneAt) return { code: ErrorCode.CONFLICT, reason: 'TASK_ALREADY_REPORTED' };
  if (task.kind === TaskKind.COMPLETION_REPORT && !REPLIED_OR_LATER.includes(status))
    return { code: ErrorCode.CONFLICT, reason: 'COMPLETION_REPORT_BEFORE_REPLY' };
  return null;
}

/**
 * A unit reports on its task: a co-handling unit its part (R-X), the lead unit of an
 * assigned case its completion report once replied (R-P6), a unit its follow-up (R-P13).
 */
export async function completeTask(
  em: EntityManager,
  viewer: Viewer,
  now: Date,
  taskId: string,
  report: string,
): Promise<PetitionTask> {
  const text = requiredText(report, 'report', 'TASK_REPORT_REQUIRED');
  return em.fork().transactional(async (tx) => {
    const task = isUuid(taskId)
      ? await tx.findOne(
          PetitionTaskEntity,
          { id: taskId, petition: scopeCondition(petitionScope(viewer)) },
          { populate: ['petition'] },
        )
      : null;
    if (!task) throw refuse(ErrorCode.NOT_FOUND, 'TASK_NOT_FOUND');
    const petition = task.petition as Petition;
    const refusal = taskReportRefusal(viewer, task, petition.status);
    if (refusal) throw refuse(refusal.code, refusal.reason);
    // once only, also when two report at the same moment: the second finds it done (CONFLICT)
    const reported = { doneAt: now, report: text, reportedById: viewer.accountId };
    const claimed = await tx.nativeUpdate(PetitionTaskEntity, { id: task.id, doneAt: null }, reported);
    if (!claimed) throw refuse(ErrorCode.CONFLICT, 'TASK_ALREADY_REPORTED');
    Object.assign(task, reported);
    if (task.kind === TaskKind.COMPLETION_REPORT)
      writeDocument(tx, viewer, petition, DocumentKind.COMPLETION_REPORT, task.unitId, now, {
        text,
        visibleToPetitioner: false,
      });
    addHistory(tx, petition, {
      at: now,
      action: `TASK_${task.kind}_DONE`,
      fromStatus: petition.status,
      toStatus: petition.status,
      note: text,
      visibleToPetitioner: false,
      actorId: viewer.accountId,
      actorUnitId: task.unitId,
    });
    recordEvent(tx, 'TaskCompleted', petition.id, { taskId: task.id, kind: task.kind, unitId: task.unitId }, now);
    await tx.flush();
    return task;
  });
}

/** A staff member with an interest stands aside: no further step on it is theirs (R-P8, Art. 28). */
export async function recuse(
  em: EntityManager,
  viewer: Viewer,
  now: Date,
  id: string,
  reason: string,
): Promise<Petition> {
  const text = requiredText(reason, 'reason', 'RECUSAL_REASON_REQUIRED');
  return em.fork().transactional(async (tx) => {
    const petition = isUuid(id)
      ? await tx.findOne(PetitionEntity, { $and: [{ id }, scopeCondition(petitionScope(viewer))] })
      : null;
    if (!petition || !viewer.accountId) throw refuse(ErrorCode.NOT_FOUND, 'PETITION_NOT_FOUND');
    const already = await tx.count(RecusalEntity, { petition: petition.id, accountId: viewer.accountId });
    if (already) throw refuse(ErrorCode.CONFLICT, 'ALREADY_RECUSED');
    tx.create(RecusalEntity, { id: newId(), petition, accountId: viewer.accountId, reason: text, at: now });
    addHistory(tx, petition, {
      at: now,
      action: 'RECUSED',
      fromStatus: petition.status,
      toStatus: petition.status,
      note: text,
      visibleToPetitioner: false,
      actorId: viewer.accountId,
      actorUnitId: viewer.units[0]?.id ?? null,
    });
    recordEvent(tx, 'StaffRecused', petition.id, { accountId: viewer.accountId }, now);
    await tx.flush();
    return petition;
  });
}
