import type { RuleSet } from './calendar.js';
import type { DeadlineKind } from '@tjxf/petitions';

/** A running or finished clock of the petition, as its `deadline` row. */
export interface Clock {
  id: string;
  kind: DeadlineKind;
  unitId: string | null;
  ruleSetCode: string;
  ruleSetVersion: number;
  basis: string;
  days: number;
  startEvent: string;
  startAt: Date;
  dueAt: Date;
  provisional: boolean;
  metAt: Date | null;
  closedAt: Date | null;
  extensionDays: number;
  extensionReason: string | null;
  remindedAt: Date | null;
  overdueAt: Date | null;
}

export interface Task {
  id: string;
  kind: string;
  unitId: string;
  dueAt: Date | null;
  rules: RuleSet;
  createdAt: Date;
  doneAt: Date | null;
  note: string | null;
  report: string | null;
  reportedById: string | null;
  overdueAt: Date | null;
}

export interface Order {
  id: string;
  unitId: string;
  trigger: string;
  note: string;
  issuedAt: Date;
  dueAt: Date;
  rules: RuleSet;
  answeredAt: Date | null;
  answer: string | null;
}

/** The rows of a petition's clocks, tasks and supervision orders, in the columns of rows.ts. */
export const clockRow = (petitionId: string, c: Clock): unknown[] => [
  c.id,
  petitionId,
  c.kind,
  c.basis,
  c.days,
  c.ruleSetCode,
  c.ruleSetVersion,
  c.startEvent,
  c.startAt,
  c.dueAt,
  c.metAt,
  c.unitId,
  c.extensionDays,
  c.extensionReason,
  c.closedAt,
  c.provisional,
  c.remindedAt,
  c.overdueAt,
];

export const taskRow = (petitionId: string, t: Task): unknown[] => [
  t.id,
  petitionId,
  t.kind,
  t.unitId,
  t.dueAt,
  t.rules.code,
  t.rules.version,
  t.createdAt,
  t.doneAt,
  t.note,
  t.report,
  t.reportedById,
  t.overdueAt,
];

export const orderRow = (petitionId: string, o: Order): unknown[] => [
  o.id,
  petitionId,
  o.unitId,
  'REMINDER',
  o.trigger,
  o.note,
  true,
  o.issuedAt,
  o.dueAt,
  o.rules.code,
  o.rules.version,
  o.answer,
  o.answeredAt,
];
