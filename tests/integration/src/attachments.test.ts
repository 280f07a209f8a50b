import { startPlatform, type TestPlatform } from '@tjxf/test-kit';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { onlineInput, onlyError, submit } from './support/petitions.js';
import { PNG, upload } from './support/uploads.js';

let platform: TestPlatform;
let root: string;
beforeAll(async () => {
  platform = await startPlatform(inject('pgServerUrl'));
  root = platform.gatewayUrl.replace(/\/graphql$/, '');
});
afterAll(() => platform?.stop());

const send = (bytes: Buffer, name: string, type: string, token?: string) =>
  upload(root, { bytes, name, type }, token ? { token } : {});

describe('attachments (issue 3: stored with checksum, type and size limits, never served inline)', () => {
  it('uploads a picture, attaches it to a petition, and lets the petition office download it safely', async () => {
    const uploaded = await send(PNG, '现场照片.png', 'image/png');
    expect(uploaded.status).toBe(201);
    expect(uploaded.body).toMatchObject({
      fileName: '现场照片.png',
      contentType: 'image/png',
      size: PNG.length,
      sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    const filed = await submit(platform, onlineInput({ attachmentIds: [uploaded.body.id] }));
    expect(filed.errors).toBeUndefined();
    const office = await platform.login('xfb.hexi');
    const read = await platform.graphql<{ petition: { attachments: { id: string; url: string; sha256: string }[] } }>(
      'query P($id: ID!) { petition(id: $id) { attachments { id url sha256 } } }',
      { id: filed.data!.submitPetition.petition.id },
      { token: office },
    );
    const [attachment] = read.data!.petition.attachments;
    expect(attachment).toMatchObject({ id: uploaded.body.id, sha256: uploaded.body.sha256 });
    const download = await fetch(`${root}${attachment!.url}`, { headers: { authorization: `Bearer ${office}` } });
    expect(download.status).toBe(200);
    expect(download.headers.get('content-disposition')).toMatch(/^attachment; filename\*=UTF-8''/);
    expect(download.headers.get('x-content-type-options')).toBe('nosniff');
    expect(download.headers.get('content-security-policy')).toContain('sandbox');
    expect(Buffer.from(await download.arrayBuffer()).equals(PNG)).toBe(true);
  });

  it('refuses an HTML page dressed as a picture, naming the field', async () => {
    const result = await send(Buffer.from('<html><script>alert(1)</script></html>'), 'photo.png', 'image/png');
    expect(result.status).toBe(415);
    expect(result.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'file' });
    // in the reader's language, like every GraphQL error, saying what may be attached
    expect(result.body.errors?.[0]?.extensions).toMatchObject({
      localized: { 'zh-CN': expect.stringContaining('PDF'), en: expect.stringContaining('PDF') },
    });
  });

  it('refuses a file over 10 MB', async () => {
    const big = Buffer.concat([PNG, Buffer.alloc(10 * 1024 * 1024 + 1)]);
    const result = await send(big, 'big.png', 'image/png');
    expect(result.status).toBe(413);
    expect(result.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'file' });
  });

  it('does not let anyone else download it: not anonymous callers, not other units', async () => {
    const uploaded = await send(PNG, 'a.png', 'image/png');
    const filed = await submit(platform, onlineInput({ attachmentIds: [uploaded.body.id] }));
    expect(filed.errors).toBeUndefined();
    expect((await fetch(`${root}/attachments/${uploaded.body.id}`)).status).toBe(404);
    const other = await platform.login('handler.city.zj');
    expect(
      (await fetch(`${root}/attachments/${uploaded.body.id}`, { headers: { authorization: `Bearer ${other}` } }))
        .status,
    ).toBe(404);
  });

  it('lets an upload be claimed once only', async () => {
    const uploaded = await send(PNG, 'b.png', 'image/png');
    expect((await submit(platform, onlineInput({ attachmentIds: [uploaded.body.id] }))).errors).toBeUndefined();
    const again = await submit(platform, onlineInput({ attachmentIds: [uploaded.body.id] }));
    expect(onlyError(again).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'attachmentIds' });
  });

  it('keeps a signed-in citizen’s upload to that citizen', async () => {
    const citizen = await platform.login('citizen');
    const uploaded = await send(PNG, 'c.png', 'image/png', citizen);
    const anonymous = await submit(platform, onlineInput({ attachmentIds: [uploaded.body.id] }));
    expect(onlyError(anonymous).extensions?.field).toBe('attachmentIds');
    const own = await submit(
      platform,
      onlineInput({ attachmentIds: [uploaded.body.id], petitioners: [{ name: '王小明' }] }),
      citizen,
    );
    expect(own.errors).toBeUndefined();
  });
});
