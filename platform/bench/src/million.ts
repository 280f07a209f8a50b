// npm run bench:million: what the platform's size costs (issue 12), through the gateway, one
// request at a time. (1) Each query of the leadership dashboard against the SQL that would
// compute the same figure from the petition tables without the statistics projections, side by
// side in the same run (target: p95 < 100 ms, ≥ 50× faster). (2) The workbench's inbox and
// search and the citizens' tracking. Run against a platform that npm start is running, meant
// for a generated million (docs/generator.md). Not part of npm test.
import { loadConfig, z } from '@tjxf/config';
import { launcherConfigSchema, openPlatformDatabase } from '@tjxf/launcher';
import pg from 'pg';

const config = loadConfig(
  launcherConfigSchema.extend({
    BENCH_GATEWAY: z.string().url().default('http://127.0.0.1:4000'),
    BENCH_RUNS: z.coerce.number().int().min(5).max(500).default(20),
    BENCH_USER: z.string().default('leader.city'),
  }),
);

const health = await fetch(`${config.BENCH_GATEWAY}/healthz`).catch(() => null);
if (!health?.ok) {
  console.error(`The platform is not up at ${config.BENCH_GATEWAY}: start it with npm start first.`);
  process.exit(1);
}

async function graphql<T>(query: string, variables: object, token?: string): Promise<T> {
  // the run stops at the first error: a figure measured on a refusal would mean nothing
  const response = await fetch(`${config.BENCH_GATEWAY}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
  if (body.errors?.length || !body.data) throw new Error(`${query.slice(0, 60)}…: ${JSON.stringify(body.errors)}`);
  return body.data;
}

const signIn = async (username: string) =>
  (
    await graphql<{ login: { accessToken: string } }>(
      'mutation L($u: String!, $p: String!) { login(username: $u, password: $p) { accessToken } }',
      { u: username, p: 'Demo#2026' },
    )
  ).login.accessToken;
const token = await signIn(config.BENCH_USER);

// the period every figure is asked for: this Beijing year so far, and the year before
const now = new Date();
const year = Number(new Intl.DateTimeFormat('en', { timeZone: 'Asia/Shanghai', year: 'numeric' }).format(now));
const yearStart = new Date(`${year}-01-01T00:00:00+08:00`);
const lastYearStart = new Date(`${year - 1}-01-01T00:00:00+08:00`);
const lastYearSameDay = new Date(now.getTime() - (yearStart.getTime() - lastYearStart.getTime()));
const today = new Intl.DateTimeFormat('sv', { timeZone: 'Asia/Shanghai' }).format(now);
const CITY = '120000';
const cityLike = '12%';

/** The petition-table SQL of a KPI set over a period: clocks met in time, repeats, online, ratings. */
const kpiSql = (group: string) => [
  `select ${group} as area, d.kind, count(*) filter (where d.met_at <= d.due_at) as on_time, count(*) as decided
     from petitions.deadline d join petitions.petition p on p.id = d.petition_id
    where d.kind in ('DISPOSAL', 'ACCEPTANCE', 'HANDLING', 'REVIEW', 'RE_REVIEW')
      and coalesce(d.met_at, d.overdue_at) >= $1 and coalesce(d.met_at, d.overdue_at) < $2 and p.region_code like $3
    group by 1, 2`,
  `select ${group} as area, count(*) as registered, count(*) filter (where p.repeat_of_id is not null) as repeats,
          count(*) filter (where p.channel = 'ONLINE') as online
     from petitions.petition p where p.received_at >= $1 and p.received_at < $2 and p.region_code like $3 group by 1`,
  `select ${group} as area, e.target, count(*) filter (where e.rating in ('SATISFIED', 'BASICALLY_SATISFIED')) as satisfied,
          count(*) as rated
     from petitions.evaluation e join petitions.petition p on p.id = e.petition_id
    where e.at >= $1 and e.at < $2 and p.region_code like $3 group by 1, 2`,
];
const bothYears = (sql: string[]) => [
  ...sql.map((text) => ({ text, values: [yearStart, now, cityLike] })),
  ...sql.map((text) => ({ text, values: [lastYearStart, lastYearSameDay, cityLike] })),
];

interface Figure {
  name: string;
  query: string;
  variables: object;
  /** The statements that compute the same figure from the petition tables. */
  baseline: { text: string; values: unknown[] }[];
}

const FIGURES: Figure[] = [
  {
    name: 'kpis: the city, this year (tiles)',
    query: `query K($f: KpiFilter!) { kpis(filter: $f) { code unitRole numerator denominator rate previousRate } }`,
    variables: { f: { regionCode: CITY, preset: 'YEAR' } },
    baseline: bothYears(kpiSql(`'${CITY}'`)),
  },
  {
    name: 'kpis by district (the map)',
    query: `query K($f: KpiFilter!) { kpis(filter: $f) { code regionCode numerator denominator rate previousRate } }`,
    variables: { f: { regionCode: CITY, preset: 'YEAR', groupBy: 'REGION' } },
    baseline: bothYears(kpiSql('left(p.region_code, 6)')),
  },
  {
    name: 'petitionTrend: by category, per month',
    query: `query T($f: TrendFilter!) { petitionTrend(filter: $f) { period key count } }`,
    variables: { f: { regionCode: CITY, from: `${year}-01-01`, to: today, interval: 'MONTH', by: 'CATEGORY' } },
    baseline: [
      {
        text: `select to_char(received_at at time zone 'Asia/Shanghai', 'YYYY-MM'), left(category_code, 2), count(*)
                 from petitions.petition where received_at >= $1 and received_at < $2 and region_code like $3
                group by 1, 2`,
        values: [yearStart, now, cityLike],
      },
    ],
  },
  {
    name: 'hotSpots: the city',
    query: `query H($r: String) { hotSpots(regionCode: $r) { kind categoryCode regionCode count baseline limit } }`,
    variables: { r: CITY },
    baseline: [
      {
        // this week and the eight before, per category (three levels) and per district
        text: `with weekly as (
                 select floor(extract(epoch from ($2::timestamptz - received_at)) / 604800) as week, category_code,
                        left(region_code, 6) as district, people_involved
                   from petitions.petition where received_at >= $1 and received_at < $2 and region_code like $3)
               select week, left(category_code, 2), left(category_code, 4), category_code, district, count(*),
                      count(*) filter (where people_involved >= 5)
                 from weekly
                group by grouping sets ((week, left(category_code, 2)), (week, left(category_code, 4)),
                                        (week, category_code), (week, district))`,
        values: [new Date(now.getTime() - 63 * 86_400_000), now, cityLike],
      },
    ],
  },
  {
    name: 'performanceScores: every unit, this year',
    query: `query P($f: KpiFilter!) { performanceScores(filter: $f) { unitRole score rank parts { kpi rate } } }`,
    variables: { f: { regionCode: CITY, preset: 'YEAR' } },
    baseline: kpiSql('coalesce(p.lead_unit_id, p.receiving_unit_id)').map((text) => ({
      text,
      values: [yearStart, now, cityLike],
    })),
  },
  {
    name: 'annualReport: the city, this year',
    query: `query A($y: Int!, $r: String) { annualReport(year: $y, regionCode: $r) {
      registered previousYearRegistered collective repeats byChannel { key count } byCategory { key count }
      topSubcategories { key count } byRegion { key count } byMonth { key count } handling { key count }
      mostComplainedUnits { count } kpis { code rate } } }`,
    variables: { y: year, r: CITY },
    baseline: [
      {
        text: `with yearly as (
                 select channel, kind, category_code, left(region_code, 6) as area, people_involved, repeat_of_id,
                        to_char(received_at at time zone 'Asia/Shanghai', 'MM') as month
                   from petitions.petition where received_at >= $1 and received_at < $2 and region_code like $3)
               select channel, kind, left(category_code, 2), category_code, area, month, count(*),
                      sum(people_involved), count(*) filter (where people_involved >= 5),
                      count(*) filter (where repeat_of_id is not null)
                 from yearly
                group by grouping sets ((channel), (kind), (left(category_code, 2)), (category_code), (area), (month), ())`,
        values: [yearStart, now, cityLike],
      },
      {
        text: `select respondent_unit_id, count(*) from petitions.petition
                where received_at >= $1 and received_at < $2 and region_code like $3 and respondent_unit_id is not null
                group by 1 order by 2 desc limit 10`,
        values: [yearStart, now, cityLike],
      },
      {
        text: `select count(*) from petitions.petition where received_at >= $1 and received_at < $2 and region_code like $3`,
        values: [lastYearStart, lastYearSameDay, cityLike],
      },
      ...bothYears(kpiSql(`'${CITY}'`)).slice(0, 3),
    ],
  },
];

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)]!;
const ms = (n: number) => n.toFixed(n < 10 ? 1 : 0);

/** p50 and p95 of `runs` timed calls, after three to warm up. */
async function timed(runs: number, call: (run: number) => Promise<unknown>): Promise<{ p50: number; p95: number }> {
  const times: number[] = [];
  for (let run = -3; run < runs; run++) {
    const started = performance.now();
    await call(run + 3);
    if (run >= 0) times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 0.5), p95: percentile(times, 0.95) };
}

const INBOX = `query I($filter: PetitionFilter, $orderBy: PetitionOrder) {
  petitions(filter: $filter, first: 20, orderBy: $orderBy) {
    totalCount totalCountCapped
    edges { node { id trackingCode title status riskLevel leadUnit { name } currentDeadline { kind dueAt } } }
  }
}`;
const COUNTS = `query C { petitionStatusCounts { status count capped } }`;
const TRACK = `query T($c: String!, $p: String!) {
  trackPetition(trackingCode: $c, phoneLast4: $p) { status currentDeadline { kind dueAt } history { action at } }
}`;

const database = await openPlatformDatabase(config, () => {});
const sql = new pg.Client({ connectionString: database.url });
await sql.connect();
try {
  const [{ petitions }] = (
    await sql.query<{ petitions: string }>('select count(*) as petitions from petitions.petition')
  ).rows as [{ petitions: string }];
  console.log(
    `${Number(petitions).toLocaleString('en')} petitions; ${config.BENCH_RUNS} runs each after 3 to warm up, ` +
      `one request at a time; the petition-table SQL straight on PostgreSQL, no gateway\n`,
  );
  console.log(`The dashboard, as ${config.BENCH_USER}:\n`);
  console.log('| figure | dashboard p50 ms | p95 ms | from the petition tables p50 ms | p95 ms | × (p50) |');
  console.log('|---|---|---|---|---|---|');
  for (const figure of FIGURES) {
    const stats = await timed(config.BENCH_RUNS, () => graphql(figure.query, figure.variables, token));
    const tables = await timed(config.BENCH_RUNS, async () => {
      for (const statement of figure.baseline) await sql.query(statement.text, statement.values);
    });
    console.log(
      `| ${figure.name} | ${ms(stats.p50)} | ${ms(stats.p95)} | ${ms(tables.p50)} | ${ms(tables.p95)} | ${Math.round(tables.p50 / stats.p50)} |`,
    );
  }

  const hexi = await signIn('xfb.hexi');
  const city = await signIn('xfb.city');
  // petitions to track: a sample across the years, each with its petitioner's last four digits
  const targets = (
    await sql.query<{ code: string; last4: string }>(
      `select p.tracking_code as code, pe.phone_last4 as last4
         from petitions.petition p tablesample system (1)
         join petitions.petitioner pe on pe.petition_id = p.id and pe.position = 0
        where pe.phone_last4 is not null limit $1`,
      [config.BENCH_RUNS + 3],
    )
  ).rows;
  const workbench: [string, () => Promise<unknown>][] = [
    ['inbox, Hexi office (20 most urgent, with the total)', () => graphql(INBOX, { orderBy: 'URGENCY' }, hexi)],
    ['inbox, city office', () => graphql(INBOX, { orderBy: 'URGENCY' }, city)],
    ['inbox newest first, Hexi', () => graphql(INBOX, { orderBy: 'NEWEST' }, hexi)],
    ['counts per status, Hexi', () => graphql(COUNTS, {}, hexi)],
    ['search 物业 (a common word), Hexi', () => graphql(INBOX, { filter: { text: '物业' } }, hexi)],
    ['search 回迁房, city', () => graphql(INBOX, { filter: { text: '回迁房' } }, city)],
  ];
  console.log('\nThe workbench and tracking:\n');
  console.log('| request | p50 ms | p95 ms |');
  console.log('|---|---|---|');
  for (const [name, call] of workbench) {
    const { p50, p95 } = await timed(config.BENCH_RUNS, call);
    console.log(`| ${name} | ${ms(p50)} | ${ms(p95)} |`);
  }
  if (targets.length) {
    const { p50, p95 } = await timed(config.BENCH_RUNS, (run) => {
      const target = targets[run % targets.length]!;
      return graphql(TRACK, { c: target.code, p: target.last4 });
    });
    console.log(`| trackPetition (a different petition each time) | ${ms(p50)} | ${ms(p95)} |`);
  }
} finally {
  await sql.end();
  await database.close();
}
