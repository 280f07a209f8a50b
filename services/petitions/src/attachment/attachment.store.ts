import { createHash, randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

export interface StoredObject {
  key: string;
  sha256: string;
  size: number;
}

/**
 * Where attachment bytes live. The file system by default; an object store (S3, OSS, MinIO)
 * implements the same three methods.
 */
export interface AttachmentStore {
  /** Stores a stream; throws {@link TooLargeError} past `maxBytes` and keeps nothing. */
  put(stream: Readable, maxBytes: number): Promise<StoredObject>;
  open(key: string): Readable;
  delete(key: string): Promise<void>;
}

export class TooLargeError extends Error {}

/** Content-addressed files under a folder: `ab/abcdef…` by SHA-256, written atomically. */
export class FileSystemAttachmentStore implements AttachmentStore {
  constructor(private readonly root: string) {}

  async put(stream: Readable, maxBytes: number): Promise<StoredObject> {
    await mkdir(join(this.root, 'tmp'), { recursive: true });
    const temp = join(this.root, 'tmp', randomUUID());
    const hash = createHash('sha256');
    let size = 0;
    const meter = new Transform({
      transform(chunk: Buffer, _encoding, done) {
        size += chunk.length;
        if (size > maxBytes) return done(new TooLargeError(`larger than ${maxBytes} bytes`));
        hash.update(chunk);
        done(null, chunk);
      },
    });
    try {
      await pipeline(stream, meter, createWriteStream(temp, { mode: 0o600 }));
    } catch (error) {
      await rm(temp, { force: true });
      throw error;
    }
    const sha256 = hash.digest('hex');
    const key = `${sha256.slice(0, 2)}/${sha256}`;
    await mkdir(join(this.root, sha256.slice(0, 2)), { recursive: true });
    await rename(temp, join(this.root, key));
    return { key, sha256, size };
  }

  open(key: string): Readable {
    if (!/^[0-9a-f]{2}\/[0-9a-f]{64}$/.test(key)) throw new Error('not a storage key');
    return createReadStream(join(this.root, key));
  }

  async delete(key: string): Promise<void> {
    await rm(join(this.root, key), { force: true });
  }

  async exists(key: string): Promise<boolean> {
    return stat(join(this.root, key)).then(
      () => true,
      () => false,
    );
  }
}
