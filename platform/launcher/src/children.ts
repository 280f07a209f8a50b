import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export interface Child {
  name: string;
  process: ChildProcess;
  exited: Promise<number | null>;
}

/**
 * Starts a platform process (a subgraph or the gateway) from its package's `dist/main.js`.
 * An IPC channel ties it to the launcher: if the launcher dies, the child sees the channel
 * close and stops, so no server is left holding a port. It inherits the launcher's
 * environment, with `env` on top; a variable set to undefined there is not passed on.
 */
export function startChild(name: string, packageName: string, env: Record<string, string | undefined>): Child {
  const entry = fileURLToPath(import.meta.resolve(packageName)).replace(/index\.js$/, 'main.js');
  const child = spawn(process.execPath, [entry], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { name, process: child, exited };
}

/** Polls a health URL until it answers 200, the child dies, or the time is up. */
export async function waitHealthy(child: Child, url: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let dead = false;
  void child.exited.then(() => (dead = true));
  while (Date.now() < deadline) {
    if (dead) throw new Error(`${child.name} stopped while starting (see its log above)`);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(1000) });
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(`${child.name} did not become healthy at ${url} within ${timeoutMs / 1000} s`);
}

/** Asks every child to stop, then forces those that do not within the grace period. */
export async function stopChildren(children: Child[], graceMs = 10_000): Promise<void> {
  for (const child of children) if (child.process.exitCode === null) child.process.kill('SIGTERM');
  const forced = setTimeout(() => {
    for (const child of children) if (child.process.exitCode === null) child.process.kill('SIGKILL');
  }, graceMs);
  await Promise.all(children.map((c) => c.exited));
  clearTimeout(forced);
}
