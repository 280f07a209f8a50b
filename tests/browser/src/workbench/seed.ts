import { randomUUID } from 'node:crypto';
import { expect, type APIRequestContext } from '@playwright/test';
import { DEMO_PASSWORD } from '../demo-users.js';

/** A few Chinese characters no demo text has, so a full-text search finds one petition only. */
export function chineseMark(): string {
  const pool = '琨瑶珂璟琰瑾璇玥珩琪';
  return Array.from({ length: 4 }, () => pool[Math.floor(Math.random() * pool.length)]).join('');
}

async function graphql<T>(request: APIRequestContext, query: string, variables: object, token?: string): Promise<T> {
  const response = await request.post('/graphql', {
    data: { query, variables },
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });
  const body = (await response.json()) as { data?: T; errors?: unknown[] };
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  return body.data!;
}

export interface SeededPetition {
  id: string;
  trackingCode: string;
  title: string;
}

/**
 * A visit registered by a petition officer through the API, as the workbench's own tests'
 * data: 20 people involved, so it is a collective petition with its risk flag.
 */
export async function registerVisit(
  request: APIRequestContext,
  { username, title, content }: { username: string; title: string; content: string },
): Promise<SeededPetition> {
  const { login } = await graphql<{ login: { accessToken: string } }>(
    request,
    'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { accessToken } }',
    { u: username, p: DEMO_PASSWORD },
  );
  const { registerPetition } = await graphql<{ registerPetition: { id: string; trackingCode: string } }>(
    request,
    'mutation($input: RegisterPetitionInput!) { registerPetition(input: $input) { id trackingCode } }',
    {
      input: {
        idempotencyKey: randomUUID(),
        kind: 'COMPLAINT',
        channel: 'VISIT',
        receivedAt: new Date().toISOString(),
        categoryCode: '010303',
        regionCode: '120103003',
        title,
        content,
        peopleInvolved: 20,
        petitioners: [{ name: '周文华', phone: '13700002468' }],
      },
    },
    login.accessToken,
  );
  return { ...registerPetition, title };
}
