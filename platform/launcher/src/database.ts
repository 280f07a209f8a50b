import {
  canCreateRoles,
  ensureRoles,
  provisionSchemas,
  schemaRoleNames,
  urlAs,
  userOf,
  type SchemaRoles,
  type ServiceConnection,
} from '@tjxf/db-kit';
import type { DatabaseRolePasswords } from './keys.js';
import { SERVICE_NAMES, type ServiceConnections, type ServiceName } from './services.js';

/** The variables of a service's own pair of connections, e.g. `PETITIONS_DATABASE_URL`. */
export const serviceDatabaseVariables = (name: ServiceName) => {
  const prefix = name.toUpperCase() as Uppercase<ServiceName>;
  return { url: `${prefix}_DATABASE_URL`, migrationUrl: `${prefix}_MIGRATION_DATABASE_URL` } as const;
};

/** Each service's owner and runtime roles, named `<prefix>_<service>[_owner]`. */
export function serviceRoles(
  prefix: string,
  passwords: DatabaseRolePasswords,
  names: ServiceName[] = SERVICE_NAMES,
): Record<ServiceName, SchemaRoles> {
  return Object.fromEntries(
    names.map((schema) => {
      const role = schemaRoleNames(prefix, schema);
      return [
        schema,
        {
          schema,
          owner: { name: role.owner, password: passwords[schema].owner },
          runtime: { name: role.runtime, password: passwords[schema].runtime },
        },
      ];
    }),
  ) as Record<ServiceName, SchemaRoles>;
}

/** The connections of each service's roles to the database of `url`. */
export function roleConnections(url: string, roles: Partial<Record<ServiceName, SchemaRoles>>) {
  return Object.fromEntries(
    Object.entries(roles).map(([name, r]) => [
      name,
      { url: urlAs(url, r.runtime), migrationUrl: urlAs(url, r.owner) } satisfies ServiceConnection,
    ]),
  ) as Partial<ServiceConnections>;
}

/**
 * With a connection that may create roles (the embedded server's superuser, or a
 * `DATABASE_URL` whose user has CREATEROLE and owns the database): makes the services' roles,
 * hands each its schema and closes the rest of the database to them. Without that right it
 * stops with what to do instead: grant it, or give each service its own pair of URLs.
 */
export async function provisionServiceRoles(
  adminUrl: string,
  roles: Partial<Record<ServiceName, SchemaRoles>>,
): Promise<Partial<ServiceConnections>> {
  const all = Object.values(roles);
  if (!all.length) return {};
  if (!(await canCreateRoles(adminUrl))) {
    const pairs = Object.keys(roles).map((name) => {
      const v = serviceDatabaseVariables(name as ServiceName);
      return `${v.url} and ${v.migrationUrl}`;
    });
    throw new Error(
      `the PostgreSQL user "${userOf(adminUrl)}" may not create roles, and each service needs its own ` +
        `(one to run, one to migrate; see the README, Configuration). Either grant it CREATEROLE, or ` +
        `make the roles yourself and set ${pairs.join('; ')}`,
    );
  }
  await ensureRoles(
    adminUrl,
    all.flatMap((r) => [r.owner, r.runtime]),
  );
  await provisionSchemas(adminUrl, all);
  return roleConnections(adminUrl, roles);
}
