import { ConfigError, parseConfig } from '@tjxf/config';
import { describe, expect, it } from 'vitest';
import { givenServiceConnections, launcherConfigSchema } from '../config.js';

const runtime = 'postgresql://tjxf_petitions:r@db.example/tjxf';
const owner = 'postgresql://tjxf_petitions_owner:o@db.example/tjxf';

describe('a service’s own database roles in the launcher’s configuration (issue 8)', () => {
  it('come as a pair: the runtime URL and the migration URL', () => {
    const config = parseConfig(launcherConfigSchema, {
      PETITIONS_DATABASE_URL: runtime,
      PETITIONS_MIGRATION_DATABASE_URL: owner,
    });
    expect(givenServiceConnections(config)).toEqual({ petitions: { url: runtime, migrationUrl: owner } });
  });

  it('half a pair stops the start, naming the missing variable', () => {
    expect(() => parseConfig(launcherConfigSchema, { PETITIONS_DATABASE_URL: runtime })).toThrow(ConfigError);
    expect(() => parseConfig(launcherConfigSchema, { IDENTITY_MIGRATION_DATABASE_URL: owner })).toThrow(
      /IDENTITY_DATABASE_URL: required with IDENTITY_MIGRATION_DATABASE_URL/,
    );
  });

  it('without pairs every service gets roles the launcher makes', () => {
    expect(givenServiceConnections(parseConfig(launcherConfigSchema, {}))).toEqual({});
  });
});
