import { pemKey, z } from '@tjxf/config';
import { subgraphConfigSchema } from '@tjxf/subgraph-kit';

export const identityConfigSchema = subgraphConfigSchema('identity', {
  ACCESS_TOKEN_PRIVATE_KEY: pemKey,
  ACCESS_TOKEN_PUBLIC_KEY: pemKey,
  /** Life of an access token; the portal cookie lives as long. */
  ACCESS_TOKEN_TTL_SECONDS: z.coerce
    .number()
    .int()
    .min(60)
    .max(7 * 24 * 3600)
    .default(8 * 3600),
  /** The units subgraph's base URL: unit memberships are checked there (`/internal/units`). */
  UNITS_INTERNAL_URL: z.string().url().optional(),
});
export type IdentityConfig = z.infer<typeof identityConfigSchema>;
