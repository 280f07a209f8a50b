import { unitIdForKey } from '@tjxf/domain';
import type { GatewayClient, TestPlatform } from '@tjxf/test-kit';

/** Units of the demo directory that tests act on (CONTRACT.md, demo data). */
export const DEMO_UNITS = {
  HEXI_GOVERNMENT: unitIdForKey('120103/government'),
  HEXI_OFFICE: unitIdForKey('120103/xfb'),
  HEXI_HOUSING: unitIdForKey('120103/zj'),
  HEXI_ENVIRONMENT: unitIdForKey('120103/sthj'),
  HEXI_CITY_MANAGEMENT: unitIdForKey('120103/cg'),
  CITY_GOVERNMENT: unitIdForKey('120000/government'),
  CITY_OFFICE: unitIdForKey('120000/xfb'),
} as const;

/** Signs each demo account in once; their access tokens by username. */
export async function signIn<U extends string>(
  platform: TestPlatform,
  users: readonly U[],
): Promise<Record<U, string>> {
  return Object.fromEntries(await Promise.all(users.map(async (u) => [u, await platform.login(u)] as const))) as Record<
    U,
    string
  >;
}

/** The data of `query` as `token`'s account; throws with the errors when there are any. */
export async function dataOf<T = Record<string, unknown>>(
  platform: GatewayClient,
  token: string | undefined,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<T> {
  const result = await platform.graphql<T>(query, variables, token ? { token } : {});
  if (result.errors) throw new Error(`${query}: ${JSON.stringify(result.errors)}`);
  return result.data!;
}
