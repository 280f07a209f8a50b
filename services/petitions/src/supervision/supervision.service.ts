import { OptimisticLockError, type EntityManager } from '@mikro-orm/core';
import { ErrorCode, Role, isUuid, newId, refuse, regionScopePrefix } from '@tjxf/domain';
import { groupByKey, type Loader, type Loaders } from '@tjxf/subgraph-kit';
import type { Viewer } from '@tjxf/tokens';
import { answerDue, rulesOf } from '../deadline/clock.js';
import type { CalendarLookup } from '../calendar/work-calendar.service.js';
import { optionalText, requiredText } from '../procedure/text.js';
import { eventName, recordEvent } from '../outbox/outbox.js';
import { addHistory } from '../petition/history.js';
import { PetitionEntity, type Petition } from '../petition/petition.entity.js';
import { petitionScope, scopeCondition } from '../petition/petition.scope.js';
import { PetitionTaskEntity } from '../procedure/procedure.entity.js';
import type { UnitLookup } from '../unit-directory/unit-directory.service.js';
import {
  SupervisionLevel,
  SupervisionOrderEntity,
  type SupervisionTrigger,
  type SupervisionOrder,
} from './supervision.entity.js';
import { trailNote } from './supervision.wording.js';

export interface IssueCommand {
  petitionId: string;
  /** Default: the petition's lead unit. */
  unitId?: string | null;
  level: SupervisionLevel;
  trigger: SupervisionTrigger;
  note?: string | null;
  /** Default: the answer limit of the supervised unit's rule set (R-P11). */
  dueAt?: Date | null;
}

export interface SupervisionFilter {
  open?: boolean | null;
  overdue?: boolean | null;
  unitId?: string | null;
  level?: SupervisionLevel | null;
}

const MANUAL_LEVELS: SupervisionLevel[] = [
  SupervisionLevel.REMINDER,
  SupervisionLevel.SUPERVISION,
  SupervisionLevel.LISTED,
];

/**
 * Supervision orders (R-SUP, R-P11): a petition office or a leader supervises a unit about a
 * petition in their area; the unit answers in writing by the date; the scheduler escalates
 * an order left unanswered. Written with its history entry and outbox event.
 */
export class SupervisionService {
  constructor(
    private readonly em: EntityManager,
    private readonly loaders: Loaders,
    private readonly viewer: Viewer,
    private readonly directory: UnitLookup | null,
    private readonly calendars: CalendarLookup,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  async issue(command: IssueCommand): Promise<SupervisionOrder> {
    if (!MANUAL_LEVELS.includes(command.level))
      throw refuse(ErrorCode.BAD_USER_INPUT, 'LEVEL_ONLY_BY_ESCALATION', undefined, { field: 'input.level' });
    const note = optionalText(command.note, 'input.note');
    const now = this.clock();
    return this.em.fork().transactional(async (tx) => {
      const petition = isUuid(command.petitionId)
        ? await tx.findOne(PetitionEntity, {
            $and: [{ id: command.petitionId }, scopeCondition(petitionScope(this.viewer))],
          })
        : null;
      if (!petition) throw refuse(ErrorCode.NOT_FOUND, 'PETITION_NOT_FOUND');
      if (!this.inArea(petition)) throw forbidden();
      const unitId = command.unitId ?? petition.leadUnitId;
      const unit = unitId ? await this.directory?.get(unitId) : undefined;
      const field = { field: 'input.unitId' };
      if (!unit) throw refuse(ErrorCode.BAD_USER_INPUT, 'SUPERVISED_UNIT_REQUIRED', undefined, field);
      if (!(await partiesOf(tx, petition)).has(unit.id))
        throw refuse(ErrorCode.BAD_USER_INPUT, 'SUPERVISED_UNIT_HAS_NO_PART', undefined, field);
      // the date under the unit's own rule set (R-P11), unless the issuer sets one
      const answer = answerDue(await this.calendars.current(), rulesOf(unit), now);
      const dueAt = command.dueAt ?? answer.dueAt;
      if (dueAt.getTime() <= now.getTime())
        throw refuse(ErrorCode.BAD_USER_INPUT, 'ANSWER_DATE_NOT_IN_FUTURE', undefined, { field: 'input.dueAt' });
      const order = tx.create(SupervisionOrderEntity, {
        id: newId(),
        petition,
        unitId: unit.id,
        level: command.level,
        trigger: command.trigger,
        note,
        issuedByUnitId: this.viewer.units[0]?.id ?? null,
        issuedById: this.viewer.accountId,
        automatic: false,
        issuedAt: now,
        dueAt,
        ruleSetCode: answer.ruleSetCode,
        ruleSetVersion: answer.ruleSetVersion,
        answer: null,
        answeredAt: null,
        answeredById: null,
        escalatedAt: null,
        escalates: null,
      });
      writeTrail(
        tx,
        petition,
        'SUPERVISION_ISSUED',
        order,
        this.viewer.accountId,
        this.viewer.units[0]?.id ?? null,
        now,
      );
      await tx.flush();
      return order;
    });
  }

  async answer(id: string, text: string): Promise<SupervisionOrder> {
    const answer = requiredText(text, 'answer', 'SUPERVISION_ANSWER_REQUIRED');
    const now = this.clock();
    try {
      return await this.em.fork().transactional(async (tx) => {
        const order = isUuid(id)
          ? await tx.findOne(
              SupervisionOrderEntity,
              { id, petition: scopeCondition(petitionScope(this.viewer)) },
              { populate: ['petition'] },
            )
          : null;
        const ownUnit = order && this.viewer.units.some((u) => u.id === order.unitId);
        if (!order || !ownUnit) throw refuse(ErrorCode.NOT_FOUND, 'SUPERVISION_ORDER_NOT_FOUND');
        if (!this.viewer.roles.some((r) => r === Role.UNIT_HANDLER || r === Role.UNIT_HEAD)) throw forbidden();
        if (order.answeredAt) throw refuse(ErrorCode.CONFLICT, 'SUPERVISION_ORDER_ALREADY_ANSWERED');
        order.answer = answer;
        order.answeredAt = now;
        order.answeredById = this.viewer.accountId;
        writeTrail(
          tx,
          order.petition as Petition,
          'SUPERVISION_ANSWERED',
          order,
          this.viewer.accountId,
          order.unitId,
          now,
        );
        await tx.flush();
        return order;
      });
    } catch (error) {
      if (error instanceof OptimisticLockError) throw refuse(ErrorCode.CONFLICT, 'SUPERVISION_ORDER_CHANGED_MEANWHILE');
      throw error;
    }
  }

  /**
   * Orders on petitions the viewer may see (their area, or a part their unit has in it), by due
   * date. An order whose petition the viewer cannot see is left out, so that one row never
   * breaks the board (a unit is only supervised on a petition it has a part in).
   */
  async list(filter: SupervisionFilter, first = 50): Promise<SupervisionOrder[]> {
    if (first < 1 || first > 100)
      throw refuse(ErrorCode.BAD_USER_INPUT, 'SUPERVISION_PAGE_SIZE', { max: 100 }, { field: 'first' });
    const now = this.clock();
    const where: Record<string, unknown>[] = [{ petition: scopeCondition(petitionScope(this.viewer)) }];
    if (filter.unitId && !isUuid(filter.unitId))
      throw refuse(ErrorCode.BAD_USER_INPUT, 'INVALID_UNIT_ID', undefined, { field: 'filter.unitId' });
    if (filter.unitId) where.push({ unitId: filter.unitId });
    if (filter.level) where.push({ level: filter.level });
    if (filter.open != null)
      where.push(
        filter.open
          ? { answeredAt: null, escalatedAt: null }
          : { $or: [{ answeredAt: { $ne: null } }, { escalatedAt: { $ne: null } }] },
      );
    if (filter.overdue) where.push({ answeredAt: null, dueAt: { $lt: now } });
    return this.em.find(
      SupervisionOrderEntity,
      { $and: where },
      { orderBy: { dueAt: 'asc', id: 'asc' }, limit: first },
    );
  }

  get ofPetition(): Loader<string, SupervisionOrder[]> {
    return this.loaders.get('supervision.ofPetition', async (ids) => {
      const rows = await this.em.find(
        SupervisionOrderEntity,
        { petition: { $in: [...ids] } },
        { orderBy: { issuedAt: 'asc' } },
      );
      return groupByKey(ids, rows, (r) => r.petition.id);
    });
  }

  private inArea(petition: Petition): boolean {
    if (!this.viewer.roles.some((r) => r === Role.PETITION_OFFICER || r === Role.LEADER)) return false;
    return this.viewer.units.some((u) => petition.regionCode.startsWith(regionScopePrefix(u.regionCode)));
  }
}

/**
 * The units with a part in a petition, which alone may be supervised on it (R-SUP): the
 * petition office that received it, the lead unit, the reviewing unit, and every unit with a
 * task (co-handling, completion report, follow-up, competence decision, or a lead unit that
 * objected).
 */
async function partiesOf(tx: EntityManager, petition: Petition): Promise<Set<string>> {
  const tasks = await tx.find(PetitionTaskEntity, { petition: petition.id }, { fields: ['unitId'] });
  return new Set(
    [petition.receivingUnitId, petition.leadUnitId, petition.reviewUnitId, ...tasks.map((t) => t.unitId)].filter(
      (id): id is string => Boolean(id),
    ),
  );
}

/** The history entry (staff only) and outbox event of a supervision step. */
export function writeTrail(
  tx: EntityManager,
  petition: Petition,
  action: string,
  order: SupervisionOrder,
  actorId: string | null,
  unitId: string | null,
  at: Date,
): void {
  addHistory(tx, petition, {
    at,
    action,
    actorId,
    actorUnitId: unitId,
    note: trailNote(order.level, order.trigger, order.note ?? null),
    visibleToPetitioner: false,
  });
  recordEvent(tx, eventName(action), petition.id, { orderId: order.id, level: order.level, unitId: order.unitId }, at);
}

const forbidden = () => refuse(ErrorCode.FORBIDDEN, 'SUPERVISION_FORBIDDEN');
