/**
 * The tables the generator fills, each with the columns it writes (the others keep their
 * defaults: `seq`, `tx_id`, the search vector), in the order of a row's values.
 */
export const TABLES = {
  petition: [
    'id',
    'tracking_code',
    'status',
    'kind',
    'channel',
    'category_code',
    'region_code',
    'address',
    'title',
    'content',
    'received_at',
    'receiving_unit_id',
    'lead_unit_id',
    'respondent_unit_id',
    'confidential',
    'people_involved',
    'risk_flags',
    'risk_level',
    'repeat_of_id',
    'legal_channel',
    'current_due_at',
    'disposal_mode',
    'review_unit_id',
    'simplified',
    'concluded_at',
    'registered_by_id',
    'idempotency_scope',
    'idempotency_key',
    'title_tokens',
    'content_tokens',
    'version',
    'created_at',
    'updated_at',
  ],
  petitioner: [
    'id',
    'petition_id',
    'position',
    'role',
    'name',
    'phone_encrypted',
    'phone_hash',
    'phone_masked',
    'phone_last4',
    'id_number_encrypted',
    'id_number_hash',
    'id_number_masked',
    'address',
  ],
  petition_history: [
    'id',
    'petition_id',
    'at',
    'action',
    'actor_id',
    'actor_unit_id',
    'from_status',
    'to_status',
    'note',
    'visible_to_petitioner',
  ],
  deadline: [
    'id',
    'petition_id',
    'kind',
    'basis',
    'days',
    'rule_set_code',
    'rule_set_version',
    'start_event',
    'start_at',
    'due_at',
    'met_at',
    'unit_id',
    'extension_days',
    'extension_reason',
    'closed_at',
    'provisional',
    'reminded_at',
    'overdue_at',
  ],
  petition_task: [
    'id',
    'petition_id',
    'kind',
    'unit_id',
    'due_at',
    'rule_set_code',
    'rule_set_version',
    'created_at',
    'done_at',
    'note',
    'report',
    'reported_by_id',
    'overdue_at',
  ],
  petition_document: [
    'id',
    'petition_id',
    'kind',
    'unit_id',
    'issued_by_id',
    'issued_at',
    'outcome',
    'facts',
    'reasons',
    'legal_basis',
    'remedy',
    'text',
    'visible_to_petitioner',
  ],
  evaluation: ['id', 'petition_id', 'target', 'unit_id', 'rating', 'comment', 'at'],
  supervision_order: [
    'id',
    'petition_id',
    'unit_id',
    'level',
    'trigger',
    'note',
    'automatic',
    'issued_at',
    'due_at',
    'rule_set_code',
    'rule_set_version',
    'answer',
    'answered_at',
  ],
  outbox_event: ['id', 'type', 'version', 'aggregate_id', 'occurred_at', 'payload'],
} as const;
export type Table = keyof typeof TABLES;
/** In the order they are copied: a petition before what points at it. */
export const TABLE_ORDER = Object.keys(TABLES) as Table[];

const SPECIAL = /[\\\n\r\t]/;

/** One value in COPY's text format. */
function field(value: unknown): string {
  if (value === null || value === undefined) return '\\N';
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return `{${value.join(',')}}`;
  const text = typeof value === 'object' ? JSON.stringify(value) : String(value);
  if (!SPECIAL.test(text)) return text;
  return text.replace(/[\\\n\r\t]/g, (c) => (c === '\\' ? '\\\\' : c === '\n' ? '\\n' : c === '\r' ? '\\r' : '\\t'));
}

/** Rows waiting to be copied, as COPY text, table by table. */
export class Rows {
  private readonly lines = new Map<Table, string[]>(TABLE_ORDER.map((t) => [t, []]));
  count = 0;

  push(table: Table, values: unknown[]): void {
    this.lines.get(table)!.push(values.map(field).join('\t'));
    this.count++;
  }

  /** The rows of each table (and forget them). */
  take(): [Table, string[]][] {
    const taken = TABLE_ORDER.map((t) => [t, this.lines.get(t)!] as [Table, string[]]);
    for (const t of TABLE_ORDER) this.lines.set(t, []);
    this.count = 0;
    return taken;
  }
}
