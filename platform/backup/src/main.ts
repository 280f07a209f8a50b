#!/usr/bin/env node
// npm run backup [-- --out <dir>]   and   npm run restore -- <backup> [--force]
import { parseArgs } from 'node:util';
import { loadConfig } from '@tjxf/config';
import { launcherConfigSchema } from '@tjxf/launcher';
import { DEFAULT_BACKUP_ROOT, takeBackup } from './backup.js';
import { restoreBackup } from './restore.js';

const USAGE = 'usage: npm run backup [-- --out <folder>]  |  npm run restore -- <backup folder> [--force]';
const [command, ...rest] = process.argv.slice(2);
const log = (line: string) => console.log(`[${command}] ${line}`);

try {
  const config = loadConfig(launcherConfigSchema);
  if (command === 'backup') {
    const { values } = parseArgs({ args: rest, options: { out: { type: 'string' } } });
    const written = await takeBackup(config, values.out ?? DEFAULT_BACKUP_ROOT, log);
    log(`written to ${written}`);
    log('it holds the platform’s keys and petitioners’ data: keep it as safe as the server itself');
  } else if (command === 'restore') {
    const { values, positionals } = parseArgs({
      args: rest,
      allowPositionals: true,
      options: { force: { type: 'boolean', default: false } },
    });
    if (positionals.length !== 1) throw new Error(`name one backup folder to restore\n${USAGE}`);
    const replaced = await restoreBackup(config, positionals[0]!, { force: values.force }, log);
    if (replaced) log(`the data it replaced is kept in ${replaced}`);
    log(`restored into ${config.DATA_DIR}: start the platform with npm start`);
  } else {
    throw new Error(USAGE);
  }
} catch (error) {
  console.error(`[${command ?? 'backup'}] failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
