import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Part, RunningPart } from './supervisor.js';

/** Defaults of {@link childPart}. */
export const CHILD_DEFAULTS = {
  /** How long a starting process gets to answer its health check. */
  startTimeoutMs: 60_000,
  /** How long a process gets to stop after SIGTERM before it is killed. */
  stopGraceMs: 15_000,
} as const;

export interface ChildOptions {
  name: string;
  packageName: string;
  env: Record<string, string | undefined>;
  /** Polled after each start; the process serves once this answers as `healthy` says. */
  healthUrl: string;
  /** Which answers of the health URL mean it serves; 200 unless told. */
  healthy?: (status: number) => boolean;
}

/**
 * A platform process (a subgraph or the gateway) from its package's `dist/main.js`, started
 * again with the same environment each time. An IPC channel ties it to the launcher: if the
 * launcher dies, the child sees the channel close and stops, so no server is left holding a
 * port. It inherits the launcher's environment, with `env` on top; a variable set to undefined
 * there is not passed on.
 */
export function childPart({ name, packageName, env, healthUrl, healthy = (s) => s === 200 }: ChildOptions): Part {
  const entry = fileURLToPath(import.meta.resolve(packageName)).replace(/index\.js$/, 'main.js');
  return {
    name,
    async start() {
      const child = spawn(process.execPath, [entry], {
        env: { ...process.env, ...env },
        stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      });
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      const running: RunningPart = {
        pid: child.pid,
        exited,
        async stop() {
          if (child.exitCode !== null || child.signalCode !== null) return;
          child.kill('SIGTERM');
          const forced = setTimeout(() => child.kill('SIGKILL'), CHILD_DEFAULTS.stopGraceMs);
          await exited;
          clearTimeout(forced);
        },
      };
      try {
        await waitHealthy(name, exited, healthUrl, healthy);
      } catch (error) {
        child.kill('SIGKILL');
        throw error;
      }
      return running;
    },
  };
}

/** Polls a health URL until it answers as `healthy` says, the process dies, or the time is up. */
async function waitHealthy(
  name: string,
  exited: Promise<void>,
  url: string,
  healthy: (status: number) => boolean,
): Promise<void> {
  const deadline = Date.now() + CHILD_DEFAULTS.startTimeoutMs;
  let dead = false;
  void exited.then(() => (dead = true));
  while (Date.now() < deadline) {
    if (dead) throw new Error(`${name} stopped while starting (see its log above)`);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(1000) });
      if (healthy(response.status)) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(`${name} did not become healthy at ${url} within ${CHILD_DEFAULTS.startTimeoutMs / 1000} s`);
}
