import http from 'node:http';
import { createRequire } from 'node:module';
import type { MikroORM } from '@tjxf/db-kit';
import type { InternalTokenVerifier } from '@tjxf/tokens';
import type * as GraphQL from 'graphql';
import { describe, expect, it } from 'vitest';
import { startSubgraphServer } from '../server.js';

// the copy of graphql Apollo Server loads (its CommonJS build), not Vite's
const { buildSchema } = createRequire(import.meta.url)('graphql') as typeof GraphQL;

describe('closing a subgraph server (issue 16)', () => {
  it('finishes the request in flight, then closes without waiting for its keep-alive connection', async () => {
    let reached!: () => void;
    const inHandler = new Promise<void>((resolve) => (reached = resolve));
    const server = await startSubgraphServer({
      name: 'closing',
      schema: buildSchema('type Query { ok: Boolean }'),
      // neither is reached: only the public route below is called
      orm: {} as MikroORM,
      verifier: {} as InternalTokenVerifier,
      port: 0,
      logLevel: 'silent',
      publicPaths: ['/slow'],
      routes: (app) => {
        app.get('/slow', async () => {
          reached();
          await new Promise((r) => setTimeout(r, 500));
          return { done: true };
        });
      },
    });
    const agent = new http.Agent({ keepAlive: true });
    const inFlight = new Promise<string>((resolve, reject) =>
      http
        .get(new URL('/slow', server.url), { agent }, (response) => {
          let body = '';
          response.on('data', (chunk) => (body += chunk));
          response.on('end', () => resolve(`${response.statusCode} ${body}`));
        })
        .on('error', reject),
    );
    await inHandler; // in flight, whatever the machine's load (a fixed wait was flaky)
    const started = Date.now();
    await server.close();
    expect(await inFlight).toBe('200 {"done":true}');
    expect(Date.now() - started).toBeLessThan(5_000); // not the 72 s keep-alive timeout
    agent.destroy();
  });
});
