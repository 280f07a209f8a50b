import { createServer } from 'node:http';
import { SignJWT, importPKCS8 } from 'jose';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  AccessTokenIssuer,
  AccessTokenVerifier,
  INTERNAL_TOKEN_ALG,
  InternalTokenSigner,
  InternalTokenVerifier,
  anonymousViewer,
  generatePemKeyPair,
  type PemKeyPair,
} from '../index.js';

const viewer = {
  ...anonymousViewer('127.0.0.1'),
  accountId: '0193c2a0-0000-7000-8000-000000000001',
  username: 'xfb.hexi',
  roles: ['PETITION_OFFICER' as const],
  units: [{ id: '0193c2a0-0000-7000-8000-000000000002', regionCode: '120103' }],
};

describe('internal token (only the gateway may vouch for a caller)', () => {
  let keys: PemKeyPair;
  let other: PemKeyPair;
  beforeAll(async () => {
    keys = await generatePemKeyPair(INTERNAL_TOKEN_ALG);
    other = await generatePemKeyPair(INTERNAL_TOKEN_ALG);
  });

  it('carries the viewer from gateway to subgraph', async () => {
    const token = await (await InternalTokenSigner.fromPem(keys.privateKey)).sign(viewer);
    expect(await (await InternalTokenVerifier.fromPem(keys.publicKey)).verify(token)).toEqual(viewer);
  });

  it('is refused when signed by another key', async () => {
    const forged = await (await InternalTokenSigner.fromPem(other.privateKey)).sign(viewer);
    expect(await (await InternalTokenVerifier.fromPem(keys.publicKey)).verify(forged)).toBeNull();
  });

  it('is refused once expired', async () => {
    const key = await importPKCS8(keys.privateKey, INTERNAL_TOKEN_ALG);
    const expired = await new SignJWT({ viewer })
      .setProtectedHeader({ alg: INTERNAL_TOKEN_ALG })
      .setIssuer('tjxf-gateway')
      .setAudience('tjxf-subgraphs')
      .setIssuedAt(Math.floor(Date.now() / 1000) - 120)
      .setExpirationTime(Math.floor(Date.now() / 1000) - 60)
      .sign(key);
    expect(await (await InternalTokenVerifier.fromPem(keys.publicKey)).verify(expired)).toBeNull();
  });
});

describe('access token', () => {
  it('round-trips through the JWKS and is refused with a tampered payload', async () => {
    const pair = await generatePemKeyPair('ES256');
    const issuer = await AccessTokenIssuer.fromPem(pair.privateKey, pair.publicKey, 600);
    const sessionId = '0193c2a0-0000-7000-8000-000000000003';
    const token = await issuer.issue({
      accountId: viewer.accountId,
      sessionId,
      username: 'xfb.hexi',
      roles: ['PETITION_OFFICER'],
      units: viewer.units,
      representativeKind: null,
    });
    const verifier = AccessTokenVerifier.local(issuer.jwks());
    expect(await verifier.verify(token, '127.0.0.1')).toEqual({ ...viewer, sessionId, userAgent: null });
    const [h, p, s] = token.split('.');
    const payload = JSON.parse(Buffer.from(p!, 'base64url').toString());
    payload.roles = ['ADMIN'];
    const tampered = [h, Buffer.from(JSON.stringify(payload)).toString('base64url'), s].join('.');
    expect(await verifier.verify(tampered, null)).toBeNull();
  });

  it('is refused without a session id, since such a token could never be revoked', async () => {
    const pair = await generatePemKeyPair('ES256');
    const issuer = await AccessTokenIssuer.fromPem(pair.privateKey, pair.publicKey, 600);
    const key = await importPKCS8(pair.privateKey, 'ES256');
    const [{ kid }] = issuer.jwks().keys as [{ kid: string }];
    const sessionless = await new SignJWT({ username: 'xfb.hexi', roles: ['PETITION_OFFICER'], units: [] })
      .setProtectedHeader({ alg: 'ES256', kid })
      .setSubject(viewer.accountId)
      .setIssuer('tjxf-identity')
      .setAudience('tjxf-gateway')
      .setIssuedAt()
      .setExpirationTime('10m')
      .sign(key);
    expect(await AccessTokenVerifier.local(issuer.jwks()).verify(sessionless, null)).toBeNull();
  });

  it('keeps verifying with the keys fetched last while the identity service is down', async () => {
    const [pair, forgerPair] = await Promise.all([generatePemKeyPair('ES256'), generatePemKeyPair('ES256')]);
    const issuer = await AccessTokenIssuer.fromPem(pair.privateKey, pair.publicKey, 600);
    const forger = await AccessTokenIssuer.fromPem(forgerPair.privateKey, forgerPair.publicKey, 600);
    const claims = {
      accountId: viewer.accountId,
      sessionId: '0193c2a0-0000-7000-8000-000000000004',
      username: 'xfb.hexi',
      roles: ['PETITION_OFFICER' as const],
      units: viewer.units,
      representativeKind: null,
    };
    const [token, forged] = await Promise.all([issuer.issue(claims), forger.issue(claims)]);
    const identity = createServer((_req, res) =>
      res.setHeader('content-type', 'application/json').end(JSON.stringify(issuer.jwks())),
    );
    await new Promise<void>((resolve) => identity.listen(0, '127.0.0.1', resolve));
    const { port } = identity.address() as { port: number };
    const verifier = AccessTokenVerifier.remote(`http://127.0.0.1:${port}/.well-known/jwks.json`, {
      cacheMaxAgeMs: 20,
      cooldownMs: 10,
    });
    expect(await verifier.verify(token, null)).toMatchObject({ sessionId: claims.sessionId });
    await new Promise<void>((resolve) => identity.close(() => resolve()));
    await new Promise((resolve) => setTimeout(resolve, 50)); // the keys are due to be fetched again
    expect(await verifier.verify(token, null)).toMatchObject({ sessionId: claims.sessionId });
    expect(await verifier.verify(forged, null)).toBeNull();
  });
});
