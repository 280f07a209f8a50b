import { generateHistory, loadHistory, type LoadReport } from '@tjxf/generator';
import { readUnitDirectory } from '@tjxf/launcher';
import { OutboxDelivery } from '@tjxf/jobs';
import {
  HISTORY_ACTION,
  OUTBOX_EVENT_TYPES,
  PersonalDataCipher,
  eventName,
  petitionAuditConsumer,
  type EventTypeSpec,
} from '@tjxf/petitions';
import { TEST_PERSONAL_DATA_KEYS, startPlatform, type TestPlatform } from '@tjxf/test-kit';
import { unitIdForKey, type UnitDirectoryEntry } from '@tjxf/domain';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { signIn } from './support/demo.js';

// The history generator (issue 12, "A million petitions"): what it writes reads through the real
// gateway like any petition, its events are those of the catalogue in the order of the history,
// and a seed gives the same history again.
const KEYS = {
  encryption: Buffer.from(TEST_PERSONAL_DATA_KEYS.encryptionKey, 'base64'),
  hash: Buffer.from(TEST_PERSONAL_DATA_KEYS.hashKey, 'base64'),
};
const END = new Date('2026-11-30T08:00:00Z');
const OPTIONS = { petitions: 300, years: 2, seed: 42, end: END } as const;

let platform: TestPlatform;
let admin: pg.Client;
let directory: UnitDirectoryEntry[];
let report: LoadReport;
let token: string;
beforeAll(async () => {
  platform = await startPlatform(inject('pgServerUrl'), { serviceEnv: { petitions: { OUTBOX_POLL_MS: '0' } } });
  admin = new pg.Client({ connectionString: platform.databaseUrl });
  await admin.connect();
  directory = await readUnitDirectory(platform.connections.units.migrationUrl);
  // the audit consumer has delivered the demo petitions' events: the generator fills the audit view itself
  const delivery = new OutboxDelivery({ connectionString: platform.connections.petitions.url, schema: 'petitions' });
  while ((await delivery.deliverBatch(petitionAuditConsumer)) > 0);
  await delivery.stop();
  report = await loadHistory(platform.connections.petitions.migrationUrl, { ...OPTIONS, directory, keys: KEYS });
  ({ 'xfb.hexi': token } = await signIn(platform, ['xfb.hexi'] as const));
});
afterAll(async () => {
  await admin?.end();
  await platform?.stop();
});

const generated = async <T extends pg.QueryResultRow>(sql: string, params: unknown[] = []) =>
  (await admin.query<T>(sql, params)).rows;

describe('the history generator', () => {
  it('writes the petitions it was asked for, over the years asked, and fills the audit view', async () => {
    const [row] = await generated<{ n: string; first: Date; last: Date }>(
      `select count(*) n, min(received_at) first, max(received_at) last from petitions.petition
        where idempotency_scope = 'generator'`,
    );
    expect(Number(row!.n)).toBe(report.petitions);
    expect(report.petitions).toBeGreaterThanOrEqual(295);
    expect(row!.first.getTime()).toBeGreaterThanOrEqual(END.getTime() - 2 * 366 * 86_400_000);
    expect(row!.last.getTime()).toBeLessThan(END.getTime());
    const [audit] = await generated<{ missing: string }>(
      `select count(*) missing from petitions.outbox_event e
        where not exists (select 1 from petitions.petition_audit_event a where a.seq = e.seq)`,
    );
    expect(report.auditFilled).toBe(true);
    expect(Number(audit!.missing)).toBe(0);
    // and the consumer goes on from after them: nothing is delivered twice
    const [cursor] = await generated<{ delivered: string }>(
      `select delivered from petitions.consumer_cursor where consumer = 'petition-audit'`,
    );
    const [events] = await generated<{ n: string }>('select count(*) n from petitions.outbox_event');
    expect(Number(cursor!.delivered)).toBe(Number(events!.n));
  });

  it('leaves the audit view to catch up when its consumer is behind', async () => {
    await admin.query(
      `update petitions.consumer_cursor set last_tx_id = '0', last_seq = 0 where consumer = 'petition-audit'`,
    );
    try {
      const more = await loadHistory(platform.connections.petitions.migrationUrl, {
        ...OPTIONS,
        petitions: 20,
        seed: 7,
        directory,
        keys: KEYS,
      });
      expect(more.auditFilled).toBe(false);
      const [audit] = await generated<{ missing: string }>(
        `select count(*) missing from petitions.outbox_event e join petitions.petition p on p.id = e.aggregate_id
          where p.idempotency_key like '7:%' and not exists (select 1 from petitions.petition_audit_event a where a.seq = e.seq)`,
      );
      expect(Number(audit!.missing)).toBeGreaterThan(0);
    } finally {
      await admin.query(`delete from petitions.petition where idempotency_key like '7:%'`);
      await admin.query(
        `update petitions.consumer_cursor c set last_tx_id = e.tx_id, last_seq = e.seq
           from (select tx_id, seq from petitions.outbox_event order by tx_id desc, seq desc limit 1) e
          where c.consumer = 'petition-audit'`,
      );
    }
  });

  it('writes a petition that reads through the gateway with its deadlines and history', async () => {
    const [one] = await generated<{ id: string; status: string; history: string; deadlines: string }>(
      `select p.id, p.status,
              (select count(*) from petitions.petition_history h where h.petition_id = p.id) history,
              (select count(*) from petitions.deadline d where d.petition_id = p.id) deadlines
         from petitions.petition p
        where p.idempotency_scope = 'generator' and p.receiving_unit_id = $1 and p.kind <> 'REPORT'
          and p.status in ('REPLIED', 'REVIEWED', 'CONCLUDED')
        order by p.received_at limit 1`,
      [unitIdForKey('120103/xfb')],
    );
    expect(one).toBeDefined();
    const result = await platform.graphql<{
      petition: { status: string; history: { action: string }[]; deadlines: { kind: string; metAt: string | null }[] };
    }>(
      `query P($id: ID!) { petition(id: $id) { status history { action toStatus } deadlines { kind dueAt metAt } } }`,
      { id: one!.id },
      { token },
    );
    expect(result.errors).toBeUndefined();
    const petition = result.data!.petition;
    expect(petition.status).toBe(one!.status);
    expect(petition.history).toHaveLength(Number(one!.history));
    expect(petition.deadlines).toHaveLength(Number(one!.deadlines));
    expect(petition.history[0]!.action).toMatch(/^(SUBMITTED_ONLINE|REGISTERED)$/);
    expect(petition.history.map((h) => h.action)).toContain('REPLIED');
    expect(petition.deadlines.find((d) => d.kind === 'HANDLING')?.metAt).toBeTruthy();
  });

  it('gives each petitioner a tracking code that tracking accepts with their phone digits', async () => {
    const rows = await generated<{ code: string; last4: string; status: string }>(
      `select p.tracking_code code, t.phone_last4 last4, p.status from petitions.petition p
         join petitions.petitioner t on t.petition_id = p.id and t.position = 0
        where p.idempotency_scope = 'generator' order by p.received_at desc limit 3`,
    );
    for (const row of rows) {
      const tracked = await platform.graphql<{ trackPetition: { status: string; history: unknown[] } | null }>(
        `query T($c: String!, $p: String!) { trackPetition(trackingCode: $c, phoneLast4: $p) { status history { action } } }`,
        { c: row.code, p: row.last4 },
      );
      expect(tracked.errors).toBeUndefined();
      expect(tracked.data!.trackPetition?.status).toBe(row.status);
      expect(tracked.data!.trackPetition!.history.length).toBeGreaterThan(0);
    }
  });

  it('writes only events of the catalogue, with their version and fields', async () => {
    const events = await generated<{ type: string; version: number; payload: Record<string, unknown> }>(
      `select e.type, e.version, e.payload from petitions.outbox_event e
         join petitions.petition p on p.id = e.aggregate_id where p.idempotency_scope = 'generator'`,
    );
    const catalogue = OUTBOX_EVENT_TYPES as Record<string, EventTypeSpec>;
    const types = new Set(events.map((e) => e.type));
    for (const type of [
      'PetitionRegistered',
      'PetitionForwarded',
      'PetitionAccepted',
      'PetitionReplied',
      'DeadlineMet',
    ])
      expect(types, type).toContain(type);
    for (const { type, version, payload } of events) {
      expect(catalogue, type).toHaveProperty(type);
      expect(version, type).toBe(catalogue[type]!.version);
      // a redirect at intake carries the registration's fields (docs/events.md)
      const fields = Object.keys(
        type === 'PetitionRedirected' && 'channel' in payload
          ? catalogue.PetitionRegistered!.fields
          : catalogue[type]!.fields,
      );
      for (const key of Object.keys(payload)) expect(fields, `${type}.${key}`).toContain(key);
      // every field is there, but the petitioner's own account where it is withheld
      for (const field of fields.filter((f) => f !== 'actorId' && f !== 'repeatOfId'))
        expect(payload, `${type}.${field}`).toHaveProperty(field);
    }
  });

  it('writes each petition’s events in the order of its history, DeadlineMet just before the step', async () => {
    const rows = await generated<{
      id: string;
      status: string;
      events: { type: string; at: string; to?: string }[];
      steps: string[];
    }>(
      `select p.id, p.status,
              (select json_agg(json_build_object('type', e.type, 'at', e.occurred_at, 'to', e.payload->>'to') order by e.seq)
                 from petitions.outbox_event e where e.aggregate_id = p.id) events,
              (select json_agg(h.action order by h.at, h.id) from petitions.petition_history h
                where h.petition_id = p.id and h.from_status is not null and h.action = any($1)) steps
         from petitions.petition p where p.idempotency_scope = 'generator'`,
      [Object.values(HISTORY_ACTION)],
    );
    for (const { id, status, events, steps } of rows) {
      const times = events.map((e) => Date.parse(e.at));
      expect(times, id).toEqual([...times].sort((a, b) => a - b));
      const stepEvents = events.filter((e) => e.to !== null && e.to !== undefined);
      expect(
        stepEvents.map((e) => e.type),
        id,
      ).toEqual((steps ?? []).map((a) => `Petition${eventName(a)}`));
      const last = stepEvents.at(-1);
      if (last) expect(last.to, id).toBe(status);
      events.forEach((e, i) => {
        if (e.type === 'DeadlineMet') {
          const next = events.slice(i + 1).find((n) => n.type !== 'DeadlineMet' && n.type !== 'SupervisionAnswered');
          expect(
            next && (next.to !== undefined || next.type === 'TaskCompleted'),
            `${id}: DeadlineMet then ${next?.type}`,
          ).toBeTruthy();
        }
      });
    }
  });

  it('makes the same history from the same seed (all but the ciphertexts)', () => {
    const cipher = new PersonalDataCipher(KEYS.encryption, KEYS.hash);
    const run = () =>
      [...generateHistory({ ...OPTIONS, petitions: 120, directory, cipher, chunk: 50 })].flatMap((rows) =>
        rows
          .take()
          .flatMap(([table, lines]) => lines.map((l) => `${table}\t${l.replace(/\tv1:[A-Za-z0-9_-]+/g, '\tv1:…')}`)),
      );
    const first = run();
    expect(first.length).toBeGreaterThan(1000);
    expect(run()).toEqual(first);
    const other = [...generateHistory({ ...OPTIONS, petitions: 120, seed: 43, directory, cipher })];
    expect(other[0]!.take().flat(2).join('\n')).not.toEqual(first.join('\n'));
  });
});
