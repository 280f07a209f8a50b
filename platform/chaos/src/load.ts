import { createHash, randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { unitIdForKey } from '@tjxf/domain';
import { graphql, mayHaveHappened, type Outcome } from './client.js';

/** Streets the citizens file in: Hexi's (whose petition office takes the steps) and others. */
const STREETS = ['120103001', '120103003', '120103010', '120101001', '120104001'];
const HEXI = '120103';
const HEXI_HOUSING = unitIdForKey('120103/zj');

/** Failures a client waits out and sends again (the same idempotency key, the same version). */
const RETRYABLE = /^(SERVICE_UNAVAILABLE|RATE_LIMITED|HTTP 5\d\d|connection |timed out)/;
/** How long a client keeps retrying one request before it gives up on it. */
const GIVE_UP_MS = 90_000;

export type Activity = 'submit' | 'track' | 'step';

/** One request's outcome, when it came back. */
export interface Sample {
  at: number;
  activity: Activity;
  failure?: string;
}

export interface Submission {
  seq: number;
  idempotencyKey: string;
  regionCode: string;
  /** Set once acknowledged. */
  id?: string;
  trackingCode?: string;
  phone: string;
}

/**
 * A mixed load on the gateway, as the portals make it: citizens filing (each petition with an
 * idempotency key, retried with the same key when the answer was lost), citizens tracking
 * what they filed, and the Hexi petition office assigning what was filed there (each step
 * with the version it read, retried with the same version). Every request's outcome is kept
 * with its time; what was acknowledged is kept to be checked against the database.
 */
export class MixedLoad {
  readonly samples: Sample[] = [];
  readonly submissions: Submission[] = [];
  /** Petitions the office's assignment of was acknowledged (or found done after a lost answer). */
  readonly assigned = new Set<string>();
  /** Gave up on after {@link GIVE_UP_MS} of failures: what the client was never told. */
  readonly abandoned: { activity: Activity; ref: string; failure: string }[] = [];
  private readonly toAssign: Submission[] = [];
  private readonly stopping = new AbortController();
  private readonly workers: Promise<void>[] = [];
  private seq = 0;

  constructor(
    private readonly graphqlUrl: string,
    readonly marker: string,
    private readonly staffToken: string,
  ) {}

  start(shape: { citizens: number; trackers: number; officers: number }): void {
    for (let i = 0; i < shape.citizens; i++) this.workers.push(this.loop(() => this.submitOne()));
    for (let i = 0; i < shape.trackers; i++) this.workers.push(this.loop(() => this.trackOne()));
    for (let i = 0; i < shape.officers; i++) this.workers.push(this.loop(() => this.assignOne()));
  }

  /** Stops starting requests and waits for those under way (with their retries) to end. */
  async stop(): Promise<void> {
    this.stopping.abort();
    await Promise.all(this.workers);
  }

  get acknowledged(): Submission[] {
    return this.submissions.filter((s) => s.trackingCode);
  }

  private async loop(work: () => Promise<void>): Promise<void> {
    while (!this.stopping.signal.aborted) await work();
  }

  private record(activity: Activity, outcome: Outcome<unknown>): void {
    this.samples.push({ at: Date.now(), activity, ...(outcome.ok ? {} : { failure: outcome.failure }) });
  }

  /**
   * Sends until the answer is final: success, a refusal, or {@link GIVE_UP_MS} of failures a
   * client would retry. A retry waits as long as the service asked, at most a second here.
   */
  private async untilFinal<T>(activity: Activity, send: () => Promise<Outcome<T>>): Promise<Outcome<T>[]> {
    const attempts: Outcome<T>[] = [];
    const since = Date.now();
    for (;;) {
      const outcome = await send();
      this.record(activity, outcome);
      attempts.push(outcome);
      if (outcome.ok || !RETRYABLE.test(outcome.failure ?? '') || Date.now() - since > GIVE_UP_MS) return attempts;
      await sleep(250 + Math.random() * 750);
    }
  }

  private async submitOne(): Promise<void> {
    const seq = this.seq++;
    const submission: Submission = {
      seq,
      idempotencyKey: randomUUID(),
      regionCode: STREETS[seq % STREETS.length]!,
      phone: phoneOf(this.marker, seq),
    };
    this.submissions.push(submission);
    const attempts = await this.untilFinal('submit', () =>
      graphql<{ submitPetition: { petition: { id: string; trackingCode: string } } }>(this.graphqlUrl, SUBMIT, {
        input: {
          idempotencyKey: submission.idempotencyKey,
          kind: 'COMPLAINT',
          categoryCode: '030103',
          regionCode: submission.regionCode,
          title: `工地夜间施工噪音扰民（${this.marker}）`,
          content: `附近工地每天晚上十点以后仍在施工，噪音很大，影响居民休息，请求查处。${this.marker} ${seq}`,
          petitioners: [{ name: '演练用户', phone: submission.phone }],
        },
      }),
    );
    const last = attempts.at(-1)!;
    if (last.ok) {
      Object.assign(submission, last.data!.submitPetition.petition);
      if (submission.regionCode.startsWith(HEXI)) this.toAssign.push(submission);
    } else if (RETRYABLE.test(last.failure ?? ''))
      this.abandoned.push({ activity: 'submit', ref: String(seq), failure: last.failure! });
  }

  private async trackOne(): Promise<void> {
    const known = this.acknowledged;
    if (!known.length) return void (await sleep(100));
    const target = known[Math.floor(Math.random() * known.length)]!;
    const outcome = await graphql(this.graphqlUrl, TRACK, { c: target.trackingCode, p: target.phone.slice(-4) });
    this.record('track', outcome);
  }

  /** The Hexi petition office assigns a petition filed in Hexi to its housing bureau. */
  private async assignOne(): Promise<void> {
    const next = this.toAssign.shift();
    if (!next) return void (await sleep(100));
    const read = await this.untilFinal('step', () => this.versionOf(next.id!));
    const version = read.at(-1)!;
    if (!version.ok) return void this.abandoned.push({ activity: 'step', ref: next.id!, failure: version.failure! });
    const expectedVersion = version.data!.petition.version;
    const attempts = await this.untilFinal('step', () =>
      graphql(
        this.graphqlUrl,
        DISPOSE,
        { id: next.id, input: { mode: 'ASSIGN', unitId: HEXI_HOUSING }, expectedVersion },
        this.staffToken,
      ),
    );
    const last = attempts.at(-1)!;
    // a CONFLICT after an attempt whose answer was lost: that attempt was carried out
    const lostThenConflict =
      last.failure === 'CONFLICT' && attempts.slice(0, -1).some((a) => !a.ok && mayHaveHappened(a));
    if (last.ok || lostThenConflict) this.assigned.add(next.id!);
    else if (RETRYABLE.test(last.failure ?? ''))
      this.abandoned.push({ activity: 'step', ref: next.id!, failure: last.failure! });
  }

  private versionOf(id: string) {
    return graphql<{ petition: { version: number } }>(
      this.graphqlUrl,
      'query V($id: ID!) { petition(id: $id) { version } }',
      { id },
      this.staffToken,
    );
  }
}

/** A phone of its own for each submission of a run, so that no per-person limit applies. */
function phoneOf(marker: string, seq: number): string {
  const base = createHash('sha256').update(marker).digest().readUInt32BE(0) % 10_000;
  return `138${String(base * 10_000 + (seq % 10_000)).padStart(8, '0')}`;
}

const SUBMIT =
  'mutation S($input: SubmitPetitionInput!) { submitPetition(input: $input) { petition { id trackingCode } } }';
const TRACK =
  'query T($c: String!, $p: String!) { trackPetition(trackingCode: $c, phoneLast4: $p) { status history { action at } } }';
const DISPOSE = `mutation D($id: ID!, $input: DisposeInput!, $expectedVersion: Int) {
  disposePetition(id: $id, input: $input, expectedVersion: $expectedVersion) { id version status }
}`;
