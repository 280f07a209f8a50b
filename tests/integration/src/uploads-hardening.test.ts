import { existsSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { AttachmentService, FileSystemAttachmentStore } from '@tjxf/petitions';
import { startPlatform, type TestPlatform } from '@tjxf/test-kit';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { countRows, onlineInput, submit } from './support/petitions.js';
import { PNG, pngOfSize, upload, type UploadAnswer } from './support/uploads.js';

/** Small quotas, so that a test can reach them (the defaults, 30 files and 100 MB, are documented). */
const QUOTA = { files: 5, megabytes: 2 } as const;

let platform: TestPlatform;
let root: string;
beforeAll(async () => {
  platform = await startPlatform(inject('pgServerUrl'), {
    serviceEnv: {
      petitions: {
        UPLOAD_QUOTA_FILES_PER_HOUR: String(QUOTA.files),
        UPLOAD_QUOTA_MB_PER_HOUR: String(QUOTA.megabytes),
      },
    },
    // the test runner is the "proxy": each test is a client of its own address
    gatewayEnv: { TRUSTED_PROXIES: '127.0.0.1' },
  });
  root = platform.gatewayUrl.replace(/\/graphql$/, '');
});
afterAll(() => platform?.stop());

let clients = 0;
/** Headers of a client of a new address, as the trusted proxy forwards it. */
const newClient = () => ({ 'x-forwarded-for': `203.0.113.${++clients}` });

/** A multipart body with one `file`, as curl -F builds it. */
function multipart(file: Buffer, fileName: string) {
  const boundary = `----tjxf${Math.random().toString(16).slice(2)}`;
  const body = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\ncontent-disposition: form-data; name="file"; filename="${fileName}"\r\ncontent-type: image/png\r\n\r\n`,
    ),
    file,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { body, contentType: `multipart/form-data; boundary=${boundary}` };
}

/**
 * A raw HTTP/1.1 upload that asks `Expect: 100-continue` and sends its body only once the
 * server said 100 Continue, as curl does for every file over 1 MB.
 */
function uploadExpectingContinue(file: Buffer, fileName: string) {
  const { body, contentType } = multipart(file, fileName);
  return new Promise<{ status: number; continued: boolean; body: Record<string, unknown> }>((resolve, reject) => {
    let continued = false;
    const req = request(`${root}/uploads`, {
      method: 'POST',
      headers: {
        'content-type': contentType,
        'content-length': body.length,
        expect: '100-continue',
        'apollo-require-preflight': 'true',
        ...newClient(),
      },
    });
    req.on('continue', () => {
      continued = true;
      req.end(body);
    });
    req.on('response', (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () =>
        resolve({
          status: response.statusCode!,
          continued,
          body: JSON.parse(Buffer.concat(chunks).toString() || '{}') as Record<string, unknown>,
        }),
      );
    });
    req.on('error', reject);
  });
}

const statuses = (answers: UploadAnswer[]) => answers.map((a) => a.status).sort();

describe('uploads with Expect: 100-continue (issue 8, defect 7)', () => {
  it('stores a photo over 1 MB sent the way curl sends it', async () => {
    const photo = pngOfSize(1536 * 1024, 7);
    const result = await uploadExpectingContinue(photo, '现场照片.png');
    expect(result.continued).toBe(true);
    expect(result.status).toBe(201);
    expect(result.body).toMatchObject({ fileName: '现场照片.png', contentType: 'image/png', size: photo.length });
  });
});

describe('cross-origin uploads are refused like cross-origin GraphQL posts (issue 8, CSRF)', () => {
  it('refuses a form post without a preflighted header and stores nothing', async () => {
    const before = await countRows(platform, 'attachment');
    const forged = await upload(root, { bytes: PNG, name: 'a.png' }, { headers: { 'apollo-require-preflight': '' } });
    expect(forged.status).toBe(400);
    expect(forged.body.errors?.[0]?.extensions.code).toBe('BAD_REQUEST');
    expect(await countRows(platform, 'attachment')).toBe(before);
  });

  it('accepts the same post with a header a cross-origin page cannot send without a preflight', async () => {
    const sent = await upload(
      root,
      { bytes: PNG, name: 'a.png' },
      { headers: { 'x-apollo-operation-name': 'upload' } },
    );
    expect(sent.status).toBe(201);
  });

  it('grants no other origin that preflight', async () => {
    const preflight = await fetch(`${root}/uploads`, {
      method: 'OPTIONS',
      headers: {
        origin: 'https://evil.example',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'apollo-require-preflight',
      },
    });
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('file names that deceive are refused (issue 8)', () => {
  it.each([
    ['a right-to-left override', 'invoice\u202egpj.png'],
    ['an isolate', '\u2067photo.png'],
    ['an Arabic letter mark', 'scan\u061c.png'],
    ['zero-width characters only', '\u200b\u200c\u200d'],
  ])('refuses a name with %s, naming the file field', async (_what, name) => {
    const result = await upload(root, { bytes: PNG, name }, { headers: newClient() });
    expect(result.status).toBe(400);
    expect(result.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'file' });
  });
});

describe('an hourly upload quota per client address (issue 8)', () => {
  it(`stores at most ${QUOTA.files} files an hour from one address, even sent all at once`, async () => {
    const client = newClient();
    const answers = await Promise.all(
      Array.from({ length: QUOTA.files + 4 }, (_, i) =>
        upload(root, { bytes: pngOfSize(1024, i), name: `${i}.png` }, { headers: client }),
      ),
    );
    expect(statuses(answers)).toEqual([...Array<number>(QUOTA.files).fill(201), ...Array<number>(4).fill(429)]);
    const refused = answers.find((a) => a.status === 429)!;
    expect(refused.body.errors?.[0]?.extensions).toMatchObject({
      code: 'RATE_LIMITED',
      retryAfterSeconds: expect.any(Number),
    });
    // another client is not held back by this one
    expect((await upload(root, { bytes: PNG, name: 'b.png' }, { headers: newClient() })).status).toBe(201);
  });

  it(`stores at most ${QUOTA.megabytes} MB an hour from one address, even sent all at once`, async () => {
    const client = newClient();
    const answers = await Promise.all(
      Array.from({ length: 4 }, (_, i) =>
        upload(root, { bytes: pngOfSize(900 * 1024, i), name: `${i}.png` }, { headers: client }),
      ),
    );
    expect(statuses(answers)).toEqual([201, 201, 429, 429]);
  });
});

describe('unclaimed uploads are deleted after a day (issue 8)', () => {
  const sweeper = () =>
    new AttachmentService(platform.services.petitions.orm, new FileSystemAttachmentStore(platform.attachmentsDir));
  const age = (ids: unknown[], hours: number) =>
    platform.services.petitions.orm.em
      .getConnection()
      .execute(`update petitions.attachment set uploaded_at = now() - interval '${hours} hours' where id in (?)`, [
        ids,
      ]);
  const fileOf = (sha256: unknown) => join(platform.attachmentsDir, String(sha256).slice(0, 2), String(sha256));

  it('deletes rows and files no submission claimed within 24 hours, keeps the rest, with two sweepers at once', async () => {
    const client = { headers: newClient() };
    const shared = pngOfSize(2048, 1);
    const [claimed, sharedUnclaimed, lone, young] = await Promise.all([
      upload(root, { bytes: shared, name: 'claimed.png' }, client),
      upload(root, { bytes: shared, name: 'same-bytes.png' }, client),
      upload(root, { bytes: pngOfSize(2048, 2), name: 'lone.png' }, client),
      upload(root, { bytes: pngOfSize(2048, 3), name: 'young.png' }, client),
    ]);
    const filed = await submit(platform, onlineInput({ attachmentIds: [claimed.body.id] }));
    expect(filed.errors).toBeUndefined();
    await age([claimed.body.id, sharedUnclaimed.body.id, lone.body.id], 25);
    await age([young.body.id], 23);

    const [first, second] = await Promise.all([sweeper().sweepUnclaimed(), sweeper().sweepUnclaimed()]);
    expect(first + second).toBe(2);

    const left = await platform.services.petitions.orm.em
      .getConnection()
      .execute<{ id: string }[]>('select id from petitions.attachment where id in (?)', [
        [claimed.body.id, sharedUnclaimed.body.id, lone.body.id, young.body.id],
      ]);
    expect(left.map((r) => r.id).sort()).toEqual([claimed.body.id, young.body.id].sort());
    expect(existsSync(fileOf(claimed.body.sha256))).toBe(true); // still the claimed one's
    expect(existsSync(fileOf(lone.body.sha256))).toBe(false);
    expect(existsSync(fileOf(young.body.sha256))).toBe(true);
  });
});
