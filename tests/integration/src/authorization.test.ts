import { ApolloServer } from '@apollo/server';
import { fieldsWithoutRule, isObjectTypeOfAnyRealm, rules } from '@tjxf/authz';
import { anonymousViewer } from '@tjxf/tokens';
import { SERVICES, startPlatform, type TestPlatform } from '@tjxf/test-kit';
import { API_SCHEMA_FILE } from '@tjxf/gateway';
import { buildSubgraph } from '@tjxf/subgraph-kit';
import { readFile } from 'node:fs/promises';
import { buildSchema, isObjectType } from 'graphql';
import { Field, ObjectType, Query, Resolver } from 'type-graphql';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';

describe('every field is denied unless a rule allows it', () => {
  it('names a rule for every field of every subgraph, so the composed schema has none without one', async () => {
    const covered = new Set<string>();
    for (const definition of Object.values(SERVICES)) {
      const built = await definition.buildSchema();
      expect({ service: definition.name, missing: fieldsWithoutRule(built.unguardedSchema, built.rules) }).toEqual({
        service: definition.name,
        missing: [],
      });
      for (const type of Object.values(built.unguardedSchema.getTypeMap())) {
        if (isObjectTypeOfAnyRealm(type))
          for (const f of Object.keys(type.getFields())) covered.add(`${type.name}.${f}`);
      }
    }
    // and every field of the composed public schema comes from some subgraph's covered fields
    const composed = buildSchema(await readFile(API_SCHEMA_FILE, 'utf8'));
    for (const type of Object.values(composed.getTypeMap())) {
      if (!isObjectType(type) || type.name.startsWith('__')) continue;
      for (const f of Object.keys(type.getFields())) expect(covered).toContain(`${type.name}.${f}`);
    }
  });

  it('denies a field that no rule names, with FORBIDDEN (the default)', async () => {
    @ObjectType('Secret')
    class Secret {
      @Field(() => String) open!: string;
      @Field(() => String) hidden!: string;
    }
    @Resolver()
    class SecretResolver {
      @Query(() => Secret)
      secret(): Secret {
        return { open: 'visible', hidden: 'must not leak' };
      }
    }
    const { schema } = await buildSubgraph({
      resolvers: [SecretResolver],
      rules: { Query: { secret: rules.allow }, Secret: { open: rules.allow } },
    });
    // executed as the subgraph server executes it
    const server = new ApolloServer({ schema });
    const contextValue = { viewer: anonymousViewer() };
    const run = async (query: string) => {
      const { body } = await server.executeOperation({ query }, { contextValue });
      return body.kind === 'single' ? body.singleResult : null;
    };
    const denied = await run('{ secret { open hidden } }');
    expect(denied?.data).toBeNull();
    expect(denied?.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(JSON.stringify(denied)).not.toContain('must not leak');
    expect((await run('{ secret { open } }'))?.data).toEqual({ secret: { open: 'visible' } });
  });
});

describe('role rules through the gateway (allowed and denied pairs)', () => {
  let platform: TestPlatform;
  beforeAll(async () => {
    platform = await startPlatform(inject('pgServerUrl'));
  });
  afterAll(() => platform?.stop());

  it('lets a unit handler read petitions, but not a citizen (FORBIDDEN) or an anonymous caller (UNAUTHENTICATED)', async () => {
    const query = '{ petitions { totalCount } }';
    const handler = await platform.graphql(query, {}, { token: await platform.login('handler.hexi.zj') });
    expect(handler.errors).toBeUndefined();
    const citizen = await platform.graphql(query, {}, { token: await platform.login('citizen') });
    expect(citizen.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(citizen.data ?? null).toBeNull();
    const anonymous = await platform.graphql(query);
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('shows a unit handler only the petitions its unit leads', async () => {
    const result = await platform.graphql<{ petitions: { edges: { node: { leadUnit: { name: string } } }[] } }>(
      '{ petitions { edges { node { leadUnit { name } } } } }',
      {},
      { token: await platform.login('handler.hexi.sthj') },
    );
    const units = new Set(result.data!.petitions.edges.map((e) => e.node.leadUnit.name));
    expect([...units]).toEqual(['河西区生态环境局']);
  });

  it('lets a leader read KPI weights, but not a unit handler', async () => {
    const query = '{ kpiWeights { kpi weight } }';
    const leader = await platform.graphql<{ kpiWeights: { kpi: string; weight: number }[] }>(
      query,
      {},
      {
        token: await platform.login('leader.city'),
      },
    );
    expect(leader.data?.kpiWeights).toContainEqual({ kpi: 'ON_TIME_COMPLETION_RATE', weight: 10 });
    const handler = await platform.graphql(query, {}, { token: await platform.login('handler.hexi.zj') });
    expect(handler.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('lets a representative list officials, but not a citizen', async () => {
    const query = '{ officials(filter: { kind: NPC_DEPUTY }) { name title } }';
    const deputy = await platform.graphql<{ officials: { name: string }[] }>(
      query,
      {},
      { token: await platform.login('deputy.npc') },
    );
    expect(deputy.data?.officials.map((o) => o.name)).toContain('何志明');
    const citizen = await platform.graphql(query, {}, { token: await platform.login('citizen') });
    expect(citizen.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
