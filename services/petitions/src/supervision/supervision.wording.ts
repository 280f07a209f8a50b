import { chinaDateInWords } from '@tjxf/calendar';
import type { TaskKind } from '../petition/petition.entity.js';
import type { SupervisionLevel, SupervisionTrigger } from './supervision.entity.js';

/**
 * What supervision orders and their trail say, in the words of an official text (督办单):
 * Chinese, the petitioner's and the units' language; no codes, Beijing dates in words.
 */
export const LEVEL_NAMES: Record<SupervisionLevel, string> = {
  REMINDER: '催办',
  SUPERVISION: '督办',
  LISTED: '挂牌督办',
  TALK: '约谈',
  PUBLIC_NOTICE: '通报',
};

export const TRIGGER_NAMES: Record<SupervisionTrigger, string> = {
  DEADLINE_MISSED: '超期未办',
  RESULT_NOT_REPORTED: '未报送办理结果',
  PROCEDURE_BROKEN: '未按规定程序办理',
  BUCK_PASSING: '推诿、敷衍、拖延',
  REPLY_NOT_CARRIED_OUT: '处理意见未落实',
  OTHER: '其他',
};

/** What a unit owed by a date, in words. */
const TASK_REPORTS: Record<TaskKind, string> = {
  LEAD: '办理情况',
  CO_HANDLING: '协办情况',
  COMPLETION_REPORT: '办理结果',
  FOLLOW_UP: '跟进处理情况',
  COMPETENCE_DECISION: '受理机关的决定',
};

/** An automatic 催办 over a task not reported by its date. */
export const lateTaskNote = (kind: TaskKind, dueAt: Date | null): string =>
  `${TASK_REPORTS[kind]}${dueAt ? `应于${chinaDateInWords(dueAt)}前报告，` : ''}至今未报告。请抓紧办理，并书面报告办理情况。`;

/** The staff history entry of a supervision step: its level, then its note or what called for it. */
export const trailNote = (level: SupervisionLevel, trigger: SupervisionTrigger, note: string | null): string =>
  `${LEVEL_NAMES[level]}：${note ?? TRIGGER_NAMES[trigger]}`;
