import { setTimeout as sleep } from 'node:timers/promises';
import { graphql } from './client.js';
import type { LauncherProcess } from './launcher-process.js';
import type { Sample } from './load.js';

/** A part the chaos run kills, and a request that works only while that part serves. */
export interface Target {
  part: string;
  probe: (gateway: string, token: string) => Promise<boolean>;
}

const query = (q: string) => async (gateway: string, token: string) =>
  (await graphql(`${gateway}/graphql`, q, {}, token)).ok;

/** Every part, each with a request that needs it. PostgreSQL's needs a write. */
export const TARGETS: Target[] = [
  { part: 'identity', probe: query('{ viewer { id username } }') },
  { part: 'units', probe: query('{ holidays(year: 2026) { year } }') },
  { part: 'officials', probe: query('{ officials { id } }') },
  { part: 'petitions', probe: query('{ petitions(first: 1) { totalCount } }') },
  { part: 'stats', probe: query('{ kpiWeights { id } }') },
  {
    part: 'gateway',
    probe: async (gateway, token) =>
      (await fetch(`${gateway}/livez`).catch(() => null))?.ok === true &&
      (await query('{ viewer { id } }')(gateway, token)),
  },
  { part: 'postgres', probe: query('{ petitions(first: 1) { totalCount } units(level: CITY) { id } viewer { id } }') },
];

/** What one kill cost the clients. */
export interface FaultResult {
  part: string;
  /** Seconds from the kill until the launcher had it running again. */
  restartedAfter: number | null;
  /** Seconds from the kill until a request needing the part succeeded. */
  servingAfter: number | null;
  /** Failed requests of the load from the kill until the next kill, by what the client saw. */
  failures: Record<string, number>;
  requests: number;
}

/**
 * Kills a part with SIGKILL and measures: when the launcher has it back, when a request
 * needing it succeeds again (polled every 100 ms, for at most `timeoutMs`).
 */
export async function killAndWatch(
  launcher: LauncherProcess,
  target: Target,
  gateway: string,
  token: string,
  timeoutMs: number,
): Promise<{ killedAt: number; restartedAfter: number | null; servingAfter: number | null }> {
  const pid = await launcher.pidOf(target.part);
  const restartsBefore = launcher.restarts.length;
  const killedAt = Date.now();
  process.kill(pid, 'SIGKILL');
  let servingAfter: number | null = null;
  // the part must first be seen down, or a probe answered from before the kill would count
  await sleep(200);
  while (Date.now() - killedAt < timeoutMs) {
    if (await target.probe(gateway, token).catch(() => false)) {
      servingAfter = (Date.now() - killedAt) / 1000;
      break;
    }
    await sleep(100);
  }
  // the launcher says so once its own health check passed, which a probe may beat
  const restarted = () => launcher.restarts.slice(restartsBefore).find((r) => r.part === target.part);
  for (let waited = 0; !restarted() && waited < 3000; waited += 100) await sleep(100);
  return { killedAt, restartedAfter: restarted()?.seconds ?? null, servingAfter };
}

/** The load's failures in a window, by what the client saw. */
export function failuresIn(
  samples: Sample[],
  from: number,
  to: number,
): { failures: Record<string, number>; requests: number } {
  const failures: Record<string, number> = {};
  let requests = 0;
  for (const s of samples) {
    if (s.at < from || s.at >= to) continue;
    requests++;
    if (s.failure) failures[s.failure] = (failures[s.failure] ?? 0) + 1;
  }
  return { failures, requests };
}
