import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatFileSize } from '../format.js';

describe('dates in Beijing time', () => {
  it('ends a deadline on its Beijing day, whatever the reader’s time zone', () => {
    // 24:00 Beijing time of 14 December is 15:59:59.999 UTC
    expect(formatDate('2026-12-14T15:59:59.999Z', 'zh-CN')).toBe('2026年12月14日');
    expect(formatDate('2026-12-14T16:00:00.000Z', 'zh-CN')).toBe('2026年12月15日');
    expect(formatDate('2026-12-14T15:59:59.999Z', 'en')).toBe('14 Dec 2026');
  });

  it('shows the time of day on the 24-hour clock', () => {
    expect(formatDateTime('2026-11-27T07:38:51.457Z', 'zh-CN')).toBe('2026年11月27日 15:38');
    expect(formatDateTime('2026-11-27T07:38:51.457Z', 'en')).toBe('27 Nov 2026, 15:38');
  });
});

describe('file sizes', () => {
  it('reads as bytes, kilobytes or megabytes', () => {
    expect(formatFileSize(512, 'zh-CN')).toBe('512 B');
    expect(formatFileSize(34 * 1024, 'en')).toBe('34 KB');
    expect(formatFileSize(2.45 * 1024 * 1024, 'en')).toBe('2.5 MB');
  });
});
