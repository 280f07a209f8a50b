import { UniqueConstraintViolationException, type EntityManager } from '@mikro-orm/core';

/** One petition as registered: the row of each table it goes into. */
export interface IntakeRecord {
  petition: {
    id: string;
    trackingCode: string;
    status: string;
    kind: string;
    channel: string;
    categoryCode: string;
    regionCode: string;
    address: string | null;
    title: string;
    content: string;
    receivedAt: Date;
    postmarkedOn: string | null;
    receivingUnitId: string;
    respondentUnitId: string | null;
    confidential: boolean;
    peopleInvolved: number;
    riskFlags: string[];
    riskLevel: number;
    repeatOfId: string | null;
    legalChannel: string | null;
    submitterAccountId: string | null;
    registeredById: string | null;
    idempotencyScope: string;
    idempotencyKey: string;
    titleTokens: string;
    contentTokens: string;
  };
  petitioners: Record<string, unknown>[];
  history: Record<string, unknown>[];
  deadlines: Record<string, unknown>[];
  events: { id: string; type: string; aggregateId: string; occurredAt: Date; payload: Record<string, unknown> }[];
  attachments: { ids: string[]; uploadedByAccountId: string | null; claimedSince: Date };
}

/**
 * A petition with its people, history, time limit, event and attachments in ONE statement:
 * data-modifying CTEs, so it is atomic without a transaction and costs one round trip (the
 * platform's throughput is bounded by round trips; see docs/performance.md). The tables are
 * the entities' (the migration test keeps them in step); the whole record travels as one
 * JSON parameter.
 */
const INTAKE_SQL = `
with doc as (select ?::jsonb as d),
petition as (
  insert into petitions.petition (id, tracking_code, status, kind, channel, category_code, region_code, address, title,
    content, received_at, postmarked_on, receiving_unit_id, lead_unit_id, respondent_unit_id, confidential, people_involved, risk_flags,
    risk_level, repeat_of_id, legal_channel, submitter_account_id, registered_by_id, idempotency_scope, idempotency_key,
    title_tokens, content_tokens, current_due_at, version, created_at, updated_at)
  select x.id, x.tracking_code, x.status, x.kind, x.channel, x.category_code, x.region_code, x.address, x.title, x.content,
    x.received_at, x.postmarked_on, x.receiving_unit_id, null, x.respondent_unit_id, x.confidential, x.people_involved,
    array(select jsonb_array_elements_text(d->'petition'->'riskFlags')), x.risk_level, x.repeat_of_id, x.legal_channel,
    x.submitter_account_id, x.registered_by_id, x.idempotency_scope, x.idempotency_key, x.title_tokens, x.content_tokens,
    (select min((e->>'due_at')::timestamptz) from jsonb_array_elements(d->'deadlines') e), 1, now(), now()
  from doc, jsonb_to_record(d->'petition') as x(id uuid, tracking_code text, status text, kind text, channel text,
    category_code text, region_code text, address text, title text, content text, received_at timestamptz,
    postmarked_on text, receiving_unit_id uuid, respondent_unit_id uuid, confidential boolean, people_involved int, risk_level int,
    repeat_of_id uuid, legal_channel text, submitter_account_id uuid, registered_by_id uuid, idempotency_scope text,
    idempotency_key text, title_tokens text, content_tokens text)
  returning id
),
people as (
  insert into petitions.petitioner (id, petition_id, position, role, name, phone_encrypted, phone_hash, phone_masked,
    phone_last4, id_number_encrypted, id_number_hash, id_number_masked, address, relationship, power_of_attorney_attachment_id)
  select x.* from doc, jsonb_to_recordset(d->'petitioners') as x(id uuid, petition_id uuid, position int, role text, name text,
    phone_encrypted text, phone_hash text, phone_masked text, phone_last4 text, id_number_encrypted text, id_number_hash text,
    id_number_masked text, address text, relationship text, power_of_attorney_attachment_id uuid)
  returning 1
),
history as (
  insert into petitions.petition_history (id, petition_id, at, action, actor_id, actor_unit_id, from_status, to_status, note,
    visible_to_petitioner)
  select x.* from doc, jsonb_to_recordset(d->'history') as x(id uuid, petition_id uuid, at timestamptz, action text,
    actor_id uuid, actor_unit_id uuid, from_status text, to_status text, note text, visible_to_petitioner boolean)
  returning 1
),
deadlines as (
  insert into petitions.deadline (id, petition_id, kind, basis, days, rule_set_code, rule_set_version, start_event, start_at,
    due_at, met_at, unit_id)
  select x.* from doc, jsonb_to_recordset(d->'deadlines') as x(id uuid, petition_id uuid, kind text, basis text, days int,
    rule_set_code text, rule_set_version int, start_event text, start_at timestamptz, due_at timestamptz, met_at timestamptz,
    unit_id uuid)
  returning 1
),
events as (
  insert into petitions.outbox_event (id, type, aggregate_id, occurred_at, payload)
  select x.* from doc, jsonb_to_recordset(d->'events') as x(id uuid, type text, aggregate_id uuid, occurred_at timestamptz,
    payload jsonb)
  returning 1
),
claimed as (
  update petitions.attachment a set petition_id = (doc.d->'petition'->>'id')::uuid
  from doc
  where a.id in (select jsonb_array_elements_text(doc.d->'attachments'->'ids')::uuid)
    and a.petition_id is null
    and a.uploaded_by_account_id is not distinct from (doc.d->'attachments'->>'uploadedByAccountId')::uuid
    and a.uploaded_at >= (doc.d->'attachments'->>'claimedSince')::timestamptz
  returning a.id
)
select (select count(*) from claimed)::int as claimed, (select count(*) from petition)::int as petitions`;

/** snake_case keys: jsonb_to_recordset matches column names. */
const snake = (row: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(row).map(([k, v]) => [k.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`), v]));

export type WriteOutcome = 'written' | 'duplicate-key' | 'duplicate-tracking-code' | 'attachments-unavailable';

/** Writes the record; with attachments, in a transaction that is undone if one cannot be claimed. */
export async function writeIntake(em: EntityManager, record: IntakeRecord): Promise<WriteOutcome> {
  const doc = JSON.stringify({
    petition: { ...snake(record.petition), riskFlags: record.petition.riskFlags },
    petitioners: record.petitioners.map(snake),
    history: record.history.map(snake),
    deadlines: record.deadlines.map(snake),
    events: record.events.map(snake),
    attachments: record.attachments,
  });
  try {
    if (!record.attachments.ids.length) {
      await em.getConnection().execute(INTAKE_SQL, [doc]);
      return 'written';
    }
    return await em.transactional(async (tx) => {
      const [result] = await tx
        .getConnection()
        .execute<{ claimed: number }[]>(INTAKE_SQL, [doc], 'all', tx.getTransactionContext());
      if (result!.claimed !== new Set(record.attachments.ids).size) throw new AttachmentsUnavailable();
      return 'written' as const;
    });
  } catch (error) {
    if (error instanceof AttachmentsUnavailable) return 'attachments-unavailable';
    if (error instanceof UniqueConstraintViolationException || (error as { code?: string }).code === '23505') {
      const constraint = String((error as { constraint?: string }).constraint ?? (error as Error).message);
      if (constraint.includes('idempotency')) return 'duplicate-key';
      if (constraint.includes('tracking_code')) return 'duplicate-tracking-code';
    }
    throw error;
  }
}

class AttachmentsUnavailable extends Error {}
