import { createServer } from 'node:net';

/**
 * The first of `count` consecutive free loopback ports, below the kernel's ephemeral range so
 * that `freePort()` answers elsewhere do not take them: the launcher's subgraphs listen on
 * `SUBGRAPH_BASE_PORT` and the ports after it.
 */
export async function consecutiveFreePorts(count: number): Promise<number> {
  for (;;) {
    const base = 10_000 + Math.floor(Math.random() * 20_000);
    const free = await Promise.all(Array.from({ length: count }, (_, i) => isFree(base + i)));
    if (free.every(Boolean)) return base;
  }
}

async function isFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer().once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}
