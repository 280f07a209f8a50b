import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const launcherMain = fileURLToPath(import.meta.resolve('@tjxf/launcher')).replace(/index\.js$/, 'main.js');

/** A part's restart as the launcher reported it: "<part> is back, 3.2 s after it stopped". */
export interface Restart {
  part: string;
  seconds: number;
  at: number;
}

/**
 * `npm start`'s launcher as a child process group of its own: its output goes to a log file,
 * and what it says about its parts (their pids, their restarts, giving up) is kept.
 */
export class LauncherProcess {
  private readonly pids = new Map<string, number>();
  readonly restarts: Restart[] = [];
  readonly givenUp: string[] = [];
  private output = '';

  private constructor(
    private readonly child: ChildProcess,
    private readonly dataDir: string,
  ) {}

  static async start(env: Record<string, string>, logFile: string, timeoutMs = 180_000): Promise<LauncherProcess> {
    const child = spawn(process.execPath, [launcherMain], {
      env: { ...process.env, ...env },
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const launcher = new LauncherProcess(child, env.DATA_DIR!);
    const log = createWriteStream(logFile);
    let partial = '';
    const onData = (chunk: Buffer) => {
      log.write(chunk);
      partial += chunk.toString();
      const lines = partial.split('\n');
      partial = lines.pop()!;
      for (const line of lines) launcher.read(line);
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`the launcher was not up within ${timeoutMs / 1000} s; its log: ${logFile}`)),
        timeoutMs,
      );
      const check = setInterval(() => {
        if (launcher.output.includes('platform is up')) {
          clearTimeout(timer);
          clearInterval(check);
          resolve();
        }
      }, 100);
      child.once('exit', (code) => {
        clearTimeout(timer);
        clearInterval(check);
        reject(new Error(`the launcher exited (${code}) before the platform was up; its log: ${logFile}`));
      });
    });
    return launcher;
  }

  private read(line: string): void {
    if (!this.output.includes('platform is up')) this.output += `${line}\n`;
    const up = /\[platform\] (\S+) is up \(pid (\d+)\)/.exec(line);
    if (up) this.pids.set(up[1]!, Number(up[2]));
    const back = /\[platform\] (\S+) is back, ([\d.]+) s after it stopped/.exec(line);
    if (back) this.restarts.push({ part: back[1]!, seconds: Number(back[2]), at: Date.now() });
    const gaveUp = /GIVING UP on (\S+?):/.exec(line);
    if (gaveUp) this.givenUp.push(gaveUp[1]!);
  }

  /**
   * The process to kill for a part: the postmaster's own pid from `postmaster.pid` for
   * PostgreSQL (the server, not a wrapper), the launcher's word for the others.
   */
  async pidOf(part: string): Promise<number> {
    if (part === 'postgres') {
      const first = (await readFile(join(this.dataDir, 'postgres', 'postmaster.pid'), 'utf8')).split('\n')[0];
      return Number(first);
    }
    const pid = this.pids.get(part);
    if (!pid) throw new Error(`the launcher did not say ${part}'s pid`);
    return pid;
  }

  get running(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null;
  }

  /** Ctrl-C, as a user stops it; the whole group is killed if it has not stopped in time. */
  async stop(timeoutMs = 60_000): Promise<void> {
    if (!this.running) return;
    const exited = new Promise((resolve) => this.child.once('exit', resolve));
    this.signalGroup('SIGINT');
    const timer = setTimeout(() => this.signalGroup('SIGKILL'), timeoutMs);
    await exited;
    clearTimeout(timer);
  }

  /** Kills every process of the group at once: for a run that must end now. */
  kill(): void {
    this.signalGroup('SIGKILL');
  }

  private signalGroup(signal: NodeJS.Signals): void {
    try {
      process.kill(-this.child.pid!, signal);
    } catch {
      // already gone
    }
  }
}
