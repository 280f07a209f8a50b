import 'reflect-metadata';
import { buildSubgraphSchema, printSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import { assertPermissionsAssigned, authorize, rules as gatewayRules, type RuleTree } from '@tjxf/authz';
import type { GraphQLSchema } from 'graphql';
import { gql } from 'graphql-tag';
import { buildSchema, createResolversMap, type NonEmptyArray } from 'type-graphql';

/** The federation spec version and directives every subgraph may use. */
const FEDERATION_LINK = `extend schema @link(url: "https://specs.apollo.dev/federation/v2.7",
  import: ["@key", "@shareable", "@external", "@requires", "@provides", "@inaccessible"])`;

export interface SubgraphSchemaOptions {
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  resolvers: NonEmptyArray<Function>;
  /** Types not reachable from a resolver, e.g. entity stubs only referenced by other types. */
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  orphanedTypes?: Function[];
  /** `__resolveReference` per entity type name. */
  referenceResolvers?: Record<string, { __resolveReference: (ref: never, ctx: never) => unknown }>;
  /** Who may read what; every field not named is denied. */
  rules: RuleTree;
}

export interface SubgraphSchema {
  /** The executable schema with authorization applied. */
  schema: GraphQLSchema;
  /** The subgraph SDL that composition takes (no authorization logic in it). */
  sdl: string;
  /** The rule tree applied, so tests can check that it names every field. */
  rules: RuleTree;
  /** The schema before authorization, for the same check. */
  unguardedSchema: GraphQLSchema;
}

/** type-graphql classes → an Apollo Federation 2 subgraph schema guarded by graphql-shield. */
export async function buildSubgraph(options: SubgraphSchemaOptions): Promise<SubgraphSchema> {
  assertPermissionsAssigned();
  const typeSchema = await buildSchema({
    resolvers: options.resolvers,
    orphanedTypes: options.orphanedTypes ?? [],
    skipCheck: true,
    // inputs are validated by each service (zod) where the rules live; not twice
    validate: false,
    emitSchemaFile: false,
  });
  const resolvers = createResolversMap(typeSchema) as GraphQLResolverMap<unknown>;
  for (const [typeName, reference] of Object.entries(options.referenceResolvers ?? {})) {
    resolvers[typeName] = { ...(resolvers[typeName] as object), ...reference } as never;
  }
  const federated = buildSubgraphSchema([
    {
      typeDefs: gql`
        ${FEDERATION_LINK}
        ${printSchemaWithDirectives(typeSchema)}
      `,
      resolvers,
    },
  ]);
  // the federation fields answer the gateway only: the HTTP layer already refused anyone else
  const hasEntities = Boolean(federated.getQueryType()?.getFields()._entities);
  const rules: RuleTree = {
    ...options.rules,
    Query: {
      ...((options.rules as Record<string, object>).Query ?? {}),
      _service: gatewayRules.gateway,
      ...(hasEntities ? { _entities: gatewayRules.gateway } : {}),
    },
    _Service: gatewayRules.gateway,
  };
  return {
    schema: authorize(federated, rules),
    sdl: printSubgraphSchema(federated),
    rules,
    unguardedSchema: federated,
  };
}
