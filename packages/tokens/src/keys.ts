import { exportPKCS8, exportSPKI, generateKeyPair } from 'jose';

/** Algorithms: ES256 for access tokens (widely verifiable by other agencies), EdDSA inside. */
export const ACCESS_TOKEN_ALG = 'ES256';
export const INTERNAL_TOKEN_ALG = 'EdDSA';

export interface PemKeyPair {
  privateKey: string;
  publicKey: string;
}

/** A new key pair as PEM, for the launcher's first start and for tests. */
export async function generatePemKeyPair(alg: string): Promise<PemKeyPair> {
  const { privateKey, publicKey } = await generateKeyPair(alg, { extractable: true });
  return { privateKey: await exportPKCS8(privateKey), publicKey: await exportSPKI(publicKey) };
}
