import {
  SignJWT,
  calculateJwkThumbprint,
  createLocalJWKSet,
  createRemoteJWKSet,
  exportJWK,
  importPKCS8,
  importSPKI,
  jwtVerify,
  type JSONWebKeySet,
  type JWK,
  type JWTVerifyGetKey,
  type CryptoKey,
} from 'jose';
import { z } from 'zod';
import { ACCESS_TOKEN_ALG } from './keys.js';
import { USER_AGENT_MAX_LENGTH, unitMembershipSchema, type Viewer } from './viewer.js';
import { RepresentativeKind, Role } from '@tjxf/domain';

const ISSUER = 'tjxf-identity';
const AUDIENCE = 'tjxf-gateway';

const accessClaimsSchema = z.object({
  sub: z.string().uuid(),
  /** The session: a token without one cannot be revoked, so it is not accepted. */
  sid: z.string().uuid(),
  username: z.string(),
  roles: z.array(z.enum(Role)),
  units: z.array(unitMembershipSchema),
  rep: z.enum(RepresentativeKind).nullable().optional(),
});

export interface AccessTokenSubject {
  accountId: string;
  /** The server-side session the token belongs to (identity's `session` row). */
  sessionId: string;
  username: string;
  roles: Role[];
  units: { id: string; regionCode: string }[];
  representativeKind: RepresentativeKind | null;
}

/** Signs access tokens (identity service) and publishes the public half as a JWKS. */
export class AccessTokenIssuer {
  private constructor(
    private readonly privateKey: CryptoKey,
    private readonly publicJwk: JWK,
    private readonly ttlSeconds: number,
  ) {}

  static async fromPem(privatePem: string, publicPem: string, ttlSeconds: number) {
    const privateKey = await importPKCS8(privatePem, ACCESS_TOKEN_ALG);
    const publicKey = await importSPKI(publicPem, ACCESS_TOKEN_ALG, { extractable: true });
    const jwk = await exportJWK(publicKey);
    const kid = await calculateJwkThumbprint(jwk);
    return new AccessTokenIssuer(privateKey, { ...jwk, kid, alg: ACCESS_TOKEN_ALG, use: 'sig' }, ttlSeconds);
  }

  get expiresInSeconds() {
    return this.ttlSeconds;
  }

  async issue(subject: AccessTokenSubject): Promise<string> {
    return new SignJWT({
      username: subject.username,
      roles: subject.roles,
      units: subject.units,
      rep: subject.representativeKind,
      sid: subject.sessionId,
    })
      .setProtectedHeader({ alg: ACCESS_TOKEN_ALG, kid: this.publicJwk.kid! })
      .setSubject(subject.accountId)
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .setIssuedAt()
      .setJti(crypto.randomUUID())
      .setExpirationTime(`${this.ttlSeconds}s`)
      .sign(this.privateKey);
  }

  jwks(): JSONWebKeySet {
    return { keys: [this.publicJwk] };
  }
}

/** How the gateway keeps the identity service's published keys. */
export const JWKS_CACHE_DEFAULTS = {
  /** Fetched again after this long… */
  cacheMaxAgeMs: 600_000,
  /** …or on an unknown key id, at most this often. */
  cooldownMs: 30_000,
} as const;

/** Verifies access tokens (gateway) against the identity service's JWKS. */
export class AccessTokenVerifier {
  constructor(private readonly keys: JWTVerifyGetKey) {}

  /**
   * Keys from the identity service's JWKS. While it cannot be fetched again (identity down
   * or restarting), the keys fetched last keep verifying: a crashed identity service must not
   * turn every signed-in caller away as if their tokens were forged (issue 16).
   */
  static remote(jwksUrl: string, options: { [K in keyof typeof JWKS_CACHE_DEFAULTS]: number } = JWKS_CACHE_DEFAULTS) {
    const remote = createRemoteJWKSet(new URL(jwksUrl), {
      cooldownDuration: options.cooldownMs,
      cacheMaxAge: options.cacheMaxAgeMs,
    });
    return new AccessTokenVerifier(async (header, token) => {
      try {
        return await remote(header, token);
      } catch (error) {
        const last = remote.jwks();
        if (!last || remote.fresh) throw error; // never fetched, or the fresh keys refused it
        return createLocalJWKSet(last)(header, token);
      }
    });
  }

  static local(jwks: JSONWebKeySet) {
    return new AccessTokenVerifier(createLocalJWKSet(jwks));
  }

  /**
   * The caller, or null for any token that is not valid now (expired, forged, malformed).
   * Whether its session was revoked meanwhile is the gateway's check, not the signature's.
   */
  async verify(token: string, ip: string | null, userAgent: string | null = null): Promise<Viewer | null> {
    try {
      const { payload } = await jwtVerify(token, this.keys, {
        issuer: ISSUER,
        audience: AUDIENCE,
        algorithms: [ACCESS_TOKEN_ALG],
      });
      const claims = accessClaimsSchema.parse(payload);
      return {
        accountId: claims.sub,
        username: claims.username,
        roles: claims.roles,
        units: claims.units,
        representativeKind: claims.rep ?? null,
        ip,
        sessionId: claims.sid,
        userAgent: userAgent?.slice(0, USER_AGENT_MAX_LENGTH) ?? null,
      };
    } catch {
      return null;
    }
  }
}
