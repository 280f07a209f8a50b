import type { GatewayClient, TestPlatform } from '@tjxf/test-kit';

/** The smallest valid PNG: a 1×1 transparent pixel. */
export const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);

/** A PNG of about `bytes` bytes (the pixel, then padding its reader ignores). */
export const pngOfSize = (bytes: number, fill = 0) => Buffer.concat([PNG, Buffer.alloc(bytes - PNG.length, fill)]);

export interface UploadAnswer {
  status: number;
  body: Record<string, unknown> & {
    errors?: {
      message: string;
      extensions: { code: string; field?: string; retryAfterSeconds?: number; localized?: Record<string, string> };
    }[];
  };
}

/**
 * `POST /uploads` of one file, as the portals send it: with the header the gateway's CSRF rule
 * asks for (issue 8). `headers` replace or add to it (a client address, no header at all).
 */
export async function upload(
  root: string,
  file: { bytes: Buffer; name: string; type?: string },
  options: { token?: string; headers?: Record<string, string> } = {},
): Promise<UploadAnswer> {
  const form = new FormData();
  form.append('file', new Blob([file.bytes], { type: file.type ?? 'image/png' }), file.name);
  const response = await fetch(`${root}/uploads`, {
    method: 'POST',
    body: form,
    headers: {
      'apollo-require-preflight': 'true',
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
      ...options.headers,
    },
  });
  return { status: response.status, body: (await response.json()) as UploadAnswer['body'] };
}

const origin = (platform: GatewayClient) => platform.gatewayUrl.replace(/\/graphql$/, '');

/** Uploads a photo through the gateway as `token`'s account; its attachment id. */
export async function uploadPhoto(platform: TestPlatform, token: string): Promise<string> {
  const answer = await upload(origin(platform), { bytes: PNG, name: '现场照片.png' }, { token });
  if (answer.status !== 201) throw new Error(`upload answered ${answer.status}: ${JSON.stringify(answer.body)}`);
  return answer.body.id as string;
}

/** Downloads an attachment through the gateway as `token`'s account. */
export const downloadAttachment = (platform: GatewayClient, attachmentId: string, token: string) =>
  fetch(`${origin(platform)}/attachments/${attachmentId}`, { headers: { authorization: `Bearer ${token}` } });
