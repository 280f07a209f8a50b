import { KpiCode } from '../kpi/kpi-weight.entity.js';
import { beijingDate } from '../statistics/period.js';
import type { FeedEvent } from './event-feed.js';
import {
  loadFacts,
  loadPetitions,
  sameFact,
  saveFacts,
  savePetitions,
  saveTrends,
  type Db,
  type KpiFact,
  type PetitionRow,
  type TrendDelta,
} from './facts.js';

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
const LEAD_STEPS = new Set(['PetitionForwarded', 'PetitionAssigned', 'PetitionCompetenceDecided']);

const text = (payload: Record<string, unknown>, field: string): string | null => {
  const value = payload[field];
  return typeof value === 'string' && value ? value : null;
};

/** A registration: `PetitionRegistered`, or intake's `PetitionRedirected` with the registration's fields. */
const isRegistration = (e: FeedEvent) =>
  e.type === 'PetitionRegistered' || (e.type === 'PetitionRedirected' && text(e.payload, 'channel') !== null);

/** The keys of the facts an event may touch, to read them all at once before the page. */
function factKeys(e: FeedEvent): string[] {
  const id = e.aggregateId;
  if (isRegistration(e)) return [`REPEAT:O:${id}`, `ONLINE:${id}`, `REPEAT:U:N:${id}`];
  if (LEAD_STEPS.has(e.type)) return [`REPEAT:U:D:${id}`];
  if (e.type === 'PetitionReplied') return [`EVAL:${id}`];
  if (e.type === 'PetitionEvaluated') return [`EVAL:${id}`, `SAT:${id}:${text(e.payload, 'target')}`];
  if (e.type === 'DeadlineMet' || e.type === 'DeadlineOverdue')
    return [`CLOCK:${id}:${text(e.payload, 'kind')}:${text(e.payload, 'unitId')}`];
  return [];
}

/**
 * Applies a page of events to the projections, in order, in the caller's transaction: what the
 * page touches is read at once, the events are applied in memory, and what changed is written
 * in a few set-based statements (facts, rollup differences, petitions, trends), so that a
 * rebuild of millions of events takes minutes. Everything is keyed (a petition's id, a fact's
 * key): a page applied twice changes nothing. It reads only what the event catalogue
 * (docs/events.md) promises, never another service's tables.
 */
export async function applyEvents(db: Db, events: readonly FeedEvent[]): Promise<void> {
  const ids = new Set(events.map((e) => e.aggregateId));
  for (const e of events)
    if (isRegistration(e) && text(e.payload, 'repeatOfId')) ids.add(text(e.payload, 'repeatOfId')!);
  const [petitions, stored] = await Promise.all([
    loadPetitions(db, [...ids]),
    loadFacts(db, [...new Set(events.flatMap(factKeys))]),
  ]);
  const page = new Page(petitions, stored);
  for (const event of events) page.apply(event);
  await savePetitions(
    db,
    [...page.dirty].map((id) => page.petitions.get(id)!),
  );
  await saveFacts(
    db,
    [...page.facts.entries()]
      .filter(([key, after]) => !sameFact(stored.get(key), after))
      .map(([key, after]) => ({ before: stored.get(key), after })),
  );
  await saveTrends(db, page.registered);
}

/** A page's state while its events are applied. */
class Page {
  readonly facts: Map<string, KpiFact>;
  readonly dirty = new Set<string>();
  readonly registered: TrendDelta[] = [];

  constructor(
    readonly petitions: Map<string, PetitionRow>,
    stored: Map<string, KpiFact>,
  ) {
    this.facts = new Map(stored);
  }

  /** Records a fact: `first`, a fact already there stands; `replace`, it takes the new values. */
  private put(fact: KpiFact, mode: 'first' | 'replace') {
    if (mode === 'first' && this.facts.has(fact.key)) return;
    this.facts.set(fact.key, fact);
  }

  private change(id: string, values: Partial<PetitionRow>) {
    const row = this.petitions.get(id);
    if (!row) return undefined;
    Object.assign(row, values);
    this.dirty.add(id);
    return row;
  }

  apply(event: FeedEvent): void {
    const p = event.payload;
    const id = event.aggregateId;
    const day = beijingDate(event.occurredAt);
    if (isRegistration(event)) return this.register(event, day);
    if (LEAD_STEPS.has(event.type) && text(p, 'unitId')) this.lead(id, text(p, 'unitId')!);
    if (event.type === 'PetitionReplied') this.replied(event, day);
    if (event.type === 'PetitionEvaluated') this.evaluated(event, day);
    if (event.type === 'DeadlineMet' || event.type === 'DeadlineOverdue') this.clockDecided(event);
    const to = text(p, 'to');
    if (to) this.change(id, { status: to });
  }

  private register(event: FeedEvent, day: string) {
    const p = event.payload;
    const id = event.aggregateId;
    if (this.petitions.has(id)) return;
    const row: PetitionRow = {
      petition_id: id,
      registered_on: day,
      region_code: text(p, 'regionCode') ?? '',
      category_code: text(p, 'categoryCode') ?? '',
      channel: text(p, 'channel') ?? '',
      kind: text(p, 'kind') ?? '',
      receiving_unit_id: text(p, 'receivingUnitId'),
      lead_unit_id: null,
      respondent_unit_id: text(p, 'respondentUnitId'),
      people_involved: typeof p.peopleInvolved === 'number' ? p.peopleInvolved : 1,
      repeat_of_id: text(p, 'repeatOfId'),
      skipped_level: p.skippedLevel === true,
      legal_channel: p.legalChannel === true,
      status: text(p, 'status') ?? text(p, 'to') ?? 'REGISTERED',
      outcome: null,
      replied_on: null,
      replying_unit_id: null,
      rating: null,
    };
    this.petitions.set(id, row);
    this.dirty.add(id);
    this.registered.push({
      day,
      regionCode: row.region_code,
      categoryCode: row.category_code,
      channel: row.channel,
      collective: row.people_involved >= COLLECTIVE_PEOPLE,
      skippedLevel: row.skipped_level,
    });
    const office = row.receiving_unit_id;
    if (office) {
      const counted = { role: 'PETITION_OFFICE', unitId: office, day, denominator: 1 };
      const repeat = row.repeat_of_id ? 1 : 0;
      this.put({ key: `REPEAT:O:${id}`, kpi: KpiCode.REPEAT_PETITION_RATE, numerator: repeat, ...counted }, 'first');
      const online = row.channel === 'ONLINE' ? 1 : 0;
      this.put({ key: `ONLINE:${id}`, kpi: KpiCode.ONLINE_SHARE, numerator: online, ...counted }, 'first');
    }
    // a repeat counts against the unit that led the earlier petition (when it came)
    const lead = row.repeat_of_id ? this.petitions.get(row.repeat_of_id)?.lead_unit_id : null;
    if (lead)
      this.put(
        {
          key: `REPEAT:U:N:${id}`,
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

  /** The petition's lead unit (forwarded, assigned, or found competent): it counts the petition as led. */
  private lead(id: string, unitId: string) {
    const row = this.change(id, { lead_unit_id: unitId });
    if (!row) return;
    this.put(
      {
        key: `REPEAT:U:D:${id}`,
        kpi: KpiCode.REPEAT_PETITION_RATE,
        role: 'RESPONSIBLE_UNIT',
        unitId,
        day: row.registered_on,
        numerator: 0,
        denominator: 1,
      },
      'replace',
    );
  }

  private replied(event: FeedEvent, day: string) {
    const unitId = text(event.payload, 'unitId');
    this.change(event.aggregateId, {
      outcome: text(event.payload, 'outcome'),
      replied_on: day,
      replying_unit_id: unitId,
    });
    if (unitId)
      this.put(
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

  private evaluated(event: FeedEvent, day: string) {
    const [unitId, target, rating] = ['unitId', 'target', 'rating'].map((f) => text(event.payload, f));
    this.change(event.aggregateId, { rating });
    if (unitId && target && rating)
      this.put(
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
    const reply = this.facts.get(`EVAL:${event.aggregateId}`);
    if (reply && reply.numerator === 0) this.put({ ...reply, numerator: 1 }, 'replace');
  }

  /** A deadline met (in time or not) or flagged overdue: the first decision stands. */
  private clockDecided(event: FeedEvent) {
    const [kind, unitId, dueAt] = ['kind', 'unitId', 'dueAt'].map((f) => text(event.payload, f));
    const counts = kind ? CLOCK_KPIS[kind] : undefined;
    if (!counts || !unitId || !dueAt) return;
    const onTime = event.type === 'DeadlineMet' && event.payload.onTime === true;
    this.put(
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
}
