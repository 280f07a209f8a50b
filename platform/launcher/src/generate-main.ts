#!/usr/bin/env node
// npm run generate -- --petitions 1000000 [--years 10] [--seed N]: a generated history into the platform's database
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '@tjxf/config';
import { databaseOf } from '@tjxf/db-kit';
import { loadHistory } from '@tjxf/generator';
import { launcherConfigSchema } from './config.js';
import { personalDataKeys, readUnitDirectory } from './history.js';
import { loadOrCreateKeys } from './keys.js';
import { openPlatformDatabase } from './platform-database.js';

const log = (line: string) => console.log(`[generate] ${line}`);
const USAGE = 'usage: npm run generate -- --petitions <n> [--years <n>] [--seed <n>]';

try {
  const { values } = parseArgs({
    args: process.argv.slice(2),
    options: {
      petitions: { type: 'string' },
      years: { type: 'string', default: '10' },
      seed: { type: 'string', default: '1' },
    },
  });
  const petitions = Number(values.petitions);
  const years = Number(values.years);
  const seed = Number(values.seed);
  if (!Number.isInteger(petitions) || petitions < 1 || !(years > 0 && years <= 20) || !Number.isInteger(seed))
    throw new Error(USAGE);
  const config = loadConfig(launcherConfigSchema);
  const database = await openPlatformDatabase(config, log);
  try {
    const keys = await loadOrCreateKeys(join(config.DATA_DIR, 'keys'));
    log(`database ${databaseOf(database.url)}: ${petitions} petitions over ${years} years, seed ${seed}`);
    const report = await loadHistory(database.url, {
      petitions,
      years,
      seed,
      end: new Date(),
      directory: await readUnitDirectory(database.url),
      keys: personalDataKeys(keys),
      log,
    });
    log(
      `${report.petitions} petitions, ${report.rows} rows in ${report.seconds.toFixed(1)} s ` +
        `(${report.rowsPerSecond} rows/s); audit view ${report.auditFilled ? 'filled with them' : 'left to catch up'}`,
    );
  } finally {
    await database.close();
  }
} catch (error) {
  console.error(`[generate] failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
