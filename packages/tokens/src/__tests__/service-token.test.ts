import { describe, expect, it } from 'vitest';
import {
  INTERNAL_TOKEN_ALG,
  InternalTokenSigner,
  ServiceTokenSigner,
  ServiceTokenVerifier,
  anonymousViewer,
  generatePemKeyPair,
} from '../index.js';

describe('service tokens', () => {
  it('name the calling service to a service that trusts its key', async () => {
    const petitions = await generatePemKeyPair(INTERNAL_TOKEN_ALG);
    const signer = await ServiceTokenSigner.fromPem('petitions', petitions.privateKey);
    const verifier = await ServiceTokenVerifier.fromPems({ petitions: petitions.publicKey });
    const token = await signer.token();
    expect(await verifier.verify(token)).toBe('petitions');
    expect(await signer.token()).toBe(token); // reused until half its life
  });

  it('are refused when signed with another key, claimed for another service, or a user token', async () => {
    const [petitions, other, gateway] = await Promise.all([
      generatePemKeyPair(INTERNAL_TOKEN_ALG),
      generatePemKeyPair(INTERNAL_TOKEN_ALG),
      generatePemKeyPair(INTERNAL_TOKEN_ALG),
    ]);
    const verifier = await ServiceTokenVerifier.fromPems({ petitions: petitions.publicKey });
    // a key the verifier does not know, even under the trusted name
    const forged = await ServiceTokenSigner.fromPem('petitions', other.privateKey);
    expect(await verifier.verify(await forged.token())).toBeNull();
    // the trusted key, but signing for a service name it does not stand for
    const impostor = await ServiceTokenSigner.fromPem('stats', petitions.privateKey);
    expect(await verifier.verify(await impostor.token())).toBeNull();
    // a gateway's internal token for a user is not a service token
    const userToken = await (await InternalTokenSigner.fromPem(gateway.privateKey)).sign(anonymousViewer());
    expect(await verifier.verify(userToken)).toBeNull();
    expect(await verifier.verify(undefined)).toBeNull();
  });
});
