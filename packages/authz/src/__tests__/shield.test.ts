import { buildSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { fieldsWithoutRule, rules } from '../shield.js';

const schema = buildSchema(`
  type Query { a: Thing b: Int }
  type Thing { x: Int y: Int }
`);

describe('fieldsWithoutRule', () => {
  it('lists the fields no rule names', () => {
    expect(fieldsWithoutRule(schema, { Query: { a: rules.allow } })).toEqual(['Query.b', 'Thing.x', 'Thing.y']);
  });

  it('counts a rule for a whole type as covering its fields', () => {
    expect(fieldsWithoutRule(schema, { Query: { a: rules.allow, b: rules.deny }, Thing: rules.allow })).toEqual([]);
  });
});
