import { ApiError, ApiErrorCode, type GraphQLErrorBody } from './api-error.js';

/** Where files are uploaded (same origin; the session cookie goes along). */
export const UPLOAD_ENDPOINT = '/uploads';

/** A file stored by the server, to be named in `attachmentIds` (or an agent's power of attorney). */
export interface UploadedFile {
  id: string;
  fileName: string;
  contentType: string;
  size: number;
  sha256: string;
}

export interface UploadProgress {
  loaded: number;
  total: number;
  /** 0 to 1; 0 while the size is not known yet. */
  fraction: number;
}

export interface UploadOptions {
  onProgress?: (progress: UploadProgress) => void;
  signal?: AbortSignal;
  /** Defaults to {@link UPLOAD_ENDPOINT}. */
  endpoint?: string;
  /** Defaults to `new XMLHttpRequest()` (tests pass their own). */
  createRequest?: () => XMLHttpRequest;
}

/**
 * Uploads one file as multipart/form-data (field `file`) and resolves with what the server
 * stored. XMLHttpRequest rather than fetch: only it reports upload progress in every browser.
 * Refusals (type, size) reject with an {@link ApiError} carrying the server's code and field;
 * no answer at all rejects with NETWORK_ERROR; an abort rejects with the signal's reason.
 */
export function uploadFile(file: File, options: UploadOptions = {}): Promise<UploadedFile> {
  const { onProgress, signal, endpoint = UPLOAD_ENDPOINT, createRequest = () => new XMLHttpRequest() } = options;
  return new Promise<UploadedFile>((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    const request = createRequest();
    const onAbort = () => request.abort();
    signal?.addEventListener('abort', onAbort, { once: true });
    const settle = (done: () => void) => {
      signal?.removeEventListener('abort', onAbort);
      done();
    };

    request.upload.addEventListener('progress', (event) => {
      const total = event.lengthComputable ? event.total : file.size;
      onProgress?.({ loaded: event.loaded, total, fraction: total > 0 ? Math.min(1, event.loaded / total) : 0 });
    });
    request.addEventListener('load', () =>
      settle(() => {
        const body = parseJson(request.responseText);
        if (request.status === 201 || request.status === 200) {
          if (isUploadedFile(body)) {
            onProgress?.({ loaded: file.size, total: file.size, fraction: 1 });
            resolve(body);
          } else
            reject(
              new ApiError(ApiErrorCode.INTERNAL_SERVER_ERROR, 'upload answered without a file', {
                status: request.status,
              }),
            );
          return;
        }
        const first = (body as { errors?: GraphQLErrorBody[] } | null)?.errors?.[0];
        if (first) reject(ApiError.fromGraphQL(first, request.status));
        else if (request.status === 413)
          reject(new ApiError(ApiErrorCode.BAD_USER_INPUT, 'file too large', { field: 'file', status: 413 }));
        else
          reject(
            new ApiError(
              request.status >= 500 ? ApiErrorCode.NETWORK_ERROR : ApiErrorCode.INTERNAL_SERVER_ERROR,
              `HTTP ${request.status} without an answer`,
              { status: request.status },
            ),
          );
      }),
    );
    request.addEventListener('error', () =>
      settle(() => reject(new ApiError(ApiErrorCode.NETWORK_ERROR, 'upload failed: no answer from the server'))),
    );
    request.addEventListener('abort', () =>
      settle(() => reject(signal?.reason ?? new DOMException('The upload was cancelled.', 'AbortError'))),
    );

    const form = new FormData();
    form.append('file', file, file.name);
    request.open('POST', endpoint);
    request.setRequestHeader('accept', 'application/json');
    // a custom header: the gateway refuses uploads without one, as cross-site form posts (CSRF)
    request.setRequestHeader('apollo-require-preflight', 'true');
    request.send(form);
  });
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}

const isUploadedFile = (value: unknown): value is UploadedFile =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as UploadedFile).id === 'string' &&
  typeof (value as UploadedFile).fileName === 'string' &&
  typeof (value as UploadedFile).size === 'number';
