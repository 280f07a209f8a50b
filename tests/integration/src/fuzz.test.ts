import { readFileSync } from 'node:fs';
import { isUuid } from '@tjxf/domain';
import { API_SCHEMA_FILE } from '@tjxf/gateway';
import { startPlatform, type TestPlatform } from '@tjxf/test-kit';
import fc from 'fast-check';
import {
  buildSchema,
  getNamedType,
  isAbstractType,
  isObjectType,
  type GraphQLNamedType,
  type GraphQLSchema,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  malformedRequest,
  operationRequest,
  rootFields,
  type FuzzPool,
  type FuzzRequest,
} from './support/fuzz-inputs.js';

/** What the run does: a number of requests, not a time; about a minute and a half on two cores. */
const FUZZ = {
  requests: Number(process.env.FUZZ_REQUESTS ?? 10_000),
  /** Requests in flight at once. */
  concurrency: 12,
  /** Requests generated per sample (one seed each). */
  batch: 200,
  seed: Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31),
} as const;

/** Who sends: nobody, and demo accounts of a few roles, each with its own token. */
const ROLES = ['anonymous', 'citizen', 'xfb.hexi', 'handler.hexi.zj', 'leader.city', 'admin'] as const;

/** Operations that would end the sender's own session: sent anonymously, so the run keeps its tokens. */
const SESSION_ENDING = new Set(['logout', 'changePassword']);

let platform: TestPlatform;
let schema: GraphQLSchema;
const tokens = new Map<string, string>();
let pool: FuzzPool;

beforeAll(async () => {
  platform = await startPlatform(inject('pgServerUrl'));
  schema = buildSchema(readFileSync(API_SCHEMA_FILE, 'utf8'));
  for (const role of ROLES.slice(1)) tokens.set(role, await platform.login(role));
  pool = { ...(await knownValues()), roles: [...ROLES] };
}, 120_000);
afterAll(() => platform?.stop());

/** Ids and cursors of the demo data, so that generated requests also reach real records. */
async function knownValues(): Promise<Omit<FuzzPool, 'roles'>> {
  const office = tokens.get('xfb.hexi');
  const units = await platform.graphql<{ units: { id: string; children: { id: string }[] }[] }>(
    '{ units(level: DISTRICT) { id children { id } } }',
  );
  const petitions = await platform.graphql<{
    petitions: { edges: { node: { id: string; trackingCode: string } }[]; pageInfo: { endCursor: string | null } };
  }>(
    '{ petitions(first: 2) { edges { node { id trackingCode } } pageInfo { endCursor } } }',
    {},
    office ? { token: office } : {},
  );
  const unitIds = units.data!.units.flatMap((u) => [u.id, ...u.children.map((c) => c.id)]).slice(0, 30);
  const petitionIds = petitions.data!.petitions.edges.map((e) => e.node.id);
  return {
    ids: [...unitIds, ...petitionIds],
    cursors: [petitions.data!.petitions.pageInfo.endCursor ?? 'x'],
    trackingCodes: petitions.data!.petitions.edges.map((e) => e.node.trackingCode),
  };
}

interface Finding {
  label: string;
  problem: string;
  request: string;
}

const shorten = (value: unknown) => {
  const text = JSON.stringify(value, (_k, v: unknown) =>
    typeof v === 'string' && v.length > 80 ? `${v.slice(0, 40)}…(${v.length})` : v,
  );
  return text.length > 600 ? `${text.slice(0, 600)}…` : text;
};

async function send(request: FuzzRequest): Promise<Finding | null> {
  const role = request.operation && SESSION_ENDING.has(request.operation) ? 'anonymous' : request.role;
  const token = tokens.get(role);
  const response = await fetch(platform.gatewayUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: request.raw ?? JSON.stringify(request.body),
  });
  const text = await response.text();
  const finding = (problem: string) => ({
    label: `${request.label} as ${role}`,
    problem,
    request: shorten(request.body ?? request.raw),
  });
  if (response.status >= 500) return finding(`HTTP ${response.status}: ${text.slice(0, 200)}`);
  let body: { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] };
  try {
    body = JSON.parse(text) as typeof body;
  } catch {
    return finding(`HTTP ${response.status} without JSON: ${text.slice(0, 120)}`);
  }
  if (response.status >= 400 && !body.errors?.length) return finding(`HTTP ${response.status} without a coded error`);
  for (const error of body.errors ?? []) {
    const code = error.extensions?.code;
    if (!code || code === 'INTERNAL_SERVER_ERROR') return finding(`${code ?? 'no code'}: ${error.message}`);
  }
  const wrongId = findNonUuidId(body.data, schema.getQueryType()!, schema.getMutationType()!);
  return wrongId ? finding(`an ID that is not a UUID: ${wrongId}`) : null;
}

/** `ID`s that name a record by code, not key; no argument takes them back (they are output only). */
const CODED_IDS = new Set(['RuleSet.id']);

/**
 * Every `ID` the platform answers with is a UUID: the edge refuses any other, so an id that is
 * not one could never be sent back. Walks the answer along the schema (fields are not aliased).
 */
function findNonUuidId(data: unknown, ...roots: GraphQLNamedType[]): string | null {
  if (!data || typeof data !== 'object') return null;
  const walk = (value: unknown, type: GraphQLNamedType | undefined, path: string): string | null => {
    if (value === null || value === undefined || !type) return null;
    if (Array.isArray(value)) {
      for (const item of value) {
        const found = walk(item, type, path);
        if (found) return found;
      }
      return null;
    }
    if (type.name === 'ID') return typeof value === 'string' && isUuid(value) ? null : `${path} = ${String(value)}`;
    if (typeof value !== 'object') return null;
    const record = value as Record<string, unknown>;
    const concrete = isAbstractType(type) ? schema.getType(String(record.__typename)) : type;
    if (!isObjectType(concrete)) return null;
    for (const [key, child] of Object.entries(record)) {
      const field = concrete.getFields()[key];
      const found =
        field && !CODED_IDS.has(`${concrete.name}.${key}`)
          ? walk(child, getNamedType(field.type), `${path}.${key}`)
          : null;
      if (found) return found;
    }
    return null;
  };
  for (const [key, value] of Object.entries(data)) {
    const field = roots.map((r) => (isObjectType(r) ? r.getFields()[key] : undefined)).find(Boolean);
    const found = field ? walk(value, getNamedType(field.type), key) : null;
    if (found) return found;
  }
  return null;
}

describe('fuzzing the API through the gateway (issue 8, defect 6)', () => {
  it(`answers ${FUZZ.requests} generated requests over every operation and argument without a 5xx or an internal error`, async () => {
    const operations = rootFields(schema);
    expect(operations.length).toBeGreaterThan(30);
    const anyRequest = fc.oneof(
      { weight: 10, arbitrary: fc.oneof(...operations.map(({ kind, field }) => operationRequest(kind, field, pool))) },
      { weight: 1, arbitrary: malformedRequest(pool) },
    );
    const findings = new Map<string, Finding>();
    const sent = new Map<string, number>();
    for (let start = 0; start < FUZZ.requests; start += FUZZ.batch) {
      const requests = fc.sample(anyRequest, {
        numRuns: Math.min(FUZZ.batch, FUZZ.requests - start),
        seed: FUZZ.seed + start,
      });
      let next = 0;
      await Promise.all(
        Array.from({ length: FUZZ.concurrency }, async () => {
          while (next < requests.length) {
            const request = requests[next++]!;
            sent.set(request.label, (sent.get(request.label) ?? 0) + 1);
            const finding = await send(request);
            if (finding && !findings.has(finding.label + finding.problem))
              findings.set(finding.label + finding.problem, finding);
          }
        }),
      );
    }
    // every operation of the schema was tried, several times
    const fair = FUZZ.requests / operations.length / 4;
    for (const { kind, field } of operations)
      expect(sent.get(`${kind} ${field.name}`) ?? 0, field.name).toBeGreaterThan(fair);
    expect([...findings.values()], `seed ${FUZZ.seed} (FUZZ_SEED to repeat)`).toEqual([]);
  }, 900_000); // a backstop only: the run is a number of requests, and machines differ
});
