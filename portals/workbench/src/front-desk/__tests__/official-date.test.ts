import { describe, expect, it } from 'vitest';
import { dateInWords, dateTimeInWords } from '../official-date';

describe('dates in words, as an official receipt writes them (Beijing time)', () => {
  it('writes the year digit by digit and the month and day as numbers', () => {
    expect(dateInWords('2026-11-30')).toBe('二〇二六年十一月三十日');
    expect(dateInWords('2027-01-09')).toBe('二〇二七年一月九日');
    expect(dateInWords('2026-10-20')).toBe('二〇二六年十月二十日');
  });

  it('takes the Beijing day of an instant, not the UTC one', () => {
    expect(dateInWords(new Date('2026-11-30T17:30:00Z'))).toBe('二〇二六年十二月一日');
    expect(dateTimeInWords('2026-11-30T01:05:00Z')).toBe('二〇二六年十一月三十日9时05分');
  });
});
