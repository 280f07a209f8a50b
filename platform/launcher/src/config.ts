import { appEnv, flag, host, port, postgresUrl, z } from '@tjxf/config';
import type { ServiceConnection } from '@tjxf/db-kit';
import { serviceDatabaseVariables } from './database.js';
import { SERVICE_NAMES, type ServiceConnections } from './services.js';

const repoRoot = new URL('../../../', import.meta.url).pathname;

type ServiceDatabaseVariable = `${Uppercase<(typeof SERVICE_NAMES)[number]>}_${'' | 'MIGRATION_'}DATABASE_URL`;

/**
 * A service's own pair: `<SERVICE>_DATABASE_URL` (its runtime role) with
 * `<SERVICE>_MIGRATION_DATABASE_URL` (the owner of its schema), for roles a DBA made.
 */
const serviceDatabaseShape = Object.fromEntries(
  SERVICE_NAMES.flatMap((name) =>
    Object.values(serviceDatabaseVariables(name)).map((v) => [v, postgresUrl.optional()]),
  ),
) as Record<ServiceDatabaseVariable, z.ZodOptional<typeof postgresUrl>>;

export const launcherConfigSchema = z
  .object({
    /** `npm start` is a demo environment unless told otherwise. */
    APP_ENV: appEnv.default('development'),
    HOST: host,
    PORT: port(4000),
    /** Subgraphs listen on this port and the next four. */
    SUBGRAPH_BASE_PORT: port(4101),
    /**
     * Use this PostgreSQL instead of the embedded one; its user makes each service's roles
     * (CREATEROLE) unless the service has its own pair of URLs.
     */
    DATABASE_URL: postgresUrl.optional(),
    ...serviceDatabaseShape,
    EMBEDDED_PG_PORT: port(54329),
    /** Keys, the embedded database and uploads live here. */
    DATA_DIR: z.string().default(`${repoRoot}data`),
    SEED_DEMO: flag(true),
    /** With the demo data, on first start: this many generated petitions over the last two years (0: none). */
    DEMO_HISTORY_PETITIONS: z.coerce.number().int().min(0).max(100_000).default(3_000),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('warn'),
  })
  .refine((c) => !(c.APP_ENV === 'production' && c.SEED_DEMO), {
    message: 'demo data is never seeded in production: set SEED_DEMO=false',
    path: ['SEED_DEMO'],
  })
  .superRefine((c, ctx) => {
    for (const name of SERVICE_NAMES) {
      const v = serviceDatabaseVariables(name);
      if (Boolean(c[v.url]) === Boolean(c[v.migrationUrl])) continue;
      const missing = c[v.url] ? v.migrationUrl : v.url;
      const given = c[v.url] ? v.url : v.migrationUrl;
      ctx.addIssue({
        code: 'custom',
        path: [missing],
        message: `required with ${given}: a service's URLs come in pairs`,
      });
    }
  });
export type LauncherConfig = z.infer<typeof launcherConfigSchema>;

/** The services given their own pair of URLs, and those pairs. */
export function givenServiceConnections(config: LauncherConfig): Partial<ServiceConnections> {
  const given: Partial<ServiceConnections> = {};
  for (const name of SERVICE_NAMES) {
    const v = serviceDatabaseVariables(name);
    const [url, migrationUrl] = [config[v.url], config[v.migrationUrl]];
    if (url && migrationUrl) given[name] = { url, migrationUrl } satisfies ServiceConnection;
  }
  return given;
}
