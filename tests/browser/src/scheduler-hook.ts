import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { APIRequestContext } from '@playwright/test';
import type { TestPlatform } from '@tjxf/test-kit';

/** Where workers find the hook (set by the global setup). */
export const SCHEDULER_HOOK_ENV = 'TJXF_SCHEDULER_HOOK_URL';

/**
 * A loopback hook of the browser tests' own, in the process that runs the platform: `POST
 * /overdue?petition=ID` lets 30 days pass for that one petition (its running clocks, and the
 * petition's first due date, start and end 30 days earlier), then runs one round of the
 * scheduler, as the job queue would. Other tests' petitions are untouched, so tests still run
 * side by side.
 */
export async function startSchedulerHook(platform: TestPlatform): Promise<Server> {
  const petitions = platform.services.petitions;
  const server = createServer((request, response) => {
    const id = new URL(request.url ?? '/', 'http://hook').searchParams.get('petition');
    const run = async () => {
      const sql = petitions.orm.em.fork().getConnection();
      await sql.execute(
        `update petitions.deadline set start_at = start_at - interval '30 days', due_at = due_at - interval '30 days'
           where petition_id = ? and met_at is null and closed_at is null`,
        [id],
      );
      // and the petition's own copy of the first of them, which "overdue only" and URGENCY read
      await sql.execute(
        `update petitions.petition set current_due_at = current_due_at - interval '30 days'
           where id = ? and current_due_at is not null`,
        [id],
      );
      await petitions.rounds.procedure!(new Date());
    };
    run().then(
      () => response.writeHead(204).end(),
      (error: unknown) => response.writeHead(500).end(String(error)),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  process.env[SCHEDULER_HOOK_ENV] = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return server;
}

/** Lets a petition's running clocks pass their end and runs the scheduler (see {@link startSchedulerHook}). */
export async function letClocksRunOut(request: APIRequestContext, petitionId: string): Promise<void> {
  const response = await request.post(`${process.env[SCHEDULER_HOOK_ENV]}/overdue?petition=${petitionId}`);
  if (!response.ok()) throw new Error(`scheduler hook: ${response.status()} ${await response.text()}`);
}
