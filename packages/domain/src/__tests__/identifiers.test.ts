import { describe, expect, it } from 'vitest';
import { idNumberProblem, normalizeIdNumber } from '../identifiers.js';

describe('resident ID numbers (GB 11643-1999)', () => {
  it('accepts a number whose check character matches, X upper-cased', () => {
    expect(idNumberProblem('120103198507121230')).toBeNull();
    expect(normalizeIdNumber(' 11010519491231002x ')).toBe('11010519491231002X');
  });

  it('says what is wrong, in the order a person typing meets it', () => {
    expect(idNumberProblem('12010319850712123')).toBe('length');
    expect(idNumberProblem('1201031985071212X0')).toBe('characters');
    expect(idNumberProblem('120103198502301230')).toBe('birth-date');
    expect(idNumberProblem('120103198507121231')).toBe('check-digit');
    expect(normalizeIdNumber('120103198507121231')).toBeNull();
  });
});
