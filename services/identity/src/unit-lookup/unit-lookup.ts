import { ServiceTokenSigner } from '@tjxf/tokens';

/** A unit as a membership needs it: the units subgraph owns it, this service copies its region. */
export interface KnownUnit {
  id: string;
  name: string;
  regionCode: string;
}

/** Where the identity service checks the units named in a membership. */
export interface UnitLookup {
  /** The units among `ids` that exist (unknown ids are left out). */
  find(ids: readonly string[]): Promise<KnownUnit[]>;
}

/** Defaults of {@link UnitsClient}. */
export const UNITS_CLIENT_DEFAULTS = { timeoutMs: 5_000 } as const;

/** The units subgraph's `GET /internal/units`, called with this service's own token. */
export class UnitsClient implements UnitLookup {
  private constructor(
    private readonly baseUrl: string,
    private readonly signer: ServiceTokenSigner,
  ) {}

  static async create(baseUrl: string | undefined, privateKeyPem: string | undefined): Promise<UnitsClient | null> {
    if (!baseUrl || !privateKeyPem) return null;
    return new UnitsClient(baseUrl, await ServiceTokenSigner.fromPem('identity', privateKeyPem));
  }

  async find(ids: readonly string[]): Promise<KnownUnit[]> {
    if (!ids.length) return [];
    const url = new URL('/internal/units', this.baseUrl);
    url.searchParams.set('ids', ids.join(','));
    const response = await fetch(url, {
      headers: { authorization: `Bearer ${await this.signer.token()}` },
      signal: AbortSignal.timeout(UNITS_CLIENT_DEFAULTS.timeoutMs),
    });
    if (!response.ok) throw new Error(`the units service answered ${response.status} to a unit lookup`);
    return ((await response.json()) as { units: KnownUnit[] }).units;
  }
}

/** Without the units service configured, no membership can be checked, so none is made. */
export const noUnitLookup: UnitLookup = {
  find: () =>
    Promise.reject(new Error('the units service is not configured (UNITS_INTERNAL_URL, SERVICE_TOKEN_PRIVATE_KEY)')),
};
