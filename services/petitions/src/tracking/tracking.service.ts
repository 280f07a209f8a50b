import type { EntityManager } from '@mikro-orm/core';
import { ErrorCode, invalidField, refuse } from '@tjxf/domain';
import type { FailureThrottle } from '@tjxf/subgraph-kit';
import type { Viewer } from '@tjxf/tokens';
import type { DayBasis } from '@tjxf/calendar';
import type { LegalChannel } from '../category/category.entity.js';
import type { DeadlineKind } from '../deadline/deadline.entity.js';
import type { CitizenPhones } from '../citizen-link/identity-client.js';
import { REDIRECT_NOTICES } from '../intake/legal-redirect.js';
import type { PersonalDataCipher } from '../personal-data/cipher.js';
import { normalizePhone } from '../personal-data/identifiers.js';
import { currentClock, nextStepOf } from '../petition/next-step.js';
import { forPetitioner, petitionerSeesClock } from '../petition/petitioner-view.js';
import { normalizeTrackingCode } from '../petition/tracking-code.js';
import type { PetitionTrackingType } from './tracking.type.js';

/**
 * Look-ups allowed per tracking code and per address, code first (a code has 10⁴ phone
 * endings). A look-up that finds its petition is given back, so a petitioner checking often
 * is never paused; until then it counts, so an address's allowance stays above the look-ups
 * one address honestly has in flight at once (a shared network; the benchmark's 32).
 */
export const TRACKING_THROTTLE_RULES = [
  { name: 'code', tries: 5, windowSeconds: 60 * 60, blockSeconds: 60 * 60 },
  { name: 'address', tries: 50, windowSeconds: 10 * 60, blockSeconds: 30 * 60 },
] as const;
export type TrackingThrottle = FailureThrottle<(typeof TRACKING_THROTTLE_RULES)[number]['name']>;

const notFound = () => refuse(ErrorCode.NOT_FOUND, 'TRACKING_NO_MATCH');

const tooManyTries = (seconds: number) => {
  const minutes = Math.ceil(seconds / 60);
  return refuse(ErrorCode.RATE_LIMITED, 'TRACKING_TOO_MANY_TRIES', { minutes }, { retryAfterSeconds: seconds });
};

/** Aliases (or a look-up and an evaluation) in one request would multiply the guesses. */
const oneLookUpPerRequest = () =>
  refuse(ErrorCode.RATE_LIMITED, 'TRACKING_ONE_PER_REQUEST', undefined, { retryAfterSeconds: 0 });

interface TrackingRow {
  id: string;
  tracking_code: string;
  status: PetitionTracking['status'];
  kind: PetitionTracking['kind'];
  title: string;
  category_code: string;
  received_at: Date;
  legal_channel: LegalChannel | null;
  matches: boolean;
  /** The running clocks. */
  deadlines: {
    kind: DeadlineKind;
    basis: DayBasis;
    days: number;
    rule_set_code: string;
    rule_set_version: number;
    start_event: string;
    start_at: string;
    due_at: string;
    met_at: string | null;
    extension_days: number;
    extension_reason: string | null;
    unit_id: string | null;
    provisional: boolean;
  }[];
  history: {
    at: string;
    action: string;
    to_status: PetitionTracking['status'] | null;
    note: string | null;
    actor_unit_id: string | null;
    visible_to_petitioner: boolean;
  }[];
}

/** One round trip: the petition, whether the phone matches, the running deadline, the visible history. */
const trackingSql = (key: 'tracking_code' | 'id') => `
select p.id, p.tracking_code, p.status, p.kind, p.title, p.category_code, p.received_at, p.legal_channel,
  exists (select 1 from petitions.petitioner t where t.petition_id = p.id and t.phone_last4 = ?) as matches,
  (select coalesce(json_agg(d), '[]'::json) from (
     select kind, basis, days, rule_set_code, rule_set_version, start_event, start_at, due_at, met_at,
            extension_days, extension_reason, unit_id, provisional
       from petitions.deadline where petition_id = p.id and met_at is null and closed_at is null) d) as deadlines,
  (select coalesce(json_agg(h order by h.at, h.id), '[]'::json) from (
     select id, at, action, to_status, note, actor_unit_id, visible_to_petitioner
       from petitions.petition_history where petition_id = p.id and visible_to_petitioner) h) as history
from petitions.petition p where p.${key} = ?`;
const TRACKING_SQL = trackingSql('tracking_code');
const TRACKED_SQL = trackingSql('id');

/** Whether the full phone (its keyed hash) is one given on the petition of that tracking code. */
const PHONE_ON_PETITION_SQL = `
select p.id from petitions.petition p
 where p.tracking_code = ?
   and exists (select 1 from petitions.petitioner t where t.petition_id = p.id and t.phone_hash = ?)`;

type PetitionTracking = PetitionTrackingType;

/** Only this module can vouch that a request gave a petition's tracking code and phone ending. */
const VOUCHED = Symbol('tracking code and phone checked');

/**
 * Proof that this request gave the tracking code and phone ending of a petition, checked under
 * the throttle: what lets its petitioner act without an account (e.g. rate it). Only
 * {@link TrackingService.prove} makes one; nobody can pass a flag instead.
 */
export class TrackedPetition {
  constructor(
    token: typeof VOUCHED,
    readonly petitionId: string,
  ) {
    if (token !== VOUCHED) throw new Error('a tracked petition is only vouched for by the tracking service');
  }
}

/**
 * Following a petition without an account: tracking code + the phone's last four digits.
 * One instance per request, which may look up one petition.
 */
export class TrackingService {
  private lookedUp = false;

  constructor(
    private readonly em: EntityManager,
    private readonly viewer: Viewer,
    private readonly throttle: TrackingThrottle,
    /** Proof by phone: the identity service's one-time codes, and the key phones are hashed with. */
    private readonly phoneProof: { phones: CitizenPhones; cipher: PersonalDataCipher } | null = null,
  ) {}

  async track(rawCode: string, phoneLast4: string): Promise<PetitionTrackingType> {
    return toTracking(await this.lookUp(rawCode, phoneLast4));
  }

  /** Proof that the caller is the petitioner of the petition these open, for acting as them (e.g. rating it). */
  async prove(rawCode: string, phoneLast4: string): Promise<TrackedPetition> {
    return new TrackedPetition(VOUCHED, (await this.lookUp(rawCode, phoneLast4)).id);
  }

  /**
   * Proof by the phone itself: the full number given on the petition and the one-time code
   * just sent to it (issue 10). The tracking throttle does not hold it, so a stranger's wrong
   * guesses never lock the petitioner out of their own case; the code is its limit (tries per
   * code, codes per phone and address). A success lifts the tracking code's pause.
   */
  async proveByPhone(rawCode: string, rawPhone: string, verificationCode: string): Promise<TrackedPetition> {
    if (!this.phoneProof) throw new Error('phones are proven only within a request');
    this.once();
    const { phones, cipher } = this.phoneProof;
    const phone = normalizePhone(rawPhone);
    if (!phone) throw invalidField('input.phone', 'PHONE_FORMAT');
    if (!(await phones.useCode(phone, verificationCode.trim())))
      throw invalidField('input.code', 'VERIFICATION_CODE_WRONG');
    const code = normalizeTrackingCode(rawCode);
    const rows = code
      ? await this.em
          .getConnection()
          .execute<{ id: string }[]>(PHONE_ON_PETITION_SQL, [code, cipher.hash('phone', phone)])
      : [];
    if (!rows[0]) throw refuse(ErrorCode.NOT_FOUND, 'PHONE_NOT_ON_PETITION');
    await this.throttle.succeeded({ code }, ['code']);
    return new TrackedPetition(VOUCHED, rows[0].id);
  }

  /** What the petitioner of a proven petition sees (no further check: the proof was it). */
  async view(tracked: TrackedPetition): Promise<PetitionTrackingType> {
    const rows = await this.em.getConnection().execute<TrackingRow[]>(TRACKED_SQL, ['', tracked.petitionId]);
    return toTracking(rows[0]!);
  }

  /** A request looks up one petition: set before any await, as aliases run side by side. */
  private once(): void {
    if (this.lookedUp) throw oneLookUpPerRequest();
    this.lookedUp = true;
  }

  /** The one look-up of this request: throttled before the code and phone are compared. */
  private async lookUp(rawCode: string, phoneLast4: string): Promise<TrackingRow> {
    this.once();
    const code = normalizeTrackingCode(rawCode);
    const keys = { code: code ?? rawCode.slice(0, 32), address: this.viewer.ip };
    const wait = await this.throttle.take(keys);
    if (wait > 0) throw tooManyTries(wait);
    const rows: TrackingRow[] =
      code && /^\d{4}$/.test(phoneLast4)
        ? await this.em.getConnection().execute<TrackingRow[]>(TRACKING_SQL, [phoneLast4, code])
        : [];
    const row = rows[0];
    if (!row?.matches) throw notFound(); // the same answer for an unknown code and a wrong phone
    await this.throttle.succeeded(keys);
    return row;
  }
}

function toTracking(row: TrackingRow): PetitionTrackingType {
  const d = currentClock(
    row.deadlines.filter((c) => petitionerSeesClock(c.kind)).map((c) => ({ ...c, dueAt: new Date(c.due_at) })),
  );
  const current = d
    ? {
        kind: d.kind,
        basis: d.basis,
        days: d.days,
        ruleSet: d.rule_set_code,
        ruleSetVersion: d.rule_set_version,
        startEvent: d.start_event,
        startAt: new Date(d.start_at),
        dueAt: new Date(d.due_at),
        metAt: d.met_at ? new Date(d.met_at) : null,
        closedAt: null,
        overdueAt: null,
        pausedAt: null,
        pausedDays: 0,
        extensionDays: d.extension_days,
        extensionReason: d.extension_reason,
        provisional: d.provisional,
        unit: d.unit_id ? { id: d.unit_id } : null,
      }
    : null;
  return {
    petitionId: row.id,
    trackingCode: row.tracking_code,
    status: row.status,
    kind: row.kind,
    title: row.title,
    categoryCode: row.category_code,
    receivedAt: new Date(row.received_at),
    currentDeadline: current,
    redirect: row.legal_channel ? { channel: row.legal_channel, notice: REDIRECT_NOTICES[row.legal_channel] } : null,
    nextStep: nextStepOf(row.status, current?.dueAt ?? null),
    history: row.history
      .map((h) => forPetitioner({ ...h, visibleToPetitioner: h.visible_to_petitioner }))
      .filter((h) => h !== null)
      .map((h) => ({
        at: new Date(h.at),
        action: h.action,
        status: h.to_status,
        note: h.note,
        unit: h.actor_unit_id ? { id: h.actor_unit_id } : null,
      })),
  };
}
