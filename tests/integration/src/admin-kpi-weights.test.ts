import { startPlatform, type TestPlatform } from '@tjxf/test-kit';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { errorCode } from './support/accounts.js';
import { dataOf, signIn } from './support/demo.js';
import { onlyError } from './support/petitions.js';

// Issue 10, R-PERF: the administrator sets a KPI weight scheme as a new version effective from
// a Beijing date (today or later); old versions stay readable; each change is audited.
let platform: TestPlatform;
let tokens: Record<'admin' | 'leader.hexi' | 'xfb.hexi', string>;
let adminId: string;

const SET = `mutation S($input: SetKpiWeightsInput!) {
  setKpiWeights(input: $input) { scheme version effectiveFrom createdBy { id } weights { kpi weight threshold penalty } }
}`;
const VERSIONS = `query V($scheme: String!) { kpiWeightVersions(scheme: $scheme) { version effectiveFrom weights { kpi weight } } }`;
const IN_FORCE = `query W($scheme: String, $on: String) { kpiWeights(scheme: $scheme, on: $on) { version kpi weight effectiveFrom } }`;
interface Version {
  scheme: string;
  version: number;
  effectiveFrom: string | null;
  createdBy: { id: string } | null;
  weights: { kpi: string; weight: number; threshold: number | null; penalty: number | null }[];
}

const beijingDate = (offsetDays = 0) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(
    new Date(Date.now() + offsetDays * 86_400_000),
  );
const WEIGHTS = [
  { kpi: 'TIMELY_ACCEPTANCE_RATE', weight: 20 },
  { kpi: 'ON_TIME_COMPLETION_RATE', weight: 30 },
  { kpi: 'SATISFACTION_RATE', weight: 30 },
  { kpi: 'EVALUATION_RATE', weight: 20 },
];
const setAs = (token: string | undefined, input: Record<string, unknown>) =>
  platform.graphql<{ setKpiWeights: Version }>(SET, { input }, token ? { token } : {});
const statsSql = <T>(query: string, params: unknown[] = []) =>
  platform.services.stats.orm.em.fork().getConnection().execute<T[]>(query, params);
const snapshot = () =>
  Promise.all([
    statsSql(`select scheme, version, kpi, weight from stats.kpi_weight order by scheme, version, kpi`),
    statsSql(`select count(*)::int as n from stats.audit_entry`),
  ]);

beforeAll(async () => {
  platform = await startPlatform(inject('pgServerUrl'));
  tokens = await signIn(platform, ['admin', 'leader.hexi', 'xfb.hexi'] as const);
  adminId = (await dataOf<{ viewer: { id: string } }>(platform, tokens.admin, '{ viewer { id } }')).viewer.id;
});
afterAll(() => platform?.stop());

describe('KPI weight schemes set by the administrator (issue 10, R-PERF)', () => {
  it('adds a version from a later date: the old one stays in force until then and readable after', async () => {
    const scheme = 'district-example-2022';
    const from = beijingDate(10);
    const result = await setAs(tokens.admin, { scheme, effectiveFrom: from, weights: WEIGHTS });
    expect(result.errors).toBeUndefined();
    expect(result.data!.setKpiWeights).toMatchObject({
      scheme,
      version: 2,
      effectiveFrom: from,
      createdBy: { id: adminId },
    });
    const today = await dataOf<{ kpiWeights: { version: number }[] }>(platform, tokens['leader.hexi'], IN_FORCE, {
      scheme,
    });
    expect(new Set(today.kpiWeights.map((w) => w.version))).toEqual(new Set([1]));
    const then = await dataOf<{ kpiWeights: { version: number; kpi: string; weight: number }[] }>(
      platform,
      tokens['leader.hexi'],
      IN_FORCE,
      { scheme, on: from },
    );
    expect(then.kpiWeights.map((w) => [w.kpi, w.weight]).sort()).toEqual(WEIGHTS.map((w) => [w.kpi, w.weight]).sort());
    const versions = await dataOf<{ kpiWeightVersions: { version: number; effectiveFrom: string | null }[] }>(
      platform,
      tokens.admin,
      VERSIONS,
      { scheme },
    );
    expect(versions.kpiWeightVersions.map((v) => [v.version, v.effectiveFrom])).toEqual([
      [2, from],
      [1, null],
    ]);
    const audit = await statsSql<{ action: string; actor_id: string; detail: Record<string, unknown> }>(
      `select action, actor_id, detail from stats.audit_entry where subject = ?`,
      [`kpi:${scheme}`],
    );
    expect(audit).toEqual([
      {
        action: 'KPI_WEIGHTS_SET',
        actor_id: adminId,
        detail: { version: 2, effectiveFrom: from, weights: Object.fromEntries(WEIGHTS.map((w) => [w.kpi, w.weight])) },
      },
    ]);
  });

  it('puts a version from today in force at once, with its threshold and penalty', async () => {
    const weights = [
      { kpi: 'ON_TIME_COMPLETION_RATE', weight: 33.33 },
      { kpi: 'SATISFACTION_RATE', weight: 33.33 },
      { kpi: 'REPEAT_PETITION_RATE', weight: 33.34 },
      { kpi: 'CASE_OWNERSHIP_RESOLUTION_RATE', weight: 0, threshold: 0.85, penalty: 1 },
    ];
    const result = await setAs(tokens.admin, { scheme: 'hexi-2027', effectiveFrom: beijingDate(), weights });
    expect(result.data!.setKpiWeights.version).toBe(1);
    const now = await dataOf<{ kpiWeights: { kpi: string; weight: number }[] }>(platform, tokens.admin, IN_FORCE, {
      scheme: 'hexi-2027',
    });
    expect(now.kpiWeights).toHaveLength(4);
  });

  it('numbers versions saved at the same moment one after the other', async () => {
    const results = await Promise.all(
      [1, 2, 3].map(() =>
        setAs(tokens.admin, { scheme: 'parallel-scheme', effectiveFrom: beijingDate(1), weights: WEIGHTS }),
      ),
    );
    expect(results.map((r) => r.errors)).toEqual([undefined, undefined, undefined]);
    expect(results.map((r) => r.data!.setKpiWeights.version).sort()).toEqual([1, 2, 3]);
  });

  it('refuses anyone but the administrator, and changes nothing', async () => {
    const before = await snapshot();
    const input = { scheme: 'district-example-2022', effectiveFrom: beijingDate(1), weights: WEIGHTS };
    for (const token of [tokens['leader.hexi'], tokens['xfb.hexi']])
      expect(errorCode(await setAs(token, input))).toBe('FORBIDDEN');
    expect(errorCode(await setAs(undefined, input))).toBe('UNAUTHENTICATED');
    expect(await snapshot()).toEqual(before);
  });

  it('names what is wrong: a weight out of range, a sum other than 100, an unknown or repeated KPI, a past date', async () => {
    const before = await snapshot();
    const base = { scheme: 'district-example-2022', effectiveFrom: beijingDate(1), weights: WEIGHTS };
    const cases: [Record<string, unknown>, string, string][] = [
      [
        {
          weights: [
            { kpi: 'SATISFACTION_RATE', weight: 120 },
            { kpi: 'EVALUATION_RATE', weight: -20 },
          ],
        },
        'input.weights[0].weight',
        'KPI_WEIGHT_RANGE',
      ],
      [
        {
          weights: [
            { kpi: 'SATISFACTION_RATE', weight: 60 },
            { kpi: 'EVALUATION_RATE', weight: 30 },
          ],
        },
        'input.weights',
        'KPI_WEIGHTS_SUM',
      ],
      [
        {
          weights: [
            { kpi: 'SATISFACTION_RATE', weight: 60 },
            { kpi: 'GDP_GROWTH', weight: 40 },
          ],
        },
        'input.weights[1].kpi',
        'KPI_UNKNOWN',
      ],
      [
        {
          weights: [
            { kpi: 'SATISFACTION_RATE', weight: 60 },
            { kpi: 'SATISFACTION_RATE', weight: 40 },
          ],
        },
        'input.weights[1].kpi',
        'KPI_DUPLICATE',
      ],
      [{ weights: [] }, 'input.weights', 'KPI_WEIGHTS_REQUIRED'],
      [
        { weights: [{ kpi: 'SATISFACTION_RATE', weight: 100, threshold: 0.9 }] },
        'input.weights[0].threshold',
        'KPI_THRESHOLD_RANGE',
      ],
      [{ effectiveFrom: beijingDate(-1) }, 'input.effectiveFrom', 'KPI_EFFECTIVE_DATE'],
      [{ effectiveFrom: '2027-02-30' }, 'input.effectiveFrom', 'KPI_EFFECTIVE_DATE'],
      [{ scheme: 'Bad Scheme!' }, 'input.scheme', 'KPI_SCHEME_FORMAT'],
    ];
    for (const [change, field, reason] of cases) {
      const error = onlyError(await setAs(tokens.admin, { ...base, ...change }));
      expect(error.extensions, JSON.stringify(change)).toMatchObject({ code: 'BAD_USER_INPUT', field, reason });
    }
    const sum = onlyError(await setAs(tokens.admin, { ...base, weights: [{ kpi: 'SATISFACTION_RATE', weight: 90 }] }));
    expect(sum.message).toContain('90');
    expect(await snapshot()).toEqual(before);
  });
});
