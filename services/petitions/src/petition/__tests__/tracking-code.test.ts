import { describe, expect, it } from 'vitest';
import { TRACKING_ALPHABET, newTrackingCode, normalizeTrackingCode } from '../tracking-code.js';

describe('tracking codes (R-ON1)', () => {
  it('are grouped for reading out and use no confusable characters', () => {
    for (let i = 0; i < 200; i++) {
      const code = newTrackingCode();
      expect(code).toMatch(/^[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{2}$/);
      expect(code).not.toMatch(/[01OILUVSZB258]/);
    }
  });

  it('are not sequential: 10,000 codes are all different', () => {
    const codes = new Set(Array.from({ length: 10_000 }, newTrackingCode));
    expect(codes.size).toBe(10_000);
  });

  it('accept what a citizen types: lower case, spaces, no dashes', () => {
    const code = newTrackingCode();
    expect(normalizeTrackingCode(code.toLowerCase().replace(/-/g, ' '))).toBe(code);
    expect(normalizeTrackingCode('ABCD-EFGH-JK0')).toBeNull();
    expect(normalizeTrackingCode('0000-0000-00')).toBeNull();
    expect(TRACKING_ALPHABET).toHaveLength(23);
  });
});
