import { DomainError } from '@tjxf/domain';
import { describe, expect, it } from 'vitest';
import { checkPhone } from '../../citizen/phone.js';
import { CodeHasher, newVerificationCode, verificationMessage } from '../verification-code.js';

describe('one-time codes (issue 10)', () => {
  it('are 6 random digits, leading zeros kept', () => {
    const codes = Array.from({ length: 2000 }, newVerificationCode);
    expect(codes.every((c) => /^\d{6}$/.test(c))).toBe(true);
    expect(new Set(codes).size).toBeGreaterThan(1990);
  });

  it('are hashed with a key: the same phone and code give the same hash, another key or phone another one', () => {
    const hasher = new CodeHasher('secret one');
    expect(hasher.hash('13800138000', '123456')).toBe(hasher.hash('13800138000', '123456'));
    expect(hasher.hash('13800138000', '123456')).not.toBe(new CodeHasher('secret two').hash('13800138000', '123456'));
    expect(hasher.hash('13800138000', '123456')).not.toBe(hasher.hash('13800138001', '123456'));
  });

  it('are sent in a message in Chinese first, then English, naming how long they work', () => {
    expect(verificationMessage('042917')).toMatch(
      /^【天津信访】您的验证码是042917，10分钟内有效.*code is 042917; it works for 10 minutes/,
    );
  });
});

const refusalOf = (run: () => unknown): unknown => {
  try {
    run();
    return null;
  } catch (error) {
    return error;
  }
};

describe('mainland mobile numbers', () => {
  it('accept 11 digits starting 13–19, as people type them', () => {
    for (const typed of ['13800138000', '138 0013 8000', '138-0013-8000', '+86 138 0013 8000', '8613800138000'])
      expect(checkPhone(typed, 'phone')).toBe('13800138000');
  });

  it('refuse anything else on the field named', () => {
    for (const typed of ['', '12800138000', '1380013800', '138001380000', '02227123456', '+1 415 555 0100']) {
      const error = refusalOf(() => checkPhone(typed, 'input.phone'));
      expect(error).toBeInstanceOf(DomainError);
      expect((error as DomainError).details).toMatchObject({ field: 'input.phone', reason: 'PHONE_FORMAT' });
    }
  });
});
