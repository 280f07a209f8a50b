// npm run bench: loads the running platform (npm start) on loopback in bounded runs and prints
// submissions/s through the gateway (repeat detection on), tracking look-ups/s through the
// gateway and directly on the petitions subgraph, their ratio, the workbench's inbox and
// petition page as the Hexi petition office, and p50/p99. Not part of npm test.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { loadConfig, z } from '@tjxf/config';
import { INTERNAL_TOKEN_DEFAULTS, InternalTokenSigner, anonymousViewer } from '@tjxf/tokens';
import { run, type Phase } from './phase.js';
import { inboxBody, petitionPageBody, submissionBody, trackingBody } from './bodies.js';

const repoRoot = new URL('../../../', import.meta.url).pathname;
const config = loadConfig(
  z.object({
    BENCH_GATEWAY: z.string().url().default('http://127.0.0.1:4000'),
    BENCH_PETITIONS: z.string().url().default('http://127.0.0.1:4103/graphql'),
    DATA_DIR: z.string().default(join(repoRoot, 'data')),
    BENCH_SECONDS: z.coerce.number().int().min(2).max(120).default(10),
    BENCH_CONNECTIONS: z.coerce.number().int().min(1).max(256).default(32),
  }),
);

const health = await fetch(`${config.BENCH_GATEWAY}/healthz`).catch(() => null);
if (!health?.ok) {
  console.error(`The platform is not up at ${config.BENCH_GATEWAY}: start it with npm start, then run npm run bench.`);
  process.exit(1);
}

const runId = `bench${Date.now().toString(36)}`;
const graphqlUrl = `${config.BENCH_GATEWAY}/graphql`;
const common = { connections: config.BENCH_CONNECTIONS, seconds: config.BENCH_SECONDS };

console.log(`run ${runId}: ${config.BENCH_SECONDS} s per phase, ${config.BENCH_CONNECTIONS} connections, loopback\n`);

const acknowledged = new Set<string>();
const submissions = await run({
  ...common,
  name: 'submitPetition via gateway',
  url: graphqlUrl,
  // the warm-up files under another marker, so that only the measured run is checked below
  body: (i, warmUp) => submissionBody(warmUp ? `warm${runId}` : runId, i),
  accept: (json) => {
    const code = (json as { data?: { submitPetition?: { petition?: { trackingCode?: string } } } } | null)?.data
      ?.submitPetition?.petition?.trackingCode;
    if (code) acknowledged.add(code);
    return Boolean(code);
  },
});

// nothing lost: every tracking code handed out is stored. Requests still in flight when the
// run stopped may be stored without having been counted; they are reported, not lost.
const officer = await login('xfb.city');
const storedCodes = await codesOfRun(runId, officer);
const lost = [...acknowledged].filter((code) => !storedCodes.has(code)).length;
const unacknowledged = storedCodes.size - (acknowledged.size - lost);

// tracking needs each code's phone: read them back from the acknowledged submissions
const codes = await trackingTargets(runId, officer);
const signer = await InternalTokenSigner.fromPem(
  await readFile(join(config.DATA_DIR, 'keys', 'internal-token.key.pem'), 'utf8'),
);
const trackAccept = (json: unknown) =>
  Boolean((json as { data?: { trackPetition?: { status?: string } } }).data?.trackPetition?.status);
const viaGateway = await run({
  ...common,
  name: 'trackPetition via gateway',
  url: graphqlUrl,
  body: (i) => trackingBody(codes[i % codes.length]!),
  accept: trackAccept,
});
const direct = await run({
  ...common,
  name: 'trackPetition on the subgraph',
  url: config.BENCH_PETITIONS,
  // one internal token for the run, renewed before it expires
  headers: async () => ({ authorization: `Bearer ${await signer.sign(anonymousViewer('127.0.0.1'))}` }),
  body: (i) => trackingBody(codes[i % codes.length]!),
  accept: trackAccept,
});

// the workbench of the Hexi petition office, which sees every petition the run filed there
const hexiOfficer = await login('xfb.hexi');
const staffHeaders = async () => ({ authorization: `Bearer ${hexiOfficer}` });
const inbox = await run({
  ...common,
  name: 'workbench inbox via gateway',
  url: graphqlUrl,
  headers: staffHeaders,
  body: () => inboxBody(),
  accept: (json) => Array.isArray((json as { data?: { petitions?: { edges?: unknown } } }).data?.petitions?.edges),
});
const pageIds = await petitionIdsOfRun(runId, hexiOfficer);
const petitionPage = await run({
  ...common,
  name: 'workbench petition via gateway',
  url: graphqlUrl,
  headers: staffHeaders,
  body: (i) => petitionPageBody(pageIds[i % pageIds.length]!),
  accept: (json) =>
    Array.isArray((json as { data?: { petition?: { allowedActions?: unknown } } }).data?.petition?.allowedActions),
});

const row = (p: Phase) =>
  `| ${p.name.padEnd(30)} | ${p.perSecond.toFixed(0).padStart(7)} | ${String(p.p50).padStart(6)} | ${String(p.p99).padStart(6)} | ${String(p.ok).padStart(7)} | ${String(p.failed).padStart(6)} |`;
console.log(`
| phase                          |   req/s | p50 ms | p99 ms |      ok | failed |
|--------------------------------|---------|--------|--------|---------|--------|
${[submissions, viaGateway, direct, inbox, petitionPage].map(row).join('\n')}

submissions acknowledged ${acknowledged.size}, lost ${lost} (stored ${storedCodes.size}, of which ${unacknowledged} in flight when the run stopped)
tracking: gateway / direct = ${(viaGateway.perSecond / direct.perSecond).toFixed(2)}
internal token life ${INTERNAL_TOKEN_DEFAULTS.ttlSeconds} s; targets on 2 cores: ≥ 300 submissions/s, ≥ 800 look-ups/s, gateway ≥ 0.5 × direct`);
process.exit(lost === 0 ? 0 : 1);

async function graphql<T>(query: string, variables: Record<string, unknown>, token?: string): Promise<T> {
  const response = await fetch(graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data: T; errors?: unknown };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

async function login(username: string): Promise<string> {
  const data = await graphql<{ login: { accessToken: string } }>(
    'mutation L($u: String!, $p: String!) { login(username: $u, password: $p) { accessToken } }',
    { u: username, p: 'Demo#2026' },
  );
  return data.login.accessToken;
}

/** Every tracking code stored under the run's marker, page by page. */
async function codesOfRun(marker: string, token: string): Promise<Set<string>> {
  const codes = new Set<string>();
  for (let after: string | null = null; ;) {
    const data: {
      petitions: { edges: { node: { trackingCode: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string } };
    } = await graphql(
      `
        query C($text: String!, $after: String) {
          petitions(filter: { text: $text }, first: 100, after: $after) {
            edges {
              node {
                trackingCode
              }
            }
            pageInfo {
              hasNextPage
              endCursor
            }
          }
        }
      `,
      { text: marker, after },
      token,
    );
    for (const edge of data.petitions.edges) codes.add(edge.node.trackingCode);
    if (!data.petitions.pageInfo.hasNextPage) return codes;
    after = data.petitions.pageInfo.endCursor;
  }
}

/** Ids of this run's petitions that the Hexi petition office sees (its streets). */
async function petitionIdsOfRun(marker: string, token: string): Promise<string[]> {
  const data = await graphql<{ petitions: { edges: { node: { id: string } }[] } }>(
    'query I($text: String!) { petitions(filter: { text: $text }, first: 100) { edges { node { id } } } }',
    { text: marker },
    token,
  );
  if (data.petitions.edges.length === 0) throw new Error('no petition of this run in Hexi to open');
  return data.petitions.edges.map((e) => e.node.id);
}

/** Tracking codes of this run with the phones' last four digits (an officer may read them). */
async function trackingTargets(marker: string, token: string): Promise<{ code: string; last4: string }[]> {
  const data = await graphql<{
    petitions: { edges: { node: { trackingCode: string; petitioners: { phone: string }[] } }[] };
  }>(
    `
      query T($text: String!) {
        petitions(filter: { text: $text }, first: 100) {
          edges {
            node {
              trackingCode
              petitioners {
                phone
              }
            }
          }
        }
      }
    `,
    { text: marker },
    token,
  );
  return data.petitions.edges.map((e) => ({
    code: e.node.trackingCode,
    last4: e.node.petitioners[0]!.phone.slice(-4),
  }));
}
