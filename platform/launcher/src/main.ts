#!/usr/bin/env node
import { loadConfig } from '@tjxf/config';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '@tjxf/identity';
import { launcherConfigSchema } from './config.js';
import { STOP_ORDER, startPlatform } from './platform.js';
import { Supervisor } from './supervisor.js';

const config = loadConfig(launcherConfigSchema);
const log = {
  info: (line: string) => console.log(`[platform] ${line}`),
  error: (line: string) => console.error(`[platform] ${line}`),
};

const supervisor = new Supervisor(log);
let stopping = false;
let platform: Awaited<ReturnType<typeof startPlatform>> | undefined;
const shutdown = async (code: number) => {
  if (stopping) return;
  stopping = true;
  log.info('stopping…');
  await supervisor.stop(STOP_ORDER);
  log.info('stopped');
  process.exit(code);
};
process.on('SIGINT', () => void shutdown(0));
process.on('SIGTERM', () => void shutdown(0));

try {
  platform = await startPlatform(config, supervisor, log);
} catch (error) {
  console.error(`[platform] could not start: ${error instanceof Error ? error.message : String(error)}`);
  await shutdown(1);
}
if (platform) {
  const { url } = platform;
  const accounts = DEMO_ACCOUNTS.map(
    (a) => `    ${a.username.padEnd(18)} ${a.role.padEnd(17)} ${a.unitName ?? a.representativeKind ?? '—'}`,
  ).join('\n');
  console.log(`
天津市信访信息系统 Tianjin petition platform is up.

  Portals   ${url}/   (${['citizen', 'workbench', 'leadership', 'liaison'].map((p) => `/${p}/`).join(' ')})
  GraphQL   ${url}/graphql
  Health    ${url}/healthz
${config.SEED_DEMO ? `\n  Demo accounts (password ${DEMO_PASSWORD}):\n${accounts}\n` : ''}
Press Ctrl-C to stop.`);
}
