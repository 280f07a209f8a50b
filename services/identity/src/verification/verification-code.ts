import { createHmac, randomInt } from 'node:crypto';

/** What a one-time code is and how long it lives. Defaults kept here, in one place. */
export const VERIFICATION_CODE_RULES = {
  digits: 6,
  /** Minutes a code works after it was sent. */
  lifetimeMinutes: 10,
  /** Tries per code, the right one included; then the code is dead and a new one is needed. */
  maxAttempts: 5,
} as const;

/** A code of {@link VERIFICATION_CODE_RULES.digits} random digits (leading zeros kept). */
export const newVerificationCode = (): string =>
  String(randomInt(10 ** VERIFICATION_CODE_RULES.digits)).padStart(VERIFICATION_CODE_RULES.digits, '0');

/**
 * Keyed hashes of codes. The key is derived from a secret of the service (not in the
 * database), so a copy of the table alone does not give a million cheap guesses per code.
 */
export class CodeHasher {
  private readonly key: Buffer;

  constructor(secret: string) {
    this.key = createHmac('sha256', 'tjxf verification code key').update(secret).digest();
  }

  hash(phone: string, code: string): string {
    return createHmac('sha256', this.key).update(`${phone}:${code}`).digest('hex');
  }
}

/** The text of the message with a code: Chinese first, then English; no other detail. */
export const verificationMessage = (code: string): string =>
  `【天津信访】您的验证码是${code}，${VERIFICATION_CODE_RULES.lifetimeMinutes}分钟内有效，请勿告诉他人。` +
  `Your Tianjin petition platform code is ${code}; it works for ${VERIFICATION_CODE_RULES.lifetimeMinutes} minutes. Do not share it.`;
