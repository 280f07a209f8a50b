import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { OUTBOX_EVENT_TYPES, versionOf } from '../event-types.js';

const docs = readFileSync(new URL('../../../../../docs/events.md', import.meta.url), 'utf8');

describe('the registry of outbox event types (issue 9)', () => {
  it('is documented in docs/events.md: every type at its version, with each of its fields', () => {
    for (const [type, spec] of Object.entries(OUTBOX_EVENT_TYPES)) {
      const section = docs.split(`\n### ${type} (v${spec.version})\n`)[1]?.split('\n### ')[0];
      expect(section, `docs/events.md has no "### ${type} (v${spec.version})"`).toBeDefined();
      for (const field of Object.keys(spec.fields)) expect(section, `${type}.${field}`).toContain(`\`${field}\``);
    }
  });

  it('gives each type its version and refuses a type it does not know', () => {
    expect(versionOf('PetitionForwarded')).toBe(1);
    expect(() => versionOf('PetitionTeleported')).toThrow(/not in OUTBOX_EVENT_TYPES/);
  });
});
