import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ACCESS_TOKEN_ALG, INTERNAL_TOKEN_ALG, generatePemKeyPair, type PemKeyPair } from '@tjxf/tokens';

export interface PlatformKeys {
  access: PemKeyPair;
  internal: PemKeyPair;
}

/** The signing keys, made on first start and kept in the data folder (mode 600). */
export async function loadOrCreateKeys(dir: string): Promise<PlatformKeys> {
  await mkdir(dir, { recursive: true, mode: 0o700 });
  return {
    access: await keyPair(dir, 'access-token', ACCESS_TOKEN_ALG),
    internal: await keyPair(dir, 'internal-token', INTERNAL_TOKEN_ALG),
  };
}

async function keyPair(dir: string, name: string, alg: string): Promise<PemKeyPair> {
  const privateFile = join(dir, `${name}.key.pem`);
  const publicFile = join(dir, `${name}.pub.pem`);
  if (existsSync(privateFile) && existsSync(publicFile)) {
    return { privateKey: await readFile(privateFile, 'utf8'), publicKey: await readFile(publicFile, 'utf8') };
  }
  const pair = await generatePemKeyPair(alg);
  await writeFile(privateFile, pair.privateKey, { mode: 0o600 });
  await writeFile(publicFile, pair.publicKey, { mode: 0o644 });
  return pair;
}
