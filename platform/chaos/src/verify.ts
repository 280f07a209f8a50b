import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import type { MixedLoad } from './load.js';

/** What the database holds of a run, checked against what the clients were told. */
export interface Ledger {
  submissionsAcknowledged: number;
  /** Acknowledged, yet not stored, or stored under another tracking code. */
  submissionsLost: string[];
  /** Stored more than once for one idempotency key (or one acknowledged code). */
  submissionsDoubled: string[];
  /** Stored though the client never heard back: stored once, and the client's retry found it. */
  storedUnacknowledged: number;
  stepsAcknowledged: number;
  stepsLost: string[];
  stepsDoubled: string[];
  /** Events written for the run's petitions, and those the audit consumer holds (each once). */
  events: number;
  eventsProjected: number;
  eventsProjectedTwice: number;
  /** Seconds the audit consumer took to catch up after the load stopped. */
  consumerCatchUpSeconds: number;
}

/**
 * Reads the run's petitions straight from the database, as the superuser of the embedded
 * PostgreSQL: every acknowledged submission stored once under its tracking code, every
 * acknowledged assignment recorded once (history entry and event), every event projected
 * once by the audit consumer once it has caught up.
 */
export async function checkLedger(databaseUrl: string, load: MixedLoad, catchUpTimeoutMs = 60_000): Promise<Ledger> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const keys = load.submissions.map((s) => s.idempotencyKey);
    const stored = await client.query<{ idempotency_key: string; tracking_code: string; id: string }>(
      `select idempotency_key, tracking_code, id from petitions.petition where idempotency_key = any($1)`,
      [keys],
    );
    const byKey = new Map<string, { tracking_code: string; id: string }[]>();
    for (const row of stored.rows) byKey.set(row.idempotency_key, [...(byKey.get(row.idempotency_key) ?? []), row]);
    const acknowledged = load.acknowledged;
    const submissionsLost = acknowledged
      .filter((s) => byKey.get(s.idempotencyKey)?.[0]?.tracking_code !== s.trackingCode)
      .map((s) => s.trackingCode!);
    const submissionsDoubled = [...byKey].filter(([, rows]) => rows.length > 1).map(([key]) => key);
    const ackKeys = new Set(acknowledged.map((s) => s.idempotencyKey));
    const storedUnacknowledged = [...byKey.keys()].filter((key) => !ackKeys.has(key)).length;

    const ids = stored.rows.map((r) => r.id);
    const assigned = [...load.assigned];
    const steps = await client.query<{ petition_id: string; n: number }>(
      `select petition_id, count(*)::int as n from petitions.petition_history
        where petition_id = any($1) and action = 'ASSIGNED' group by petition_id`,
      [ids],
    );
    const assignEvents = await client.query<{ aggregate_id: string; n: number }>(
      `select aggregate_id, count(*)::int as n from petitions.outbox_event
        where aggregate_id = any($1) and type = 'PetitionAssigned' group by aggregate_id`,
      [ids],
    );
    const stepCount = new Map(steps.rows.map((r) => [r.petition_id, r.n]));
    const eventCount = new Map(assignEvents.rows.map((r) => [r.aggregate_id, r.n]));
    const stepsLost = assigned.filter((id) => !stepCount.get(id) || !eventCount.get(id));
    const stepsDoubled = ids.filter((id) => (stepCount.get(id) ?? 0) > 1 || (eventCount.get(id) ?? 0) > 1);

    const started = Date.now();
    const events = async () =>
      (
        await client.query<{ events: number; projected: number; twice: number }>(
          `select (select count(*)::int from petitions.outbox_event where aggregate_id = any($1)) as events,
                  (select count(*)::int from petitions.petition_audit_event where petition_id = any($1)) as projected,
                  (select count(*)::int from (select seq from petitions.petition_audit_event
                     where petition_id = any($1) group by seq having count(*) > 1) d) as twice`,
          [ids],
        )
      ).rows[0]!;
    let counts = await events();
    while (counts.projected < counts.events && Date.now() - started < catchUpTimeoutMs) {
      await sleep(250);
      counts = await events();
    }
    return {
      submissionsAcknowledged: acknowledged.length,
      submissionsLost,
      submissionsDoubled,
      storedUnacknowledged,
      stepsAcknowledged: assigned.length,
      stepsLost,
      stepsDoubled,
      events: counts.events,
      eventsProjected: counts.projected,
      eventsProjectedTwice: counts.twice,
      consumerCatchUpSeconds: (Date.now() - started) / 1000,
    };
  } finally {
    await client.end();
  }
}
