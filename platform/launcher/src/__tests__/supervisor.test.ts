import { describe, expect, it } from 'vitest';
import { Supervisor, type Part, type RunningPart } from '../supervisor.js';

/** A part without a process: each start gives a handle whose crash the test triggers. */
function fakePart(name: string, failStarts = 0) {
  const runs: { crash: () => void; stopped: boolean }[] = [];
  let starts = 0;
  const part: Part = {
    name,
    async start() {
      if (++starts <= failStarts + 1 && starts > 1) throw new Error('port in use');
      let crash = () => {};
      const exited = new Promise<void>((resolve) => (crash = resolve));
      const run = { crash, stopped: false };
      runs.push(run);
      const running: RunningPart = {
        pid: 1000 + starts,
        exited,
        stop: async () => {
          run.stopped = true;
          crash();
        },
      };
      return running;
    },
  };
  return { part, runs, starts: () => starts };
}

function recorder() {
  const lines: string[] = [];
  return { lines, log: { info: (l: string) => lines.push(l), error: (l: string) => lines.push(l) } };
}

const until = async (condition: () => boolean) => {
  for (let i = 0; i < 200 && !condition(); i++) await new Promise((r) => setTimeout(r, 5));
  expect(condition()).toBe(true);
};

const fast = { firstDelayMs: 5, maxDelayMs: 40 };

describe('the launcher’s supervisor (issue 16)', () => {
  it('starts a crashed part again, and leaves the others running', async () => {
    const { log, lines } = recorder();
    const supervisor = new Supervisor(log, fast);
    const petitions = fakePart('petitions');
    const units = fakePart('units');
    await supervisor.start(petitions.part);
    await supervisor.start(units.part);
    petitions.runs[0]!.crash();
    await until(() => petitions.starts() === 2);
    await until(() => supervisor.pids().petitions === 1002);
    expect(units.starts()).toBe(1);
    expect(units.runs[0]!.stopped).toBe(false);
    expect(lines.some((l) => /petitions is back/.test(l))).toBe(true);
    await supervisor.stop();
  });

  it('counts a failed restart as a crash and tries again later', async () => {
    const { log } = recorder();
    const supervisor = new Supervisor(log, fast);
    const petitions = fakePart('petitions', 2);
    await supervisor.start(petitions.part);
    petitions.runs[0]!.crash();
    await until(() => supervisor.pids().petitions === 1004);
    await supervisor.stop();
  });

  it('gives up on a part that keeps crashing, says so with ERROR, and keeps the rest', async () => {
    const { log, lines } = recorder();
    const supervisor = new Supervisor(log, { ...fast, maxRestarts: 2 });
    const petitions = fakePart('petitions');
    const units = fakePart('units');
    await supervisor.start(petitions.part);
    await supervisor.start(units.part);
    for (let run = 0; run < 3; run++) {
      await until(() => petitions.runs.length === run + 1);
      petitions.runs[run]!.crash();
    }
    await until(() => lines.some((l) => l.startsWith('ERROR: petitions')));
    expect(lines.find((l) => l.startsWith('ERROR'))).toMatch(/GIVING UP on petitions/);
    expect(petitions.starts()).toBe(3);
    expect(Object.keys(supervisor.pids())).toEqual(['units']);
    await supervisor.stop();
  });

  it('stops the parts in the order given and restarts none of them', async () => {
    const { log } = recorder();
    const supervisor = new Supervisor(log, fast);
    const order: string[] = [];
    const parts = ['postgres', 'petitions', 'gateway'].map((name) => {
      const fake = fakePart(name);
      const start = fake.part.start;
      fake.part.start = async () => {
        const running = await start();
        return { ...running, stop: async () => (order.push(name), running.stop()) };
      };
      return fake;
    });
    for (const { part } of parts) await supervisor.start(part);
    await supervisor.stop([['gateway'], ['petitions'], ['postgres']]);
    await new Promise((r) => setTimeout(r, 30));
    expect(order).toEqual(['gateway', 'petitions', 'postgres']);
    expect(parts.map((p) => p.starts())).toEqual([1, 1, 1]);
  });
});
