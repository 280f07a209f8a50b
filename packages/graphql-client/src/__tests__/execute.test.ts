import { describe, expect, it } from 'vitest';
import { ApiError } from '../api-error.js';
import { execute } from '../execute.js';
import { ViewerDocument } from '../gql/graphql.js';

const answer = (body: unknown, status = 200): typeof fetch =>
  (async () => new Response(typeof body === 'string' ? body : JSON.stringify(body), { status })) as typeof fetch;

async function failure(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ApiError);
  return error as ApiError;
}

describe('execute', () => {
  it('sends the operation with the session-cookie header and same-origin credentials', async () => {
    let seen: { url: string; init: RequestInit } | undefined;
    const fetch = (async (url: string, init: RequestInit) => {
      seen = { url, init };
      return new Response(JSON.stringify({ data: { viewer: null } }));
    }) as typeof globalThis.fetch;
    await expect(execute(ViewerDocument, {}, { fetch })).resolves.toEqual({ viewer: null });
    expect(seen?.url).toBe('/graphql');
    expect(seen?.init.credentials).toBe('same-origin');
    expect(seen?.init.headers).toMatchObject({ 'x-tjxf-session': 'cookie', 'content-type': 'application/json' });
    expect(JSON.parse(String(seen?.init.body)).query).toContain('query Viewer');
  });

  it('throws the first GraphQL error with its code, field and wait', async () => {
    const error = await failure(
      execute(ViewerDocument, {}, {
        fetch: answer({ errors: [{ message: 'slow down', extensions: { code: 'RATE_LIMITED', retryAfterSeconds: 42 } }] }),
      }),
    );
    expect(error.code).toBe('RATE_LIMITED');
    expect(error.details.retryAfterSeconds).toBe(42);

    const input = await failure(
      execute(ViewerDocument, {}, {
        fetch: answer({ errors: [{ message: 'bad', extensions: { code: 'BAD_USER_INPUT', field: 'title' } }] }),
      }),
    );
    expect(input.code).toBe('BAD_USER_INPUT');
    expect(input.details.field).toBe('title');
  });

  it('reads an operation the server cannot run as an out-of-date page', async () => {
    const error = await failure(
      execute(ViewerDocument, {}, {
        fetch: answer({ errors: [{ message: 'Cannot query field', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }] }, 400),
      }),
    );
    expect(error.code).toBe('BAD_REQUEST');
  });

  it('masks unknown codes as an internal error', async () => {
    const error = await failure(
      execute(ViewerDocument, {}, { fetch: answer({ errors: [{ message: 'x', extensions: { code: 'SOMETHING_NEW' } }] }) }),
    );
    expect(error.code).toBe('INTERNAL_SERVER_ERROR');
  });

  it('reports no answer, or a non-GraphQL answer from a proxy, as a network error', async () => {
    const offline = (async () => {
      throw new TypeError('Failed to fetch');
    }) as typeof fetch;
    expect((await failure(execute(ViewerDocument, {}, { fetch: offline }))).code).toBe('NETWORK_ERROR');
    expect((await failure(execute(ViewerDocument, {}, { fetch: answer('<html>Bad gateway</html>', 502) }))).code).toBe(
      'NETWORK_ERROR',
    );
  });
});

describe('localized messages', () => {
  it('keeps the server’s message in both languages when it sends them', async () => {
    const error = await failure(
      execute(ViewerDocument, {}, {
        fetch: answer({
          errors: [
            {
              message: '请填写标题。Enter the title.',
              extensions: { code: 'BAD_USER_INPUT', field: 'title', localized: { 'zh-CN': '请填写标题。', en: 'Enter the title.' } },
            },
          ],
        }),
      }),
    );
    expect(error.details.localized).toEqual({ 'zh-CN': '请填写标题。', en: 'Enter the title.' });
  });
});
