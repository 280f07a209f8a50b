import { createServer } from 'node:net';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { isDatabaseUnavailable, isWriteRace } from '../unavailable.js';

/** A loopback port nobody listens on. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

// Issue 16: a request failing because PostgreSQL is away (killed, restarting, out of
// connections) is SERVICE_UNAVAILABLE, retryable; a statement the database refused is not.
describe('isDatabaseUnavailable', () => {
  it('knows a connection the server refused, as pg reports it', async () => {
    const client = new pg.Client({ host: '127.0.0.1', port: await closedPort(), connectionTimeoutMillis: 2000 });
    const error = await client.connect().then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).not.toBeNull();
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it('knows the states of a server shutting down, starting, crashed or out of connections', () => {
    for (const code of ['57P01', '57P02', '57P03', '53300', '08006', '08001']) {
      expect(isDatabaseUnavailable(Object.assign(new Error('server away'), { code }))).toBe(true);
    }
    expect(isDatabaseUnavailable(new Error('Connection terminated unexpectedly'))).toBe(true);
    expect(isDatabaseUnavailable(new Error('wrapped', { cause: { code: 'ECONNRESET' } }))).toBe(true);
  });

  it('leaves statements the database refused to the caller', () => {
    for (const code of ['23505', '40001', '42P01', '22P02']) {
      expect(isDatabaseUnavailable(Object.assign(new Error('refused'), { code }))).toBe(false);
    }
    expect(isDatabaseUnavailable(new Error('something else'))).toBe(false);
    expect(isDatabaseUnavailable(null)).toBe(false);
  });
});

// A write that lost a race (a unique key written first by another request, a deadlock, a
// serialization failure) is the caller's CONFLICT, not an internal error (fuzz findings).
describe('isWriteRace', () => {
  it('knows a unique key written first, a serialization failure and a deadlock, wrapped or not', () => {
    for (const code of ['23505', '40001', '40P01']) {
      expect(isWriteRace(Object.assign(new Error('lost'), { code }))).toBe(true);
      expect(isWriteRace(new Error('wrapped', { cause: { code } }))).toBe(true);
    }
  });

  it('leaves other refusals and a database that is away to their own answers', () => {
    for (const code of ['23503', '23502', '42P01', '57P01', 'ECONNREFUSED']) {
      expect(isWriteRace(Object.assign(new Error('other'), { code }))).toBe(false);
    }
    expect(isWriteRace(null)).toBe(false);
  });
});
