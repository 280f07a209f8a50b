import { describe, expect, it } from 'vitest';
import { formatTrackingCode, spellTrackingCode, trackingCodeProblem } from '../tracking-code';

describe('tracking codes', () => {
  it('are grouped 4-4-2 as on the receipt, whatever was typed', () => {
    expect(formatTrackingCode('k7qa9mxc3t')).toBe('K7QA-9MXC-3T');
    expect(formatTrackingCode(' K7QA 9MXC-3T ')).toBe('K7QA-9MXC-3T');
    expect(formatTrackingCode('k7q')).toBe('K7Q');
    expect(formatTrackingCode('K7QA9')).toBe('K7QA-9');
  });

  it('say what is wrong with a typed code', () => {
    expect(trackingCodeProblem('')).toBe('required');
    expect(trackingCodeProblem('K7QA-9MXC')).toBe('length');
    // 0 and O, 1 and I are never used: a typo to point out
    expect(trackingCodeProblem('K7QA-9MXC-30')).toBe('characters');
    expect(trackingCodeProblem('k7qa-9mxc-3t')).toBeNull();
  });

  it('are spelt out for screen readers', () => {
    expect(spellTrackingCode('K7QA-9MXC-3T')).toBe('K 7 Q A, 9 M X C, 3 T');
  });
});
