import { KpiCode } from '../kpi/kpi-weight.entity.js';
import { beijingDate } from '../statistics/period.js';
import type { FeedEvent } from './event-feed.js';
import { factOf, putFact, rollTrend, type Db } from './facts.js';

/** From this many people a petition is collective (R-P3; the petitions service's default). */
export const COLLECTIVE_PEOPLE = 5;

/** Deadline kinds that count for a KPI, with the role they count for (docs/kpis.md). */
const CLOCK_KPIS: Record<string, { kpi: KpiCode; role: string }> = {
  DISPOSAL: { kpi: KpiCode.TIMELY_ACCEPTANCE_RATE, role: 'PETITION_OFFICE' },
  ACCEPTANCE: { kpi: KpiCode.TIMELY_ACCEPTANCE_RATE, role: 'RESPONSIBLE_UNIT' },
  HANDLING: { kpi: KpiCode.ON_TIME_COMPLETION_RATE, role: 'OWN' },
  REVIEW: { kpi: KpiCode.ON_TIME_COMPLETION_RATE, role: 'OWN' },
  RE_REVIEW: { kpi: KpiCode.ON_TIME_COMPLETION_RATE, role: 'OWN' },
};

const SATISFIED = new Set(['SATISFIED', 'BASICALLY_SATISFIED']);

const text = (payload: Record<string, unknown>, field: string): string | null => {
  const value = payload[field];
  return typeof value === 'string' && value ? value : null;
};

/**
 * Applies events to the projections, in order, in the caller's transaction. Everything is
 * keyed (a petition's id, a fact's key), so a page applied twice changes nothing. It reads
 * only what the event catalogue (docs/events.md) promises, never another service's tables.
 */
export async function applyEvents(db: Db, events: readonly FeedEvent[]): Promise<void> {
  for (const event of events) await applyEvent(db, event);
}

async function applyEvent(db: Db, event: FeedEvent): Promise<void> {
  const p = event.payload;
  const day = beijingDate(event.occurredAt);
  const petitionId = event.aggregateId;
  switch (event.type) {
    case 'PetitionRegistered':
      return registered(db, event);
    case 'PetitionRedirected':
      // intake's redirection to a legal channel carries the registration's fields
      if (text(p, 'channel')) await registered(db, event);
      break;
    case 'PetitionForwarded':
    case 'PetitionAssigned':
    case 'PetitionCompetenceDecided':
      if (text(p, 'unitId')) await leadUnit(db, petitionId, text(p, 'unitId')!);
      break;
    case 'PetitionReplied':
      return replied(db, event, day);
    case 'PetitionEvaluated':
      return evaluated(db, event, day);
    case 'DeadlineMet':
    case 'DeadlineOverdue':
      return clockDecided(db, event);
  }
  const to = text(p, 'to');
  if (to) await db.query(`update stats.petition_fact set status = $2 where petition_id = $1`, [petitionId, to]);
}

async function registered(db: Db, event: FeedEvent): Promise<void> {
  const p = event.payload;
  const day = beijingDate(event.occurredAt);
  const fact = {
    regionCode: text(p, 'regionCode') ?? '',
    categoryCode: text(p, 'categoryCode') ?? '',
    channel: text(p, 'channel') ?? '',
    receivingUnitId: text(p, 'receivingUnitId'),
    repeatOfId: text(p, 'repeatOfId'),
    peopleInvolved: typeof p.peopleInvolved === 'number' ? p.peopleInvolved : 1,
    skippedLevel: p.skippedLevel === true,
  };
  const inserted = await db.query(
    `insert into stats.petition_fact (petition_id, registered_on, region_code, category_code, channel, kind,
       receiving_unit_id, respondent_unit_id, people_involved, repeat_of_id, skipped_level, legal_channel, status)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)
     on conflict (petition_id) do nothing returning petition_id`,
    [
      event.aggregateId,
      day,
      fact.regionCode,
      fact.categoryCode,
      fact.channel,
      text(p, 'kind') ?? '',
      fact.receivingUnitId,
      text(p, 'respondentUnitId'),
      fact.peopleInvolved,
      fact.repeatOfId,
      fact.skippedLevel,
      p.legalChannel === true,
      text(p, 'status') ?? text(p, 'to') ?? 'REGISTERED',
    ],
  );
  if (!inserted.rowCount) return;
  await rollTrend(db, { ...fact, day, collective: fact.peopleInvolved >= COLLECTIVE_PEOPLE });
  const office = fact.receivingUnitId;
  if (office) {
    const counted = { role: 'PETITION_OFFICE', unitId: office, day, denominator: 1 };
    await putFact(
      db,
      {
        key: `REPEAT:O:${event.aggregateId}`,
        kpi: KpiCode.REPEAT_PETITION_RATE,
        numerator: fact.repeatOfId ? 1 : 0,
        ...counted,
      },
      'first',
    );
    await putFact(
      db,
      {
        key: `ONLINE:${event.aggregateId}`,
        kpi: KpiCode.ONLINE_SHARE,
        numerator: fact.channel === 'ONLINE' ? 1 : 0,
        ...counted,
      },
      'first',
    );
  }
  if (fact.repeatOfId) {
    // a repeat counts against the unit that led the earlier petition (when it came)
    const { rows } = await db.query<{ lead: string | null }>(
      `select lead_unit_id::text as lead from stats.petition_fact where petition_id = $1`,
      [fact.repeatOfId],
    );
    const lead = rows[0]?.lead;
    if (lead)
      await putFact(
        db,
        {
          key: `REPEAT:U:N:${event.aggregateId}`,
          kpi: KpiCode.REPEAT_PETITION_RATE,
          role: 'RESPONSIBLE_UNIT',
          unitId: lead,
          day,
          numerator: 1,
          denominator: 0,
        },
        'first',
      );
  }
}

/** The petition's lead unit (forwarded, assigned, or found competent): it counts the petition as led. */
async function leadUnit(db: Db, petitionId: string, unitId: string): Promise<void> {
  const { rows } = await db.query<{ day: string }>(
    `update stats.petition_fact set lead_unit_id = $2 where petition_id = $1 returning registered_on::text as day`,
    [petitionId, unitId],
  );
  if (!rows[0]) return;
  await putFact(
    db,
    {
      key: `REPEAT:U:D:${petitionId}`,
      kpi: KpiCode.REPEAT_PETITION_RATE,
      role: 'RESPONSIBLE_UNIT',
      unitId,
      day: rows[0].day,
      numerator: 0,
      denominator: 1,
    },
    'replace',
  );
}

async function replied(db: Db, event: FeedEvent, day: string): Promise<void> {
  const unitId = text(event.payload, 'unitId');
  await db.query(
    `update stats.petition_fact set outcome = $2, replied_on = $3, replying_unit_id = $4, status = coalesce($5, status)
      where petition_id = $1`,
    [event.aggregateId, text(event.payload, 'outcome'), day, unitId, text(event.payload, 'to')],
  );
  if (unitId)
    await putFact(
      db,
      {
        key: `EVAL:${event.aggregateId}`,
        kpi: KpiCode.EVALUATION_RATE,
        role: 'OWN',
        unitId,
        day,
        numerator: 0,
        denominator: 1,
      },
      'first',
    );
}

async function evaluated(db: Db, event: FeedEvent, day: string): Promise<void> {
  const [unitId, target, rating] = ['unitId', 'target', 'rating'].map((f) => text(event.payload, f));
  await db.query(`update stats.petition_fact set rating = $2, status = coalesce($3, status) where petition_id = $1`, [
    event.aggregateId,
    rating,
    text(event.payload, 'to'),
  ]);
  if (unitId && target && rating)
    await putFact(
      db,
      {
        key: `SAT:${event.aggregateId}:${target}`,
        kpi: KpiCode.SATISFACTION_RATE,
        role: target,
        unitId,
        day,
        numerator: SATISFIED.has(rating) ? 1 : 0,
        denominator: 1,
      },
      'first',
    );
  // the reply now has a rating: it counts as rated on its own reply date
  const reply = await factOf(db, `EVAL:${event.aggregateId}`);
  if (reply && reply.numerator === 0) await putFact(db, { ...reply, numerator: 1 }, 'replace');
}

/** A deadline met (in time or not) or flagged overdue: the first decision stands. */
async function clockDecided(db: Db, event: FeedEvent): Promise<void> {
  const [kind, unitId, dueAt] = ['kind', 'unitId', 'dueAt'].map((f) => text(event.payload, f));
  const counts = kind ? CLOCK_KPIS[kind] : undefined;
  if (!counts || !unitId || !dueAt) return;
  const onTime = event.type === 'DeadlineMet' && event.payload.onTime === true;
  await putFact(
    db,
    {
      key: `CLOCK:${event.aggregateId}:${kind}:${unitId}`,
      kpi: counts.kpi,
      role: counts.role,
      unitId,
      day: beijingDate(dueAt),
      numerator: onTime ? 1 : 0,
      denominator: 1,
    },
    'first',
  );
}
