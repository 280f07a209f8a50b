/** The subgraphs composed into the supergraph, in composition order. */
export const SUBGRAPHS = ['identity', 'units', 'petitions', 'officials', 'stats'] as const;
export type SubgraphName = (typeof SUBGRAPHS)[number];

/**
 * The routing URL written into the supergraph file. The gateway replaces it with the URL
 * from its configuration; Apollo Router or Hive Gateway can override it the same way.
 */
export const placeholderUrl = (name: SubgraphName) => `http://${name}.subgraph.internal/graphql`;
