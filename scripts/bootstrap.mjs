#!/usr/bin/env node
// The two README commands start here, on whatever Node the machine has (20 is enough):
// install the pinned pnpm and the workspace (which brings Node 24 as a dev dependency),
// build, then hand over to Node 24 for the platform or the tests.
//   node scripts/bootstrap.mjs start   → npm start
//   node scripts/bootstrap.mjs test    → npm test
//   node scripts/bootstrap.mjs bench   → npm run bench (the platform must be running)
//   node scripts/bootstrap.mjs chaos   → npm run chaos (starts its own platform; kills its parts)
//   node scripts/bootstrap.mjs generate --petitions <n> [--years <n>] [--seed <n>] → npm run generate
//   node scripts/bootstrap.mjs backup [--out <dir>]          → npm run backup
//   node scripts/bootstrap.mjs restore <backup> [--force]    → npm run restore (platform stopped)
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const PNPM_VERSION = '12.18.0';
const root = dirname(dirname(fileURLToPath(import.meta.url)));
const bin = join(root, 'node_modules', '.bin');
const env = {
  ...process.env,
  PATH: `${bin}:${process.env.PATH ?? ''}`,
  TURBO_TELEMETRY_DISABLED: '1',
  DO_NOT_TRACK: '1',
  APOLLO_TELEMETRY_DISABLED: 'true',
};

const command = process.argv[2];
if (!['start', 'test', 'bench', 'chaos', 'backup', 'restore', 'generate'].includes(command)) {
  console.error('usage: node scripts/bootstrap.mjs start|test|bench|chaos|backup|restore|generate');
  process.exit(64);
}

function step(title, cmd, args) {
  console.log(`\n▶ ${title}`);
  const result = spawnSync(cmd, args, { cwd: root, env, stdio: 'inherit' });
  if (result.error) {
    console.error(`could not run ${cmd}: ${result.error.message}`);
    process.exit(1);
  }
  if (result.status !== 0) process.exit(result.status ?? 1);
}

// pnpm itself: the workspace's own copy once installed, otherwise the pinned one through npx
const localPnpm = join(bin, 'pnpm');
const pnpm = existsSync(localPnpm) ? [localPnpm] : ['npx', '--yes', `pnpm@${PNPM_VERSION}`];
step('installing dependencies', pnpm[0], [...pnpm.slice(1), 'install', '--frozen-lockfile', '--prefer-offline']);
step('building', join(bin, 'turbo'), ['run', 'build', '--output-logs=errors-only']);

const node24 = join(bin, 'node');
if (command === 'test') {
  // vitest and Playwright do not type-check: tsc does, tests included
  step('type-checking', join(bin, 'turbo'), ['run', 'typecheck', '--output-logs=errors-only']);
  step('linting', join(bin, 'eslint'), ['.']);
  // the layering rule of eslint.config.js refuses what it must (scripts/boundaries.mjs)
  step('checking the layering rule', node24, ['--test', join(root, 'scripts', 'boundaries.test.mjs')]);
  // one package at a time: integration and browser tests each run the whole platform
  step('running the tests', join(bin, 'turbo'), ['run', 'test', '--concurrency=1', '--output-logs=full']);
} else if (command === 'bench') {
  // against the platform that npm start is running
  step('benchmarking the running platform', node24, [join(root, 'platform', 'bench', 'dist', 'main.js')]);
} else if (command === 'chaos') {
  // its own platform on loopback, in a temporary folder: npm start need not (and should not) run
  step('killing each part of a loaded platform in turn', node24, [join(root, 'platform', 'chaos', 'dist', 'main.js')]);
} else if (command === 'generate') {
  // into the platform's database (running or stopped; docs/generator.md)
  step('generating a history of petitions', node24, [
    join(root, 'platform', 'launcher', 'dist', 'generate-main.js'),
    ...process.argv.slice(3),
  ]);
} else if (command === 'backup' || command === 'restore') {
  // its arguments are those after `npm run backup --` / `npm run restore --`
  step(`${command} of the platform's data`, node24, [
    join(root, 'platform', 'backup', 'dist', 'main.js'),
    command,
    ...process.argv.slice(3),
  ]);
} else {
  // the launcher handles Ctrl-C for the whole platform; this process only waits for it
  const launcher = spawn(node24, [join(root, 'platform', 'launcher', 'dist', 'main.js')], {
    cwd: root,
    env,
    stdio: 'inherit',
  });
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => launcher.kill(signal));
  launcher.on('exit', (code, signal) => process.exit(code ?? (signal ? 128 + 2 : 1)));
}
