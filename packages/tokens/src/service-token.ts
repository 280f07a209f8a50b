import { SignJWT, importPKCS8, importSPKI, jwtVerify, type CryptoKey } from 'jose';
import { INTERNAL_TOKEN_ALG } from './keys.js';

const ISSUER = 'tjxf-service';
const AUDIENCE = 'tjxf-internal';
/** A service token lives this long; the signer renews it before. */
const TTL_SECONDS = 60;

/**
 * Signs the token with which one service calls another's internal routes (`/internal/…`),
 * such as the unit directory the petitions subgraph reads. Each service has its own key
 * pair, and a service trusts only the public keys it is given: a service token never
 * stands for a user and never opens a GraphQL route.
 */
export class ServiceTokenSigner {
  private current: { token: string; renewAt: number } | null = null;

  private constructor(
    private readonly service: string,
    private readonly key: CryptoKey,
  ) {}

  static async fromPem(service: string, privatePem: string) {
    return new ServiceTokenSigner(service, await importPKCS8(privatePem, INTERNAL_TOKEN_ALG));
  }

  async token(): Promise<string> {
    const now = Date.now();
    if (this.current && this.current.renewAt > now) return this.current.token;
    const token = await new SignJWT({})
      .setProtectedHeader({ alg: INTERNAL_TOKEN_ALG })
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .setSubject(this.service)
      .setIssuedAt()
      .setExpirationTime(`${TTL_SECONDS}s`)
      .sign(this.key);
    this.current = { token, renewAt: now + (TTL_SECONDS / 2) * 1000 };
    return token;
  }
}

/** Verifies service tokens against the public keys of the services allowed to call. */
export class ServiceTokenVerifier {
  private constructor(private readonly keys: Map<string, CryptoKey>) {}

  /** `trusted`: service name → its public key (PEM). */
  static async fromPems(trusted: Record<string, string>) {
    const entries = await Promise.all(
      Object.entries(trusted).map(async ([name, pem]) => [name, await importSPKI(pem, INTERNAL_TOKEN_ALG)] as const),
    );
    return new ServiceTokenVerifier(new Map(entries));
  }

  /** The calling service's name, or null for a missing, forged, expired or untrusted token. */
  async verify(token: string | undefined): Promise<string | null> {
    if (!token) return null;
    for (const [name, key] of this.keys) {
      try {
        await jwtVerify(token, key, {
          issuer: ISSUER,
          audience: AUDIENCE,
          subject: name,
          algorithms: [INTERNAL_TOKEN_ALG],
          maxTokenAge: `${TTL_SECONDS}s`,
        });
        return name;
      } catch {
        // not this service's key: try the next
      }
    }
    return null;
  }
}
