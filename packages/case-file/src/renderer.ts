import { Piscina } from 'piscina';
import type { CaseFilePetition } from './query.js';

/** How case files are rendered off the event loop: one thread, a short queue. */
export const RENDERER_LIMITS = {
  threads: 1,
  /** Case files waiting beyond the one being rendered; past it the caller is told to retry. */
  queue: 8,
  /** A thread with nothing to render ends after this long (it holds the fonts). */
  idleMs: 60_000,
} as const;

/** Thrown when the queue is full: the caller answers 503 with Retry-After. */
export class RendererBusy extends Error {
  constructor() {
    super('the case-file renderer is busy');
  }
}

/**
 * Renders case files in a worker thread: a file of many pages takes tens of milliseconds of
 * CPU, which must not stall the gateway's other requests.
 */
export class CaseFileRenderer {
  private readonly pool = new Piscina({
    filename: new URL('./worker.js', import.meta.url).href,
    minThreads: 0,
    maxThreads: RENDERER_LIMITS.threads,
    maxQueue: RENDERER_LIMITS.queue,
    idleTimeout: RENDERER_LIMITS.idleMs,
  });

  async render(petition: CaseFilePetition, printedAt: Date): Promise<Buffer> {
    if (this.pool.queueSize >= RENDERER_LIMITS.queue) throw new RendererBusy();
    const bytes = (await this.pool.run(
      { petition, printedAt: printedAt.toISOString() },
      { name: 'renderTask' },
    )) as ArrayBuffer;
    return Buffer.from(bytes);
  }

  close(): Promise<void> {
    return this.pool.close();
  }
}
