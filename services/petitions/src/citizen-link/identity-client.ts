import { ErrorCode, refuse } from '@tjxf/domain';
import { ServiceTokenSigner } from '@tjxf/tokens';

/** What the petitions service asks the identity service about citizens' phones. */
export interface CitizenPhones {
  /** The verified mobile number of an active account, or null (a staff account has none). */
  phoneOf(accountId: string): Promise<string | null>;
  /** Whether `code` is the live one-time code of the phone; a right one is used up. */
  useCode(phone: string, code: string): Promise<boolean>;
}

/** Defaults of {@link IdentityClient}. */
export const IDENTITY_CLIENT_DEFAULTS = { timeoutMs: 5_000 } as const;

const unavailable = () =>
  refuse(ErrorCode.SERVICE_UNAVAILABLE, 'VERIFICATION_UNAVAILABLE', undefined, { retryAfterSeconds: 30 });

/** The identity service's internal routes of citizens' phones, called with this service's own token. */
export class IdentityClient implements CitizenPhones {
  private constructor(
    private readonly baseUrl: string,
    private readonly signer: ServiceTokenSigner,
  ) {}

  static async create(baseUrl: string | undefined, privateKeyPem: string | undefined): Promise<IdentityClient | null> {
    if (!baseUrl || !privateKeyPem) return null;
    return new IdentityClient(baseUrl, await ServiceTokenSigner.fromPem('petitions', privateKeyPem));
  }

  async phoneOf(accountId: string): Promise<string | null> {
    const response = await this.call(`/internal/accounts/${encodeURIComponent(accountId)}/phone`);
    if (response.status === 404) return null;
    if (!response.ok) throw unavailable();
    return ((await response.json()) as { phone: string | null }).phone;
  }

  async useCode(phone: string, code: string): Promise<boolean> {
    const response = await this.call('/internal/verification-codes/use', { phone, code });
    if (!response.ok) throw unavailable();
    return ((await response.json()) as { verified: boolean }).verified;
  }

  private async call(path: string, body?: object): Promise<Response> {
    try {
      return await fetch(new URL(path, this.baseUrl), {
        method: body ? 'POST' : 'GET',
        headers: {
          authorization: `Bearer ${await this.signer.token()}`,
          ...(body ? { 'content-type': 'application/json' } : {}),
        },
        ...(body ? { body: JSON.stringify(body) } : {}),
        signal: AbortSignal.timeout(IDENTITY_CLIENT_DEFAULTS.timeoutMs),
      });
    } catch {
      throw unavailable();
    }
  }
}

/** Without the identity service configured (the demo seed), no phone can be proven. */
export const noCitizenPhones: CitizenPhones = {
  phoneOf: () => Promise.reject(unavailable()),
  useCode: () => Promise.reject(unavailable()),
};
