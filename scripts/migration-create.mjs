// Development tool: writes the next migration of a service from the difference between its
// entities and its migrated schema. Usage: pnpm migration:create <service> [name]
import { join } from 'node:path';
import { readFile, writeFile } from 'node:fs/promises';
import { createDatabase, createOrm, EmbeddedCluster } from '@tjxf/db-kit';

const [service, name] = process.argv.slice(2);
if (!service) {
  console.error('usage: pnpm migration:create <service> [name]');
  process.exit(64);
}
const root = new URL('..', import.meta.url).pathname;
const serviceDir = join(root, 'services', service);
const { [`${service}Service`]: definition } = await import(join(serviceDir, 'dist', 'index.js'));
const cluster = new EmbeddedCluster({
  dataDir: join(root, 'data', 'dev-migrations', 'postgres'),
  port: 54398,
  durable: false,
});
await cluster.start();
const db = `migrate_${service}_${Date.now()}`;
await createDatabase(cluster.url(), db);
const orm = await createOrm({
  schema: definition.name,
  clientUrl: cluster.url(db),
  entities: definition.entities,
  migrations: definition.migrations,
  migrationsPath: join(serviceDir, 'src', 'migrations'),
});
try {
  await orm.em.getConnection().execute(`create schema if not exists "${definition.name}"`);
  await orm.migrator.up();
  const result = await orm.migrator.create(undefined, false, false, name);
  if (!result.fileName) {
    console.log('no changes: the migrations already match the entities');
  } else {
    const className = result.fileName.replace(/\.ts$/, '');
    const indexFile = join(serviceDir, 'src', 'migrations', 'index.ts');
    const index = await readFile(indexFile, 'utf8');
    const imports = index.match(/^import .*$/gm) ?? [];
    const list = (index.match(/export const migrations = \[([^\]]*)\]/)?.[1] ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    await writeFile(
      indexFile,
      [
        `// Migrations of the ${service} schema, in order. New ones: \`pnpm migration:create ${service}\`.`,
        ...imports,
        `import { ${className} } from './${className}.js';`,
        '',
        `export const migrations = [${[...list, className].join(', ')}];`,
        '',
      ].join('\n'),
    );
    console.log(`wrote src/migrations/${result.fileName}`);
  }
} finally {
  await orm.close();
  await cluster.stop();
}
