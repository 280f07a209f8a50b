import type { EntityManager } from '@mikro-orm/core';
import { newId } from '@tjxf/domain';
import type { Viewer } from '@tjxf/tokens';
import { type Clocks, ruleRefOf, rulesOf } from '../deadline/clock.js';
import { DeadlineKind } from '../deadline/deadline.entity.js';
import type { Petition } from '../petition/petition.entity.js';
import type { DirectoryUnit } from '../unit-directory/unit-directory.service.js';
import type { DisposeCommand } from './commands.js';
import {
  PetitionDocumentEntity,
  PetitionTaskEntity,
  TaskKind,
  type DocumentKind,
  type ReplyOutcome,
} from './procedure.entity.js';
import type { PetitionAction } from './state-machine.js';
import type { StepUnits } from './units.js';

/** What a step handler works with: the petition loaded and checked, in the step's transaction. */
export interface Step<C> {
  action: PetitionAction;
  command: C;
  tx: EntityManager;
  petition: Petition;
  now: Date;
  viewer: Viewer;
  clocks: Clocks;
  units: StepUnits;
  records: StepRecords;
}

/** What a handler tells the pipeline to write in the history entry and the event. */
export interface StepOutcome {
  note: string | null;
  /** The unit that acted (default: the viewer's first unit). */
  unitId?: string | null;
  /** Whether the petitioner sees the history entry (default: yes). */
  visible?: boolean;
  payload?: Record<string, unknown>;
}

/** The effect of one action: what it changes besides the status, history and event. */
export type StepHandler<C> = (step: Step<C>) => Promise<StepOutcome>;

type DocumentBody = (
  | { text: string; remedy?: never }
  // an opinion: its text is its parts, then what the petitioner may do next
  | { text?: never; remedy: string; facts: string; reasons: string; legalBasis: string }
) & {
  outcome?: ReplyOutcome;
  facts?: string;
  reasons?: string;
  legalBasis?: string;
  visibleToPetitioner?: boolean;
};

/** A document of the petition, issued by the viewer, in the transaction `tx`. */
export function writeDocument(
  tx: EntityManager,
  viewer: Viewer,
  petition: Petition,
  kind: DocumentKind,
  unitId: string | null | undefined,
  at: Date,
  body: DocumentBody,
): void {
  const text = body.text ?? `${body.facts}\n${body.reasons}\n${body.legalBasis}\n${body.remedy}`;
  tx.create(PetitionDocumentEntity, {
    id: newId(),
    petition,
    kind,
    unitId: unitId ?? null,
    issuedById: viewer.accountId,
    issuedAt: at,
    outcome: body.outcome ?? null,
    facts: body.facts ?? null,
    reasons: body.reasons ?? null,
    legalBasis: body.legalBasis ?? null,
    remedy: body.remedy ?? null,
    text,
    visibleToPetitioner: body.visibleToPetitioner ?? true,
  });
}

/** The documents and tasks a step writes, in its transaction, issued by the viewer. */
export class StepRecords {
  constructor(
    private readonly tx: EntityManager,
    private readonly viewer: Viewer,
    private readonly clocks: Clocks,
  ) {}

  document(petition: Petition, kind: DocumentKind, unitId: string | null | undefined, at: Date, body: DocumentBody) {
    writeDocument(this.tx, this.viewer, petition, kind, unitId, at, body);
  }

  /** Work a unit owes, dated (or not), with the unit's rule set (what a supervision order over it is dated by). */
  task(petition: Petition, kind: TaskKind, unit: DirectoryUnit, dueAt: Date | null, now: Date, note: string | null) {
    this.tx.create(PetitionTaskEntity, {
      id: newId(),
      petition,
      kind,
      unitId: unit.id,
      dueAt,
      ...ruleRefOf(rulesOf(unit)),
      createdAt: now,
      note,
    });
  }

  /** The lead unit takes the petition over: its acceptance clock (and objection window), its task. */
  handOver(
    petition: Petition,
    unit: DirectoryUnit,
    mode: DisposeCommand['mode'],
    startEvent: string,
    now: Date,
    note: string | null,
    mayObject: boolean,
  ): void {
    petition.leadUnitId = unit.id;
    petition.disposalMode = mode;
    const rules = rulesOf(unit);
    this.clocks.open(petition, DeadlineKind.ACCEPTANCE, 'ACCEPTANCE', rules, startEvent, now, unit.id);
    if (mayObject) this.clocks.open(petition, DeadlineKind.OBJECTION, 'OBJECTION', rules, startEvent, now, unit.id);
    this.task(petition, TaskKind.LEAD, unit, null, now, note);
  }
}
