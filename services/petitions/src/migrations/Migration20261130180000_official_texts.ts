import { Migration } from '@mikro-orm/migrations';

/** A stored instant as a Beijing date in words (2026年10月8日), in SQL. */
const inWords = (instant: string) => `to_char((${instant}) at time zone 'Asia/Shanghai', 'YYYY"年"FMMM"月"FMDD"日"')`;

const CLOCKS = `(values ('DISPOSAL', '转送、交办或告知期限'), ('ACCEPTANCE', '告知是否受理期限'), ('OBJECTION', '提出异议期限'),
  ('COMPETENCE_DECISION', '决定受理机关期限'), ('HANDLING', '办理答复期限'), ('REVIEW_REQUEST', '申请复查期限'),
  ('REVIEW', '复查答复期限'), ('RE_REVIEW_REQUEST', '申请复核期限'), ('RE_REVIEW', '复核答复期限')) as n(code, name)`;
const TASKS = `(values ('LEAD', '办理情况'), ('CO_HANDLING', '协办情况'), ('COMPLETION_REPORT', '办理结果'),
  ('FOLLOW_UP', '跟进处理情况'), ('COMPETENCE_DECISION', '受理机关的决定')) as n(code, name)`;
const LEVELS = `(values ('REMINDER', '催办'), ('SUPERVISION', '督办'), ('LISTED', '挂牌督办'), ('TALK', '约谈'), ('PUBLIC_NOTICE', '通报')) as n(code, name)`;
const TRIGGERS = `(values ('DEADLINE_MISSED', '超期未办'), ('RESULT_NOT_REPORTED', '未报送办理结果'), ('PROCEDURE_BROKEN', '未按规定程序办理'),
  ('BUCK_PASSING', '推诿、敷衍、拖延'), ('REPLY_NOT_CARRIED_OUT', '处理意见未落实'), ('OTHER', '其他')) as t(code, name)`;

/** What followed "LEVEL: " in a history entry of the supervision trail. */
const REST = `substring(h."note" from '^[A-Z_]+: (.*)$')`;
const OVERDUE = `'^[A-Z_]+ 期限已过（[^）]+）。The [A-Z_]+ time limit has passed\\.$'`;
const overdueNote = (text: string) =>
  `n.name || '已于' || ${inWords(`substring(${text} from '（([^）]+)）')::timestamptz`)} || '届满。请抓紧办理，并书面报告办理情况。'`;
const LATE = `'^[A-Z_]+ 未按期报告。The [A-Z_]+ report is late\\.$'`;
const lateNote = `n.name || '至今未报告。请抓紧办理，并书面报告办理情况。'`;

/** The English sentences the procedure's notices and opinions used to end with (before issue 10). */
const NO_HAN = '[^\\u4e00-\\u9fff]*';
const ENGLISH_TAIL = `'\\s*(${[
  `Accepted for simplified handling: ${NO_HAN}`,
  `Your petition has been accepted; ${NO_HAN}`,
  `If you disagree, you may ask for ${NO_HAN}`,
  `Both sides agreed to settle: ${NO_HAN}`,
  `This re-review is final: ${NO_HAN}`,
  'Referred to \\S+ to decide which unit is competent\\.',
  '\\S+ decided that \\S+ is competent\\.',
].join('|')})$'`;

/**
 * Official texts in one language and in words (issue 10): the texts the platform wrote before
 * (automatic supervision orders, the extension notice, the other notices and the staff
 * history) are rewritten as it writes them now, so that older rows read the same. Codes become
 * the names of the limits, levels and reasons; UTC timestamps become Beijing dates in words;
 * the English halves go.
 */
export class Migration20261130180000_official_texts extends Migration {
  override name = 'Migration20261130180000_official_texts';

  override up(): void | Promise<void> {
    // automatic orders: "DISPOSAL 期限已过（2026-10-08T15:59:59.999Z）。The DISPOSAL time limit has passed.",
    // on the order and in the supervision trail ("REMINDER: <the order's note>")
    this.addSql(`update "petitions"."supervision_order" o set "note" = ${overdueNote('o."note"')}
      from ${CLOCKS} where o."note" ~ ${OVERDUE} and split_part(o."note", ' ', 1) = n.code;`);
    this.addSql(`update "petitions"."petition_history" h set "note" = split_part(h."note", ':', 1) || ': ' || ${overdueNote(REST)}
      from ${CLOCKS} where h."action" like 'SUPERVISION_%' and ${REST} ~ ${OVERDUE} and split_part(${REST}, ' ', 1) = n.code;`);
    // and over late tasks: "COMPLETION_REPORT 未按期报告。The COMPLETION_REPORT report is late."
    this.addSql(`update "petitions"."supervision_order" o set "note" = ${lateNote}
      from ${TASKS} where o."note" ~ ${LATE} and split_part(o."note", ' ', 1) = n.code;`);
    this.addSql(`update "petitions"."petition_history" h set "note" = split_part(h."note", ':', 1) || ': ' || ${lateNote}
      from ${TASKS} where h."action" like 'SUPERVISION_%' and ${REST} ~ ${LATE} and split_part(${REST}, ' ', 1) = n.code;`);
    // then the trail's level and trigger in words: "催办：超期未办"
    this.addSql(`update "petitions"."petition_history" h
      set "note" = n.name || '：' || coalesce((select t.name from ${TRIGGERS} where t.code = ${REST}), ${REST})
      from ${LEVELS} where h."action" like 'SUPERVISION_%' and h."note" ~ '^[A-Z_]+: ' and split_part(h."note", ':', 1) = n.code;`);
    // the scheduler's history: "ACCEPTANCE: 2026-10-08T15:59:59.999Z"
    for (const [action, verb] of [
      ['DEADLINE_REMINDER', '将于'],
      ['DEADLINE_OVERDUE', '已于'],
    ] as const)
      this.addSql(`update "petitions"."petition_history" h
        set "note" = n.name || '${verb}' || ${inWords(`substring(h."note" from ': (.+)$')::timestamptz`)} || '届满。'
        from ${CLOCKS} where h."action" = '${action}' and h."note" ~ '^[A-Z_]+: \\d{4}-\\d\\d-\\d\\dT[0-9:.]+Z$' and split_part(h."note", ':', 1) = n.code;`);
    // the extension notice: "办理期限延长15日，至2026-12-15。理由：… Handling extended by 15 days, to 2026-12-15."
    this.addSql(`update "petitions"."petition_document" d
      set "text" = '你（你们）反映的事项，经本单位负责人批准，办理期限延长' || m[1] || '日，将于' || ${inWords(`(m[2] || 'T12:00:00+08:00')::timestamptz`)} || '前出具书面答复意见。延期理由：' || m[3]
      from (select id, regexp_match("text", '^办理期限延长(\\d+)日，至(\\d{4}-\\d\\d-\\d\\d)。理由：(.*) Handling extended by \\d+ days, to [0-9-]+\\.$', 's') as m
              from "petitions"."petition_document" where "kind" = 'EXTENSION_NOTICE') x
      where x.id = d.id and x.m is not null;`);
    // the other notices and opinions ended in an English sentence
    for (const column of ['text', 'remedy'])
      this.addSql(`update "petitions"."petition_document" set "${column}" = regexp_replace("${column}", ${ENGLISH_TAIL}, '')
        where "${column}" ~ ${ENGLISH_TAIL};`);
    this.addSql(`update "petitions"."petition_history" set "note" = regexp_replace("note", ${ENGLISH_TAIL}, '')
      where "action" = 'COMPETENCE_REFERRED' and "note" ~ ${ENGLISH_TAIL};`);
  }

  override down(): void | Promise<void> {
    // the texts are not put back into English
  }
}
