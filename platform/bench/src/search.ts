// pnpm bench:search: measures the ways of searching Chinese text in PostgreSQL on the same
// synthetic petitions, for docs/search.md. Starts its own embedded PostgreSQL; takes a minute.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer } from 'node:net';
import { EmbeddedCluster } from '@tjxf/db-kit';
import { searchQuery, searchTokens } from '@tjxf/petitions';
import pg from 'pg';

const ROWS = Number(process.argv[2] ?? 100_000);
const RUNS = 15;

/** Sentences of the kind petitions contain; a petition is a random handful of them. */
const SENTENCES = [
  '我家住在河西区桃园街道某小区，入冬以来室内温度一直低于十六度。',
  '多次向物业反映没有解决，请有关部门督促供热单位整改。',
  '旧楼区改造的拆迁补偿标准没有公示，希望相关部门公开补偿方案。',
  '附近工地每天晚上十点以后仍在施工，噪音很大，影响居民休息。',
  '公司拖欠全体职工工资半年，多次讨要未果，请求劳动监察部门介入。',
  '原单位改制后，部分职工的养老保险缴费年限衔接有问题。',
  '小区楼道垃圾堆积，物业公司不作为，居民多次反映无果。',
  '村里的征地补偿款至今没有发放到户，村委会也不公开账目。',
  '孩子上学划片不合理，离家很远，希望教育部门重新考虑。',
  '道路施工后路面坑洼不平，雨后积水严重，出行非常不便。',
  '医院收费项目不明确，希望卫生健康部门核查。',
  '我们要求依法公开有关的行政许可信息。',
];
const RARE = ['扬尘', '电梯', '养犬'];
// 物业 is in one sentence in twelve; 拆迁补偿 likewise: frequent words, the hard case for an index

const pick = (n: number) =>
  Array.from({ length: n }, () => SENTENCES[Math.floor(Math.random() * SENTENCES.length)]).join('');

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

const dir = await mkdtemp(join(tmpdir(), 'tjxf-search-bench-'));
const cluster = new EmbeddedCluster({ dataDir: join(dir, 'postgres'), port: await freePort(), durable: false });
await cluster.start();
const client = new pg.Client({ connectionString: cluster.url() });
await client.connect();
try {
  await client.query('create extension if not exists pg_trgm');
  await client.query(
    `create table doc (id serial primary key, title text, content text, title_tokens text, content_tokens text)`,
  );
  console.log(`loading ${ROWS} petitions of 5–40 sentences (about 150–1,200 characters)…`);
  for (let start = 0; start < ROWS; start += 2000) {
    const values: string[] = [];
    const params: string[] = [];
    for (let i = start; i < Math.min(ROWS, start + 2000); i++) {
      const title = pick(1).slice(0, 20);
      // a rare word in 0.1% of the petitions, deep inside the content
      const content =
        pick(5 + Math.floor(Math.random() * 35)) +
        (i % 1000 === 0 ? `另外${RARE[i % RARE.length]}问题也很严重。` : '') +
        pick(3);
      params.push(title, content, searchTokens(title), searchTokens(content));
      const b = params.length;
      values.push(`($${b - 3}, $${b - 2}, $${b - 1}, $${b})`);
    }
    await client.query(
      `insert into doc (title, content, title_tokens, content_tokens) values ${values.join(',')}`,
      params,
    );
  }
  const vector = `(setweight(to_tsvector('simple', title_tokens), 'A') || setweight(to_tsvector('simple', content_tokens), 'B'))`;
  const timed = async (label: string, sql: string) => {
    const t = Date.now();
    await client.query(sql);
    return `${label}: ${((Date.now() - t) / 1000).toFixed(1)} s`;
  };
  const builds = [
    await timed('trigram GIN index build', 'create index doc_trgm on doc using gin ((title || content) gin_trgm_ops)'),
    await timed('bigram expression GIN index build', `create index doc_bigram on doc using gin (${vector})`),
    await timed(
      'bigram stored tsvector column + GIN index build',
      `alter table doc add column v tsvector generated always as ${vector} stored; create index doc_bigram_stored on doc using gin (v)`,
    ),
  ];
  await client.query('analyze doc');
  const size = async (name: string) =>
    (await client.query(`select pg_size_pretty(pg_relation_size('${name}')) as s`)).rows[0].s;
  console.log(builds.join('\n'));
  console.log(
    `table ${await size('doc')}, trigram index ${await size('doc_trgm')}, bigram index ${await size('doc_bigram')}, stored-vector index ${await size('doc_bigram_stored')}\n`,
  );

  const median = async (sql: string, params: unknown[]) => {
    const times: number[] = [];
    let count = 0;
    for (let r = 0; r < RUNS; r++) {
      const t = process.hrtime.bigint();
      const result = await client.query(sql, params);
      times.push(Number(process.hrtime.bigint() - t) / 1e6);
      count = Number(result.rows[0]?.n ?? result.rowCount);
    }
    times.sort((a, b) => a - b);
    return { ms: times[Math.floor(times.length / 2)]!, count };
  };
  const rows: string[] = [];
  for (const word of ['电梯', '养犬', '物业', '拆迁补偿', '养犬问题']) {
    const like = await median(`select count(*) as n from doc where (title || content) ilike $1`, [`%${word}%`]);
    await client.query('set enable_seqscan = off');
    const trigram = await median(`select count(*) as n from doc where (title || content) ilike $1`, [`%${word}%`]);
    await client.query('set enable_seqscan = on');
    const q = searchQuery(word);
    const expression = await median(`select count(*) as n from doc where ${vector} @@ to_tsquery('simple', $1)`, [q]);
    const stored = await median(`select count(*) as n from doc where v @@ to_tsquery('simple', $1)`, [q]);
    const ranked = await median(
      `select id from doc where v @@ to_tsquery('simple', $1) order by ts_rank_cd(v, to_tsquery('simple', $1)) desc limit 20`,
      [q],
    );
    rows.push(
      `| ${word} (${[...word].length}) | ${like.count} | ${like.ms.toFixed(1)} | ${trigram.ms.toFixed(1)} | ${expression.count} | ${expression.ms.toFixed(1)} | ${stored.ms.toFixed(1)} | ${ranked.ms.toFixed(1)} |`,
    );
  }
  console.log(`| word (chars) | matches, ILIKE | ILIKE, scan ms | ILIKE, trigram index ms | matches, bigram | bigram, expression index ms | bigram, stored vector ms | stored vector, top 20 ranked ms |
|---|---|---|---|---|---|---|---|
${rows.join('\n')}`);
} finally {
  await client.end();
  await cluster.stop();
  await rm(dir, { recursive: true, force: true });
}
