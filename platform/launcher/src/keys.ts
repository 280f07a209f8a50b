import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { SERVICE_CALLS, SERVICE_NAMES, type ServiceCaller, type ServiceName } from './services.js';
import { ACCESS_TOKEN_ALG, INTERNAL_TOKEN_ALG, generatePemKeyPair, type PemKeyPair } from '@tjxf/tokens';

export interface PlatformKeys {
  access: PemKeyPair;
  internal: PemKeyPair;
  /** Each calling service's own key pair for service tokens (SERVICE_CALLS). */
  services: Partial<Record<ServiceCaller, PemKeyPair>>;
  /** AES and HMAC keys for personal data, base64 (32 bytes each). */
  personalData: { encryptionKey: string; hashKey: string };
  /** Passwords of each service's database roles, when the launcher makes them. */
  databaseRoles: DatabaseRolePasswords;
}

export type DatabaseRolePasswords = Record<ServiceName, { owner: string; runtime: string }>;

/** The signing keys, made on first start and kept in the data folder (mode 600). */
export async function loadOrCreateKeys(dir: string): Promise<PlatformKeys> {
  await mkdir(dir, { recursive: true, mode: 0o700 });
  return {
    access: await keyPair(dir, 'access-token', ACCESS_TOKEN_ALG),
    internal: await keyPair(dir, 'internal-token', INTERNAL_TOKEN_ALG),
    services: Object.fromEntries(
      await Promise.all(
        (Object.keys(SERVICE_CALLS) as ServiceCaller[]).map(
          async (name) => [name, await keyPair(dir, `service-${name}`, INTERNAL_TOKEN_ALG)] as const,
        ),
      ),
    ),
    personalData: await secrets(join(dir, 'personal-data.json'), () => ({
      encryptionKey: randomBytes(32).toString('base64'),
      hashKey: randomBytes(32).toString('base64'),
    })),
    databaseRoles: await secrets(
      join(dir, 'database-roles.json'),
      () =>
        Object.fromEntries(
          SERVICE_NAMES.map((name) => [name, { owner: password(), runtime: password() }]),
        ) as DatabaseRolePasswords,
    ),
  };
}

const password = () => randomBytes(24).toString('base64url');

/**
 * Secrets kept as JSON in one file (mode 600): those `make` gives that the file lacks (all
 * of them the first time, a new service's later) are added; kept ones never change.
 */
async function secrets<T extends object>(file: string, make: () => T): Promise<T> {
  const kept = existsSync(file) ? (JSON.parse(await readFile(file, 'utf8')) as Partial<T>) : {};
  const all = { ...make(), ...kept };
  if (Object.keys(all).length > Object.keys(kept).length) {
    await writeFile(file, JSON.stringify(all), { mode: 0o600 });
  }
  return all;
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
