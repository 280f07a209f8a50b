import fc from 'fast-check';
import {
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLOutputType,
  type GraphQLSchema,
} from 'graphql';

/** Values known to the running platform, so that some inputs reach deep into the services. */
export interface FuzzPool {
  ids: string[];
  cursors: string[];
  /** Tracking codes of demo petitions. */
  trackingCodes: string[];
  roles: string[];
}

/** One generated request: a document, its variables and who sends it. */
export interface FuzzRequest {
  label: string;
  /** The root field asked for, if the request is well formed. */
  operation?: string;
  role: string;
  body: unknown;
  /** Sent as is (a malformed body), not as JSON. */
  raw?: string;
}

const base64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

/** Shared, so that thousands of runs do not each hold their own copy. */
const HUGE = ['x'.repeat(30_000), '中'.repeat(25_000), '𠀀'.repeat(12_000), 'a '.repeat(100_000)];

/** Texts that broke, or could break, something somewhere. */
const NASTY = [
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  '\ud800',
  'x\udc00',
  '\u202etxt.exe',
  '\u200b',
  "' or 1=1 --",
  '"; drop table petitions.petition; --',
  '%',
  '_',
  '\\',
  '${jndi:ldap://x}',
  '<script>alert(1)</script>',
  '../../etc/passwd',
  '🚮👩‍👩‍👧',
  '１２０１０３',
  '120103',
  '010201',
  'K7QA-9MXC-3T',
  '13800138000',
  '5678',
  '120103199001011234',
  '2026-02-30',
  '9999-12-31T23:59:59Z',
  '-271821-04-20T00:00:00Z',
  'NaN',
  'null',
  '0',
  '-1',
  '1e309',
];

const chinese = fc.string({
  unit: fc.constantFrom(...'物业垃圾噪音河西区街道投诉举报建议小区楼道长期无人清理请求督促整改。，'),
  minLength: 1,
  maxLength: 60,
});

/**
 * Values that pass the first checks, by the name of the argument or input field, so that
 * generated requests also reach what lies behind validation.
 */
const plausible = (pool: FuzzPool): Record<string, fc.Arbitrary<unknown>> => ({
  categoryCode: fc.constantFrom('01', '0102', '010201', '020101'),
  regionCode: fc.constantFrom('12', '120103', '120103003', '120116'),
  phone: fc.constantFrom('13800138000', '13912345678', '022-23456789'),
  phoneLast4: fc.constantFrom('8000', '5678', '1234'),
  trackingCode: fc.constantFrom(...pool.trackingCodes, 'K7QA-9MXC-3T'),
  username: fc.constantFrom('citizen', 'xfb.hexi', 'admin', 'nobody'),
  password: fc.constantFrom('Demo#2026', 'wrong'),
  idempotencyKey: fc.uuid(),
  idNumber: fc.constantFrom('120103199001011231', '120103198512120021'),
  name: fc.constantFrom('李明华', '王芳', '阿依古丽·买买提'),
  ...Object.fromEntries(
    [
      'title',
      'content',
      'reason',
      'note',
      'answer',
      'report',
      'facts',
      'reasons',
      'legalBasis',
      'text',
      'relationship',
    ].map((n) => [n, chinese]),
  ),
});

const text = (pool: FuzzPool) =>
  fc.oneof(
    { weight: 4, arbitrary: fc.string({ maxLength: 40 }) },
    { weight: 3, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
    { weight: 2, arbitrary: fc.string({ unit: fc.constantFrom(...'物业垃圾噪音河西区街道投诉举报建议') }) },
    { weight: 4, arbitrary: fc.constantFrom(...NASTY) },
    { weight: 1, arbitrary: fc.constantFrom(...HUGE) },
    { weight: 2, arbitrary: fc.constantFrom(...pool.ids, ...pool.cursors) },
  );

const cursor = (pool: FuzzPool) =>
  fc.oneof(
    fc.constantFrom(...pool.cursors),
    fc
      .tuple(
        fc.oneof(fc.date({ noInvalidDate: false }).map(String), fc.string(), fc.integer()),
        fc.oneof(fc.uuid(), fc.string()),
      )
      .map(base64url),
    fc.record({ o: fc.oneof(fc.integer(), fc.double(), fc.string()) }).map(base64url),
    fc.jsonValue().map(base64url),
    fc.string(),
  );

const id = (pool: FuzzPool) =>
  fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...pool.ids) },
    { weight: 2, arbitrary: fc.uuid() },
    { weight: 1, arbitrary: fc.uuid({ version: [4, 7] }).map((u) => u.toUpperCase()) },
    { weight: 2, arbitrary: text(pool) },
    { weight: 1, arbitrary: fc.integer() },
  );

/** Any JSON at all: a value of the wrong type. */
const wrong = fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.constant(null));

/**
 * How values are drawn. `wild`: anything, mostly of the right type; `tame`: what a client of
 * the portals would send (known codes, real ids, Chinese text), with a nasty text now and then,
 * so that requests also get past validation into the services.
 */
export type Temper = 'wild' | 'tame';

/** `name` is the argument's or field's name, which tells cursors, codes and phones from other texts. */
export function valueFor(
  type: GraphQLInputType,
  name: string,
  pool: FuzzPool,
  temper: Temper,
  depth = 0,
): fc.Arbitrary<unknown> {
  const tame = temper === 'tame';
  const nullable = getNullableType(type);
  const alternatives: fc.Arbitrary<unknown> = (() => {
    if (isListType(nullable)) {
      const item = valueFor(nullable.ofType, name, pool, temper, depth + 1);
      if (tame) return fc.array(item, { minLength: 1, maxLength: 2 });
      return fc.oneof(fc.array(item, { maxLength: depth > 2 ? 1 : 6 }), item);
    }
    if (isInputObjectType(nullable)) {
      if (depth > 3) return fc.constant({});
      const fields = Object.values(nullable.getFields());
      const shape = Object.fromEntries(fields.map((f) => [f.name, valueFor(f.type, f.name, pool, temper, depth + 1)]));
      const required = fields.filter((f) => isNonNullType(f.type)).map((f) => f.name);
      if (tame) return fc.record(shape, { requiredKeys: required });
      return fc.oneof(
        { weight: 4, arbitrary: fc.record(shape, { requiredKeys: required }) },
        { weight: 1, arbitrary: fc.record(shape, { requiredKeys: [] }) },
        { weight: 1, arbitrary: fc.record(shape).map((v) => ({ ...v, unexpected: 1 })) },
      );
    }
    const values = isEnumType(nullable) ? nullable.getValues().map((v) => v.name) : [];
    if (isEnumType(nullable))
      return tame ? fc.constantFrom(...values) : fc.oneof(fc.constantFrom(...values), fc.string({ maxLength: 12 }));
    switch (nullable.name) {
      case 'ID':
        return tame ? fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...pool.ids) }, fc.uuid()) : id(pool);
      case 'String': {
        if (name === 'after') return tame ? fc.constantFrom(...pool.cursors) : cursor(pool);
        const likely = plausible(pool)[name] ?? (tame ? chinese : undefined);
        if (!likely) return text(pool);
        return fc.oneof({ weight: tame ? 6 : 3, arbitrary: likely }, { weight: tame ? 1 : 2, arbitrary: text(pool) });
      }
      case 'Int':
        if (tame) return fc.integer({ min: 1, max: 30 });
        return fc.oneof(
          fc.integer({ min: -5, max: 120 }),
          fc.integer(),
          fc.constantFrom(2 ** 31, -(2 ** 31) - 1, 2 ** 53, 1.5),
        );
      case 'Float':
        return tame ? fc.double({ min: 0, max: 100, noNaN: true }) : fc.oneof(fc.double(), fc.integer());
      case 'Boolean':
        return fc.boolean();
      default: // DateTimeISO and any scalar to come
        if (tame)
          return fc
            .integer({ min: -30, max: 30 })
            .map((days) => new Date(Date.now() + days * 86_400_000).toISOString());
        return fc.oneof(
          fc
            .date({ min: new Date('1900-01-01'), max: new Date('2100-01-01'), noInvalidDate: true })
            .map((d) => d.toISOString()),
          fc.date({ noInvalidDate: false }).map((d) => (Number.isNaN(d.getTime()) ? 'invalid' : d.toISOString())),
          text(pool),
        );
    }
  })();
  if (tame) return isNonNullType(type) ? alternatives : fc.oneof(alternatives, fc.constant(null));
  return fc.oneof(
    { weight: 12, arbitrary: alternatives },
    { weight: 1, arbitrary: wrong },
    ...(isNonNullType(type) ? [] : [{ weight: 2, arbitrary: fc.constant(null) }]),
  );
}

/** A value as a GraphQL literal, valid or not for its type (enums bare when they are names). */
export function literal(value: unknown, type: GraphQLInputType): string {
  const nullable = getNullableType(type);
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value))
    return `[${value.map((v) => literal(v, isListType(nullable) ? nullable.ofType : nullable)).join(', ')}]`;
  if (typeof value === 'object') {
    const fields = isInputObjectType(nullable) ? nullable.getFields() : {};
    return `{${Object.entries(value)
      .map(([k, v]) => `${k}: ${literal(v, fields[k]?.type ?? nullable)}`)
      .join(', ')}}`;
  }
  if (typeof value === 'string' && isEnumType(nullable) && /^[_A-Za-z][_0-9A-Za-z]*$/.test(value)) return value;
  if (typeof value === 'number' && !Number.isFinite(value)) return 'null';
  return JSON.stringify(value);
}

/** What an operation selects of a field's result: its plain fields, and the type of the others. */
export function selectionOf(type: GraphQLOutputType): string {
  const named: GraphQLNamedType = getNamedType(type);
  if (isLeafType(named)) return '';
  if (!isObjectType(named)) return '{ __typename }';
  const plain = (f: GraphQLField<unknown, unknown>) => !f.args.some((a) => isNonNullType(a.type));
  const parts = Object.values(named.getFields())
    .filter(plain)
    .map((f) => (isLeafType(getNamedType(f.type)) ? f.name : `${f.name} { __typename }`));
  return `{ __typename ${parts.join(' ')} }`;
}

/** Every root field of the schema's query and mutation types, with the type it belongs to. */
export function rootFields(schema: GraphQLSchema) {
  return (['query', 'mutation'] as const).flatMap((kind) => {
    const root = kind === 'query' ? schema.getQueryType() : schema.getMutationType();
    return root ? Object.values(root.getFields()).map((field) => ({ kind, field })) : [];
  });
}

/**
 * A request to one root field: each argument left out (when it may be), passed as a variable
 * or written into the document, with a generated value.
 */
export function operationRequest(
  kind: 'query' | 'mutation',
  field: GraphQLField<unknown, unknown>,
  pool: FuzzPool,
): fc.Arbitrary<FuzzRequest> {
  const argumentsOf = (temper: Temper) =>
    fc.tuple(
      ...field.args.map((arg) =>
        fc.record({
          how: fc.constantFrom(
            ...(isNonNullType(arg.type) ? [] : ['omit' as const]),
            'variable' as const,
            'literal' as const,
          ),
          value: valueFor(arg.type, arg.name, pool, temper),
        }),
      ),
    );
  const args = fc.oneof(argumentsOf('wild'), argumentsOf('tame'));
  return fc.record({ role: fc.constantFrom(...pool.roles), args }).map(({ role, args: chosen }) => {
    const definitions: string[] = [];
    const passed: string[] = [];
    const variables: Record<string, unknown> = {};
    field.args.forEach((arg, i) => {
      const { how, value } = chosen[i]!;
      if (how === 'omit') return;
      if (how === 'literal') {
        passed.push(`${arg.name}: ${literal(value, arg.type)}`);
        return;
      }
      definitions.push(`$${arg.name}: ${String(arg.type)}`);
      passed.push(`${arg.name}: $${arg.name}`);
      variables[arg.name] = value;
    });
    const query = `${kind} Fuzz${definitions.length ? `(${definitions.join(', ')})` : ''} { ${field.name}${
      passed.length ? `(${passed.join(', ')})` : ''
    } ${selectionOf(field.type)} }`;
    const body = { query, variables, operationName: 'Fuzz' };
    return { label: `${kind} ${field.name}`, operation: field.name, role, body };
  });
}

/** Requests malformed as a whole: the document, the body or the choice of operation. */
export function malformedRequest(pool: FuzzPool): fc.Arbitrary<FuzzRequest> {
  const as = (label: string, body: fc.Arbitrary<unknown>) =>
    fc.record({ role: fc.constantFrom(...pool.roles), body }).map((r) => ({ label, ...r }));
  const raw = (label: string, text: fc.Arbitrary<string>) =>
    fc.record({ role: fc.constantFrom(...pool.roles), raw: text }).map((r) => ({ label, body: null, ...r }));
  const twoOperations = 'query A { categories { code } } query B { viewer { id } }';
  return fc.oneof(
    as('several operations, none named', fc.constant({ query: twoOperations })),
    as(
      'an unknown operation name',
      fc.string().map((operationName) => ({ query: twoOperations, operationName })),
    ),
    as(
      'a subscription',
      fc.constantFrom('subscription { viewer { id } }', 'subscription S { a }').map((query) => ({ query })),
    ),
    as(
      'over the token limit',
      fc.integer({ min: 1000, max: 3000 }).map((n) => ({ query: `{ ${'viewer { id } '.repeat(n)} }` })),
    ),
    as(
      'nested too deep',
      fc
        .integer({ min: 13, max: 60 })
        .map((n) => ({ query: `{ units { ${'children { '.repeat(n)}id${' }'.repeat(n)} } }` })),
    ),
    as(
      'a random document',
      fc.string({ unit: 'binary', maxLength: 200 }).map((query) => ({ query })),
    ),
    as(
      'a body of the wrong shape',
      fc.oneof(wrong, fc.record({ query: wrong, variables: wrong, operationName: wrong })),
    ),
    as('a batch', fc.constant([{ query: '{ viewer { id } }' }, { query: '{ categories { code } }' }])),
    raw('a body that is not JSON', fc.oneof(fc.string({ unit: 'binary' }), fc.constant('{"query": '))),
  );
}
