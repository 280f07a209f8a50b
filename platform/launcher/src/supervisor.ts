import { setTimeout as sleep } from 'node:timers/promises';
import { RestartPolicy, type RestartOptions } from './restart-policy.js';

/** A part of the platform the supervisor keeps running: a subgraph, the gateway, PostgreSQL. */
export interface Part {
  name: string;
  /** Starts the part; resolves once it serves, rejects if it could not. */
  start(): Promise<RunningPart>;
}

export interface RunningPart {
  pid: number | undefined;
  /** Settles when the process ends, whatever the reason. */
  exited: Promise<unknown>;
  /** Asks it to stop (gracefully, within a bound) and waits until it has. */
  stop(): Promise<void>;
}

export interface SupervisorLog {
  info(line: string): void;
  error(line: string): void;
}

/**
 * Keeps the parts of the platform running: a part that stops on its own is started again,
 * with the same environment and port, after a wait that doubles with each crash
 * ({@link RestartPolicy}); the others keep serving meanwhile. A part that keeps crashing is
 * given up on, loudly, and the rest runs on without it.
 */
export class Supervisor {
  private readonly running = new Map<string, RunningPart>();
  private readonly restarts = new Set<Promise<void>>();
  private readonly stopping = new AbortController();

  constructor(
    private readonly log: SupervisorLog,
    private readonly policy: Partial<RestartOptions> = {},
  ) {}

  /**
   * Starts a part for the first time (a failure is the caller's to handle) and watches it. Once
   * {@link stop} was called, a part that comes up is stopped again and the start fails.
   */
  async start(part: Part): Promise<void> {
    const running = await part.start();
    if (this.stopping.signal.aborted) {
      await running.stop();
      throw new Error(`${part.name} started while the platform was stopping`);
    }
    this.watch(part, running, new RestartPolicy(this.policy));
  }

  /** The pid of each part now running, by name. */
  pids(): Record<string, number | undefined> {
    return Object.fromEntries([...this.running].map(([name, p]) => [name, p.pid]));
  }

  /**
   * Stops the parts group by group, in the order given (each group's parts together), and
   * starts none again. Parts not named are stopped last.
   */
  async stop(order: string[][] = []): Promise<void> {
    this.stopping.abort();
    await Promise.all(this.restarts);
    const named = new Set(order.flat());
    const rest = [...this.running.keys()].filter((name) => !named.has(name));
    for (const group of [...order, rest]) {
      const parts = group.filter((name) => this.running.has(name));
      if (!parts.length) continue;
      this.log.info(`stopping ${parts.join(', ')}`);
      await Promise.all(parts.map((name) => this.running.get(name)!.stop()));
      parts.forEach((name) => this.running.delete(name));
    }
  }

  private watch(part: Part, running: RunningPart, policy: RestartPolicy): void {
    this.running.set(part.name, running);
    this.log.info(`${part.name} is up (pid ${running.pid})`);
    void running.exited.then(() => {
      if (this.running.get(part.name) !== running || this.stopping.signal.aborted) return;
      this.running.delete(part.name);
      const restart = this.restart(part, policy).finally(() => this.restarts.delete(restart));
      this.restarts.add(restart);
    });
  }

  private async restart(part: Part, policy: RestartPolicy): Promise<void> {
    const down = Date.now();
    let why = 'stopped unexpectedly';
    for (;;) {
      const decision = policy.crashed(Date.now());
      if (!decision.restart) {
        this.log.error(
          `ERROR: ${part.name} ${why} (${decision.crashes} crashes within ${decision.windowMs / 1000} s); ` +
            `GIVING UP on ${part.name}: it stays stopped, the rest of the platform keeps running`,
        );
        return;
      }
      this.log.info(`${part.name} ${why}; starting it again in ${decision.delayMs / 1000} s`);
      try {
        await sleep(decision.delayMs, undefined, { signal: this.stopping.signal });
      } catch {
        return; // the platform is stopping
      }
      try {
        const running = await part.start();
        if (this.stopping.signal.aborted) return void (await running.stop());
        this.watch(part, running, policy);
        this.log.info(`${part.name} is back, ${((Date.now() - down) / 1000).toFixed(1)} s after it stopped`);
        return;
      } catch (error) {
        if (this.stopping.signal.aborted) return;
        why = `did not start again (${error instanceof Error ? error.message : String(error)})`;
      }
    }
  }
}
