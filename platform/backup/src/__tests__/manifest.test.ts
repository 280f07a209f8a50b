import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BACKUP_FORMAT, MANIFEST_FILE, readVerifiedManifest, sha256Of, type Manifest } from '../manifest.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tjxf-manifest-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

async function backupWith(content: string, format: string = BACKUP_FORMAT): Promise<Manifest> {
  await writeFile(join(dir, 'personal-data.json'), content);
  const manifest = {
    format,
    createdAt: new Date().toISOString(),
    postgres: '18.4',
    database: 'tjxf',
    migrations: {},
    jobQueues: {},
    tables: [],
    sequences: [],
    files: [{ path: 'personal-data.json', sha256: await sha256Of(join(dir, 'personal-data.json')), bytes: 2 }],
  } as unknown as Manifest;
  await writeFile(join(dir, MANIFEST_FILE), JSON.stringify(manifest));
  return manifest;
}

describe('a backup is checked before anything is restored (issue 16)', () => {
  it('reads a backup whose files match their checksums', async () => {
    const written = await backupWith('{}');
    expect(await readVerifiedManifest(dir)).toEqual(written);
  });

  it('refuses a file changed after the backup was taken', async () => {
    await backupWith('{}');
    await writeFile(join(dir, 'personal-data.json'), '[]');
    await expect(readVerifiedManifest(dir)).rejects.toThrow('personal-data.json does not match its checksum');
  });

  it('refuses a backup with a file missing, and a folder that is no backup', async () => {
    await backupWith('{}');
    await rm(join(dir, 'personal-data.json'));
    await expect(readVerifiedManifest(dir)).rejects.toThrow('incomplete: personal-data.json is missing');
    await rm(join(dir, MANIFEST_FILE));
    await expect(readVerifiedManifest(dir)).rejects.toThrow('is not a backup');
  });

  it('refuses a backup of another format', async () => {
    await backupWith('{}', 'tjxf-backup/0');
    await expect(readVerifiedManifest(dir)).rejects.toThrow('this platform reads tjxf-backup/1');
  });
});
