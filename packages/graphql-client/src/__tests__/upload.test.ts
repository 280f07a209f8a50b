import { describe, expect, it } from 'vitest';
import { ApiError } from '../api-error.js';
import { uploadFile } from '../upload.js';

type Listener = (event: { loaded?: number; total?: number; lengthComputable?: boolean }) => void;

/** Just enough of XMLHttpRequest: records what was sent and answers as told. */
class FakeRequest {
  readonly upload = new Target();
  private readonly own = new Target();
  status = 0;
  responseText = '';
  sent: { method?: string; url?: string; body?: FormData; headers: Record<string, string> } = { headers: {} };
  constructor(private readonly answer: (request: FakeRequest) => void) {}
  addEventListener(type: string, listener: Listener) {
    this.own.addEventListener(type, listener);
  }
  open(method: string, url: string) {
    this.sent.method = method;
    this.sent.url = url;
  }
  setRequestHeader(name: string, value: string) {
    this.sent.headers[name] = value;
  }
  send(body: FormData) {
    this.sent.body = body;
    queueMicrotask(() => this.answer(this));
  }
  abort() {
    this.own.emit('abort', {});
  }
  respond(status: number, body: unknown) {
    this.upload.emit('progress', { loaded: 5, total: 10, lengthComputable: true });
    this.status = status;
    this.responseText = typeof body === 'string' ? body : JSON.stringify(body);
    this.own.emit('load', {});
  }
  fail() {
    this.own.emit('error', {});
  }
}

class Target {
  private readonly listeners = new Map<string, Listener[]>();
  addEventListener(type: string, listener: Listener) {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
  }
  emit(type: string, event: Parameters<Listener>[0]) {
    for (const listener of this.listeners.get(type) ?? []) listener(event);
  }
}

const file = () => new File([new Uint8Array(10)], '照片.png', { type: 'image/png' });
const stored = { id: 'a1', fileName: '照片.png', contentType: 'image/png', size: 10, sha256: 'x' };

describe('uploadFile', () => {
  it('posts the file as multipart field `file` to /uploads and reports progress up to 100%', async () => {
    let request: FakeRequest | undefined;
    const progress: number[] = [];
    const result = await uploadFile(file(), {
      createRequest: () => (request = new FakeRequest((r) => r.respond(201, stored))) as unknown as XMLHttpRequest,
      onProgress: ({ fraction }) => progress.push(fraction),
    });
    expect(result).toEqual(stored);
    expect(request?.sent.method).toBe('POST');
    expect(request?.sent.url).toBe('/uploads');
    expect(request?.sent.headers['apollo-require-preflight']).toBe('true'); // the gateway's CSRF rule
    expect((request?.sent.body?.get('file') as File).name).toBe('照片.png');
    expect(progress).toEqual([0.5, 1]);
  });

  it('rejects a refused file with the server’s code, field and both languages of its message', async () => {
    const error = await uploadFile(file(), {
      createRequest: () =>
        new FakeRequest((r) =>
          r.respond(415, {
            errors: [
              {
                message: '只能上传图片。Attach pictures only.',
                extensions: {
                  code: 'BAD_USER_INPUT',
                  field: 'file',
                  localized: { 'zh-CN': '只能上传图片。', en: 'Attach pictures only.' },
                },
              },
            ],
          }),
        ) as unknown as XMLHttpRequest,
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).code).toBe('BAD_USER_INPUT');
    expect((error as ApiError).details).toMatchObject({
      field: 'file',
      status: 415,
      localized: { en: 'Attach pictures only.' },
    });
  });

  it('rejects with NETWORK_ERROR when no answer comes, and with the reason when cancelled', async () => {
    const offline = await uploadFile(file(), {
      createRequest: () => new FakeRequest((r) => r.fail()) as unknown as XMLHttpRequest,
    }).catch((e: unknown) => e);
    expect((offline as ApiError).code).toBe('NETWORK_ERROR');

    const controller = new AbortController();
    const pending = uploadFile(file(), {
      signal: controller.signal,
      createRequest: () => new FakeRequest(() => undefined) as unknown as XMLHttpRequest,
    });
    controller.abort(new Error('cancelled'));
    await expect(pending).rejects.toThrow('cancelled');
  });
});
