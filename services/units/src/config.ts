import { subgraphConfigSchema } from '@tjxf/subgraph-kit';

export const unitsConfigSchema = subgraphConfigSchema('units', {});
