import type { EntityManager } from '@mikro-orm/core';
import type { FastifyBaseLogger } from 'fastify';
import { ErrorCode, invalidField, newId, refuse } from '@tjxf/domain';
import { VerificationCodeEntity } from './verification.entity.js';
import {
  VERIFICATION_CODE_RULES,
  newVerificationCode,
  verificationMessage,
  type CodeHasher,
} from './verification-code.js';
import type { MessageChannel } from './message-channel.js';
import { sendKeys, type SendThrottle } from './send-throttle.js';

/** What the verification service needs beyond a request's EntityManager (one per process). */
export interface VerificationParts {
  channel: MessageChannel;
  hasher: CodeHasher;
  throttle: SendThrottle;
  /** The clock codes expire by (the system's; a test's own in tests). */
  now: () => Date;
}

/**
 * Uses the newest code of the phone, if it is live: one try is counted whatever the code
 * typed, and a right one is marked used in the same statement. Parallel tries queue on the row,
 * so a code is used once and never tried more than the limit.
 */
const CONSUME_SQL = `
update identity.verification_code
   set attempts = attempts + 1,
       used_at = case when code_hash = ? then ?::timestamptz else null end
 where id = (select id from identity.verification_code where phone = ? order by created_at desc, id desc limit 1)
   and used_at is null and expires_at > ? and attempts < ?
returning used_at is not null as matched`;

const tooManyCodes = (seconds: number) =>
  refuse(
    ErrorCode.RATE_LIMITED,
    'TOO_MANY_VERIFICATION_CODES',
    { minutes: Math.ceil(seconds / 60) },
    { retryAfterSeconds: seconds },
  );

/** One-time codes to phones: sent through the message channel, checked once. */
export class VerificationService {
  constructor(
    private readonly em: EntityManager,
    private readonly parts: VerificationParts,
    private readonly log?: Pick<FastifyBaseLogger, 'error'>,
  ) {}

  /**
   * Sends a new code to the phone (already checked), throttled per phone and per address.
   * The same whether or not an account has that phone: nothing here looks accounts up.
   */
  async send(phone: string, ip: string | null): Promise<void> {
    const wait = await this.parts.throttle.take(sendKeys(phone, ip));
    if (wait > 0) throw tooManyCodes(wait);
    const code = newVerificationCode();
    const createdAt = this.parts.now();
    await this.em.insert(VerificationCodeEntity, {
      id: newId(),
      phone,
      codeHash: this.parts.hasher.hash(phone, code),
      createdAt,
      expiresAt: new Date(createdAt.getTime() + VERIFICATION_CODE_RULES.lifetimeMinutes * 60_000),
      attempts: 0,
      usedAt: null,
      ip: ip?.slice(0, 64) ?? null,
    });
    try {
      await this.parts.channel.send({ to: phone, text: verificationMessage(code) });
    } catch (error) {
      // the provider refused or none is configured: say so, never that a code went out
      this.log?.error({ err: error, channel: this.parts.channel.name }, 'a one-time code could not be sent');
      throw refuse(ErrorCode.SERVICE_UNAVAILABLE, 'VERIFICATION_UNAVAILABLE', undefined, { retryAfterSeconds: 60 });
    }
  }

  /** Whether `code` is the phone's live code; a right one is used up by this call. */
  async consume(phone: string, code: string): Promise<boolean> {
    if (!/^\d{6}$/.test(code)) return false;
    const now = this.parts.now();
    const rows = await this.em
      .getConnection()
      .execute<{ matched: boolean }[]>(CONSUME_SQL, [
        this.parts.hasher.hash(phone, code),
        now,
        phone,
        now,
        VERIFICATION_CODE_RULES.maxAttempts,
      ]);
    return rows[0]?.matched === true;
  }

  /** Uses the code up or refuses on `field`: wrong, expired, used and tried out all read the same. */
  async require(phone: string, code: string, field: string): Promise<void> {
    if (!(await this.consume(phone, code))) throw invalidField(field, 'VERIFICATION_CODE_WRONG');
  }
}
