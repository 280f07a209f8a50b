import { z } from 'zod';

/** Raised when the environment does not satisfy a configuration schema. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/**
 * Parses environment variables with a zod schema. Throws {@link ConfigError} listing every
 * problem, naming the variable, so one run tells the operator everything to fix.
 */
export function parseConfig<S extends z.ZodType>(schema: S, env: Record<string, string | undefined>): z.infer<S> {
  const result = schema.safeParse(env);
  if (result.success) return result.data;
  throw new ConfigError(result.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`));
}

/**
 * Parses the process environment once at start-up; on a bad value prints what to fix and
 * stops the process. The only place in the platform that reads `process.env`.
 */
export function loadConfig<S extends z.ZodType>(schema: S): z.infer<S> {
  try {
    return parseConfig(schema, process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(78); // EX_CONFIG
    }
    throw error;
  }
}

/** The deployment mode: demo data, introspection and verbose errors only outside production. */
export const appEnv = z.enum(['production', 'development', 'test']).default('production');
export type AppEnv = z.infer<typeof appEnv>;

export const port = (fallback: number) => z.coerce.number().int().min(0).max(65535).default(fallback);

export const host = z.string().min(1).default('127.0.0.1');

export const postgresUrl = z.string().regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL');

/** A PEM-encoded key; `\n` escapes are accepted so keys fit on one line of an env file. */
export const pemKey = z
  .string()
  .transform((value) => value.replace(/\\n/g, '\n'))
  .refine((value) => /-----BEGIN [A-Z ]+-----/.test(value), 'must be a PEM-encoded key');

/** `true`/`false`/`1`/`0` as a boolean (z.coerce.boolean treats "false" as true). */
export const flag = (fallback: boolean) =>
  z
    .enum(['true', 'false', '1', '0'])
    .optional()
    .transform((value) => (value === undefined ? fallback : value === 'true' || value === '1'));

export { z };
