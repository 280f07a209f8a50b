import { appEnv, flag, host, port, postgresUrl, z } from '@tjxf/config';

const repoRoot = new URL('../../../', import.meta.url).pathname;

export const launcherConfigSchema = z
  .object({
    /** `npm start` is a demo environment unless told otherwise. */
    APP_ENV: appEnv.default('development'),
    HOST: host,
    PORT: port(4000),
    /** Subgraphs listen on this port and the next four. */
    SUBGRAPH_BASE_PORT: port(4101),
    /** Use this PostgreSQL instead of the embedded one. */
    DATABASE_URL: postgresUrl.optional(),
    EMBEDDED_PG_PORT: port(54329),
    /** Keys, the embedded database and uploads live here. */
    DATA_DIR: z.string().default(`${repoRoot}data`),
    SEED_DEMO: flag(true),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('warn'),
  })
  .refine((c) => !(c.APP_ENV === 'production' && c.SEED_DEMO), {
    message: 'demo data is never seeded in production: set SEED_DEMO=false',
    path: ['SEED_DEMO'],
  });
export type LauncherConfig = z.infer<typeof launcherConfigSchema>;
