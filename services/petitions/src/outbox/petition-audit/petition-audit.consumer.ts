import type { OutboxConsumer } from '@tjxf/jobs';

/**
 * The first consumer of the outbox: every event about a petition, into the audit view
 * (`petition_audit_event`). Idempotent: an event delivered again (after a crash between the
 * handler and the cursor's commit, or a batch rolled back and retried) is skipped by its `seq`.
 */
export const petitionAuditConsumer: OutboxConsumer = {
  name: 'petition-audit',
  async handle(events, tx) {
    await tx.query(
      `insert into petitions.petition_audit_event (seq, petition_id, type, version, occurred_at, payload)
       select x.seq, x.aggregate_id, x.type, x.version, x.occurred_at, x.payload
         from rows from (jsonb_to_recordset($1::jsonb) as (seq bigint, aggregate_id uuid, type text, version int,
              occurred_at timestamptz, payload jsonb))
              with ordinality as x(seq, aggregate_id, type, version, occurred_at, payload, n)
        order by x.n
       on conflict (seq) do nothing`,
      [
        JSON.stringify(
          events.map((e) => ({
            seq: e.seq,
            aggregate_id: e.aggregateId,
            type: e.type,
            version: e.version,
            occurred_at: e.occurredAt,
            payload: e.payload,
          })),
        ),
      ],
    );
  },
};
