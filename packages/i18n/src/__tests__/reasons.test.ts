import { describe, expect, it } from 'vitest';
import { fillReason } from '../reasons/catalogue.js';
import { isReason } from '../reasons/index.js';

describe('refusal reasons', () => {
  it('fills the values a reason text names and leaves an unknown one visible', () => {
    expect(fillReason('异议期已于{{date}}届满。', { date: '二〇二六年十一月三日' })).toBe(
      '异议期已于二〇二六年十一月三日届满。',
    );
    expect(fillReason('还剩{{days}}日，{{missing}}', { days: 3 })).toBe('还剩3日，{{missing}}');
  });

  it('knows only the reasons of the catalogue', () => {
    expect(isReason('toString')).toBe(false);
    expect(isReason('NO_SUCH_REASON')).toBe(false);
  });
});
