import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { defineThrottleEntity } from '@tjxf/subgraph-kit';

/**
 * A one-time code sent to a phone: proof that whoever types it back holds that phone. Only a
 * keyed hash of the code is kept; a code works once, until it expires or its tries run out.
 */
export const VerificationCodeEntity = defineEntity({
  name: 'VerificationCode',
  tableName: 'verification_code',
  properties: {
    id: p.uuid().primary(),
    /** The mainland mobile number, 11 digits. */
    phone: p.string().length(11).index(),
    /** HMAC-SHA256 of the code (hex), keyed by a secret the database does not hold. */
    codeHash: p.string().length(64).hidden(),
    createdAt: p.datetime(),
    expiresAt: p.datetime(),
    /** Tries made with this code, right or wrong; none once it reaches the limit. */
    attempts: p.integer().default(0),
    /** When it was used (once only). */
    usedAt: p.datetime().nullable(),
    /** The address that asked for it. */
    ip: p.string().length(64).nullable(),
  },
});
export type VerificationCode = InferEntity<typeof VerificationCodeEntity>;

/** Counters of codes sent, per phone and per address (see send-throttle.ts). */
export const VerificationThrottleEntity = defineThrottleEntity('VerificationThrottle', 'verification_throttle');
