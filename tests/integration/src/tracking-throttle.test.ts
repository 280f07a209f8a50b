import { startPlatform, type TestPlatform } from '@tjxf/test-kit';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { graphqlFrom } from './support/from-address.js';
import { countRows, filedOnline, repliedPetition } from './support/petitions.js';

// Guessing the phone ending of a tracking code (R-ON1) and rating as its petitioner (R-P13),
// with parallel requests and aliases (issue 8).
let platform: TestPlatform;
beforeAll(async () => {
  platform = await startPlatform(inject('pgServerUrl')); // its own database: its own counters
});
afterAll(() => platform?.stop());

const CODE_ALLOWANCE = 5; // TRACKING_THROTTLE_RULES: tries per tracking code

const filed = (phone: string) => filedOnline(platform, phone);
const replied = (phone: string) => repliedPetition(platform, phone);

/** 20 requests of 15 aliases each, sent at once: guess `[i][j]` for alias j of request i. */
function burst(address: string, guesses: string[][], field: (alias: string, guess: string) => string, op: string) {
  return Promise.all(
    guesses.map((row) =>
      graphqlFrom(platform, address, `${op} { ${row.map((guess, j) => field(`g${j}`, guess)).join(' ')} }`),
    ),
  );
}

/** Wrong endings everywhere except the right one as the second alias of every request. */
const guessesAround = (right: string) =>
  Array.from({ length: 20 }, (_, i) =>
    Array.from({ length: 15 }, (_, j) => (j === 1 ? right : String(i * 15 + j).padStart(4, '0'))),
  );

/** Phone endings actually compared: each comparison is one run of the tracking query. */
const lookUpsRun = () =>
  platform.queries.petitions.filter((q) => /t\.phone_last4 = /.test(q) && /p\.tracking_code = /.test(q)).length;

const throttleRow = async (key: string) =>
  (
    await platform.services.petitions.orm.em
      .getConnection()
      .execute<{ points: number; expire: string }[]>(
        'select points, expire from petitions.tracking_throttle where key = ?',
        [key],
      )
  )[0];

const errorCodes = (results: { errors?: { extensions?: { code?: string } }[] }[]) =>
  results.flatMap((r) => (r.errors ?? []).map((e) => e.extensions?.code));

describe('guessing a phone ending with parallel requests and aliases', () => {
  it('compares at most 5 endings for a code out of 20 parallel requests of 15 aliases', async () => {
    const { trackingCode } = await filed('13700004321');
    const address = '127.0.0.41';
    platform.resetQueryLog();
    const results = await burst(
      address,
      guessesAround('4321'),
      (alias, guess) => `${alias}: trackPetition(trackingCode: "${trackingCode}", phoneLast4: "${guess}") { status }`,
      'query',
    );
    expect(results.every((r) => Object.values(r.data ?? {}).every((v) => v === null))).toBe(true);
    expect(lookUpsRun()).toBe(CODE_ALLOWANCE);
    const codes = errorCodes(results);
    expect(codes).toHaveLength(300);
    expect(codes.filter((c) => c === 'NOT_FOUND')).toHaveLength(CODE_ALLOWANCE);
    expect(new Set(codes)).toEqual(new Set(['NOT_FOUND', 'RATE_LIMITED']));
    // the code is paused; the address spent only the tries that were compared
    expect((await throttleRow(`code:${trackingCode}`))!.points).toBeGreaterThan(CODE_ALLOWANCE);
    expect(Number((await throttleRow(`code:${trackingCode}`))!.expire)).toBeGreaterThan(Date.now());
    expect((await throttleRow(`address:${address}`))!.points).toBe(CODE_ALLOWANCE);
    // the right ending, afterwards, waits as well
    const late = await graphqlFrom(
      platform,
      '127.0.0.42',
      `query { trackPetition(trackingCode: "${trackingCode}", phoneLast4: "4321") { status } }`,
    );
    expect(late.errors?.[0]?.extensions).toMatchObject({ code: 'RATE_LIMITED', retryAfterSeconds: expect.any(Number) });
  });

  it('answers the first look-up of a request and refuses the others with RATE_LIMITED', async () => {
    const { trackingCode } = await filed('13700001357');
    const lookUp = (alias: string) =>
      `${alias}: trackPetition(trackingCode: "${trackingCode}", phoneLast4: "1357") { trackingCode }`;
    const result = await graphqlFrom<Record<string, { trackingCode: string } | null>>(
      platform,
      '127.0.0.43',
      `query { ${lookUp('first')} ${lookUp('second')} }`,
    );
    expect(result.data).toEqual({ first: { trackingCode }, second: null });
    expect(result.errors).toHaveLength(1);
    expect(result.errors![0]).toMatchObject({
      path: ['second'],
      extensions: { code: 'RATE_LIMITED', retryAfterSeconds: 0 },
    });
  });
});

describe('rating a petition as its petitioner by tracking code (R-P13)', () => {
  const rate =
    (code: string, target = 'PETITION_OFFICE') =>
    (alias: string, guess: string) =>
      `${alias}: evaluatePetition(input: { trackingCode: "${code}", phoneLast4: "${guess}", target: ${target}, rating: UNSATISFIED }) { rating }`;

  it('cannot be brute-forced by 20 parallel requests of 15 aliases', async () => {
    const { trackingCode } = await replied('13700008642');
    const evaluations = await countRows(platform, 'evaluation');
    platform.resetQueryLog();
    const results = await burst('127.0.0.51', guessesAround('8642'), rate(trackingCode), 'mutation');
    expect(results.every((r) => Object.values(r.data ?? {}).every((v) => v === null))).toBe(true);
    expect(lookUpsRun()).toBe(CODE_ALLOWANCE);
    expect(await countRows(platform, 'evaluation')).toBe(evaluations);
    expect(new Set(errorCodes(results))).toEqual(new Set(['NOT_FOUND', 'RATE_LIMITED']));
  });

  it('lets the petitioner rate with the right code and phone, one look-up per request', async () => {
    const { trackingCode } = await replied('13700002468');
    const evaluations = await countRows(platform, 'evaluation');
    const send = (fields: string) => graphqlFrom(platform, '127.0.0.52', `mutation { ${fields} }`);

    const alone = await send(rate(trackingCode)('office', '2468'));
    expect(alone).toMatchObject({ data: { office: { rating: 'UNSATISFIED' } } });
    expect(alone.errors).toBeUndefined();
    expect(await countRows(platform, 'evaluation')).toBe(evaluations + 1);

    const unit = rate(trackingCode, 'RESPONSIBLE_UNIT');
    const twice = await send(`${unit('unit', '2468')} ${unit('again', '2468')}`);
    // Evaluation! is not nullable: the refused alias empties the answer, not the rating written
    expect(twice.errors?.map((e) => ({ path: e.path, code: e.extensions?.code }))).toEqual([
      { path: ['again'], code: 'RATE_LIMITED' },
    ]);
    expect(await countRows(platform, 'evaluation')).toBe(evaluations + 2);
  });
});
