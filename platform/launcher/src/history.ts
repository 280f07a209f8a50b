import { closeOrm, type ServiceConnection } from '@tjxf/db-kit';
import type { UnitDirectoryEntry } from '@tjxf/domain';
import { GENERATED_SCOPE, loadHistory, type LoadReport } from '@tjxf/generator';
import { openServiceOrm } from '@tjxf/subgraph-kit';
import { unitsService } from '@tjxf/units';
import pg from 'pg';
import type { PlatformKeys } from './keys.js';

/** The small history `npm start` seeds on first start (docs/generator.md): two years, one seed. */
export const DEMO_HISTORY = { years: 2, seed: 2026 } as const;

/** The personal-data keys of the platform (the petitions service's PII_ENCRYPTION_KEY and PII_HASH_KEY). */
export const personalDataKeys = (keys: PlatformKeys) => ({
  encryption: Buffer.from(keys.personalData.encryptionKey, 'base64'),
  hash: Buffer.from(keys.personalData.hashKey, 'base64'),
});

/** The unit directory as the units service lends it to the seeds (its schema read as `url`'s user). */
export async function readUnitDirectory(url: string): Promise<UnitDirectoryEntry[]> {
  const orm = await openServiceOrm(unitsService, url);
  try {
    const lent = await unitsService.lendToSeeds!(orm);
    return lent.unitDirectory ?? [];
  } finally {
    await closeOrm(orm);
  }
}

/** Whether generated petitions are in the database already. */
export async function historyGenerated(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ found: boolean }>(
      'select exists (select 1 from petitions.petition where idempotency_scope = $1) as found',
      [GENERATED_SCOPE],
    );
    return rows[0]!.found;
  } finally {
    await client.end();
  }
}

/**
 * On first start with the demo data: a small generated history (the last two years) so the
 * leadership dashboard has figures to show. Once: a database that has generated petitions
 * gets none again. Written as the petitions schema's owner, with the units directory.
 */
export async function seedDemoHistory(
  connections: { petitions: ServiceConnection; units: ServiceConnection },
  keys: PlatformKeys,
  petitions: number,
  log: (line: string) => void,
): Promise<LoadReport | null> {
  if (await historyGenerated(connections.petitions.migrationUrl)) return null;
  log(`seeding a demo history of ${petitions} petitions over ${DEMO_HISTORY.years} years (once)`);
  const report = await loadHistory(connections.petitions.migrationUrl, {
    ...DEMO_HISTORY,
    petitions,
    end: new Date(),
    directory: await readUnitDirectory(connections.units.migrationUrl),
    keys: personalDataKeys(keys),
  });
  log(`demo history: ${report.rows} rows in ${report.seconds.toFixed(1)} s`);
  return report;
}
