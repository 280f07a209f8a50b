// Build step: composes the subgraph SDLs (each service's schema.graphql, printed by its own
// build) into supergraph.graphql and the public api-schema.graphql. Any composition error
// fails the build.
import { readFile, writeFile } from 'node:fs/promises';
import { composeServices } from '@apollo/composition';
import { parse, printSchema } from 'graphql';
import { SUBGRAPHS, placeholderUrl } from './subgraphs.js';

const root = new URL('../', import.meta.url);
const services = await Promise.all(
  SUBGRAPHS.map(async (name) => ({
    name,
    url: placeholderUrl(name),
    typeDefs: parse(await readFile(new URL(`../services/${name}/schema.graphql`, root), 'utf8')),
  })),
);
const result = composeServices(services);
if (result.errors) {
  console.error(`Composition failed with ${result.errors.length} error(s):`);
  for (const error of result.errors) console.error(`  - ${error.message}`);
  process.exit(1);
}
for (const hint of result.hints ?? []) console.warn(`composition hint: ${hint.definition.code}: ${hint.message}`);
await writeFile(new URL('supergraph.graphql', root), result.supergraphSdl);
await writeFile(new URL('api-schema.graphql', root), printSchema(result.schema.toAPISchema().toGraphQLJSSchema()));
console.log(`composed ${SUBGRAPHS.length} subgraphs into supergraph.graphql`);
