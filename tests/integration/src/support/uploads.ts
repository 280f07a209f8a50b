import type { TestPlatform } from '@tjxf/test-kit';

/** The smallest valid PNG: a 1×1 transparent pixel. */
export const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);

const origin = (platform: TestPlatform) => platform.gatewayUrl.replace(/\/graphql$/, '');

/** Uploads a photo through the gateway as `token`'s account; its attachment id. */
export async function uploadPhoto(platform: TestPlatform, token: string): Promise<string> {
  const form = new FormData();
  form.append('file', new Blob([PNG], { type: 'image/png' }), '现场照片.png');
  const response = await fetch(`${origin(platform)}/uploads`, {
    method: 'POST',
    body: form,
    headers: { authorization: `Bearer ${token}` },
  });
  if (response.status !== 201) throw new Error(`upload answered ${response.status}: ${await response.text()}`);
  return ((await response.json()) as { id: string }).id;
}

/** Downloads an attachment through the gateway as `token`'s account. */
export const downloadAttachment = (platform: TestPlatform, attachmentId: string, token: string) =>
  fetch(`${origin(platform)}/attachments/${attachmentId}`, { headers: { authorization: `Bearer ${token}` } });
