import { SignJWT, importPKCS8, importSPKI, jwtVerify, type CryptoKey } from 'jose';
import { INTERNAL_TOKEN_ALG } from './keys.js';
import { viewerSchema, type Viewer } from './viewer.js';

const ISSUER = 'tjxf-gateway';
const AUDIENCE = 'tjxf-subgraphs';

/** Defaults of {@link InternalTokenSigner}. */
export const INTERNAL_TOKEN_DEFAULTS = {
  /** Life of one token; subgraphs refuse it after this. */
  ttlSeconds: 60,
  /** A signed token is reused for the same caller for this long, to spare signing per request. */
  reuseSeconds: 20,
  /** Most callers remembered for reuse. */
  maxCached: 5_000,
} as const;

/**
 * Signs the short-lived token through which the gateway tells a subgraph who the caller is.
 * Subgraphs trust nothing else: not a header, not a cookie.
 */
export class InternalTokenSigner {
  private readonly cache = new Map<string, { token: string; reuseUntil: number }>();

  private constructor(
    private readonly key: CryptoKey,
    private readonly options: typeof INTERNAL_TOKEN_DEFAULTS,
  ) {}

  static async fromPem(privatePem: string, options: Partial<typeof INTERNAL_TOKEN_DEFAULTS> = {}) {
    return new InternalTokenSigner(await importPKCS8(privatePem, INTERNAL_TOKEN_ALG), {
      ...INTERNAL_TOKEN_DEFAULTS,
      ...options,
    });
  }

  async sign(viewer: Viewer): Promise<string> {
    const cacheKey = JSON.stringify(viewer);
    const now = Date.now();
    const cached = this.cache.get(cacheKey);
    if (cached && cached.reuseUntil > now) return cached.token;
    const token = await new SignJWT({ viewer })
      .setProtectedHeader({ alg: INTERNAL_TOKEN_ALG })
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .setIssuedAt()
      .setExpirationTime(`${this.options.ttlSeconds}s`)
      .sign(this.key);
    if (this.cache.size >= this.options.maxCached) this.cache.clear();
    this.cache.set(cacheKey, { token, reuseUntil: now + this.options.reuseSeconds * 1000 });
    return token;
  }
}

/** Verifies internal tokens in a subgraph. */
export class InternalTokenVerifier {
  /** Tokens already verified, until they expire: the gateway reuses a token for a caller. */
  private readonly verified = new Map<string, { viewer: Viewer; expiresAt: number }>();

  private constructor(private readonly key: CryptoKey) {}

  static async fromPem(publicPem: string) {
    return new InternalTokenVerifier(await importSPKI(publicPem, INTERNAL_TOKEN_ALG));
  }

  /** The caller the gateway vouched for, or null if the token is missing, forged or expired. */
  async verify(token: string | undefined): Promise<Viewer | null> {
    if (!token) return null;
    const known = this.verified.get(token);
    if (known) {
      if (known.expiresAt > Date.now()) return known.viewer;
      this.verified.delete(token);
    }
    try {
      const { payload } = await jwtVerify(token, this.key, {
        issuer: ISSUER,
        audience: AUDIENCE,
        algorithms: [INTERNAL_TOKEN_ALG],
        maxTokenAge: `${INTERNAL_TOKEN_DEFAULTS.ttlSeconds}s`,
      });
      const viewer = viewerSchema.parse(payload.viewer);
      if (this.verified.size >= INTERNAL_TOKEN_DEFAULTS.maxCached) this.verified.clear();
      this.verified.set(token, { viewer, expiresAt: (payload.exp ?? 0) * 1000 });
      return viewer;
    } catch {
      return null;
    }
  }
}
