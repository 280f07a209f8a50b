import type { EntityManager } from '@mikro-orm/core';
import { DomainError, ErrorCode } from '@tjxf/domain';
import type { FailureThrottle } from '@tjxf/subgraph-kit';
import type { Viewer } from '@tjxf/tokens';
import { DeadlineEntity } from '../deadline/deadline.entity.js';
import { REDIRECT_NOTICES } from '../intake/legal-redirect.js';
import { nextStepOf } from '../petition/next-step.js';
import { PetitionEntity, PetitionHistoryEntity } from '../petition/petition.entity.js';
import { toDeadlineType } from '../petition/petition.service.js';
import { PetitionerEntity } from '../petition/petitioner.entity.js';
import { normalizeTrackingCode } from '../petition/tracking-code.js';
import type { PetitionTrackingType } from './tracking.type.js';

/** Wrong tries per address and per tracking code before a pause (the code has 10⁴ phone endings). */
export const TRACKING_THROTTLE_RULES = [
  { name: 'address', failures: 20, windowSeconds: 10 * 60, blockSeconds: 30 * 60 },
  { name: 'code', failures: 5, windowSeconds: 60 * 60, blockSeconds: 60 * 60 },
] as const;
export type TrackingThrottle = FailureThrottle<'address' | 'code'>;

const notFound = () =>
  new DomainError(
    ErrorCode.NOT_FOUND,
    '未找到该信访事项，请核对查询码和手机号码后四位。No petition matches this tracking code and phone number.',
  );

/** Following a petition without an account: tracking code + the phone's last four digits. */
export class TrackingService {
  constructor(
    private readonly em: EntityManager,
    private readonly viewer: Viewer,
    private readonly throttle: TrackingThrottle,
  ) {}

  async track(rawCode: string, phoneLast4: string): Promise<PetitionTrackingType> {
    const code = normalizeTrackingCode(rawCode);
    const keys = { address: this.viewer.ip, code: code ?? rawCode.slice(0, 32) };
    const wait = await this.throttle.retryAfter(keys);
    if (wait > 0) {
      throw new DomainError(
        ErrorCode.RATE_LIMITED,
        `查询次数过多，请${Math.ceil(wait / 60)}分钟后再试。Too many tries: try again in ${Math.ceil(wait / 60)} minutes.`,
        {
          retryAfterSeconds: wait,
        },
      );
    }
    const petition =
      code && /^\d{4}$/.test(phoneLast4) ? await this.em.findOne(PetitionEntity, { trackingCode: code }) : null;
    const matches = petition ? await this.em.count(PetitionerEntity, { petition: petition.id, phoneLast4 }) : 0;
    if (!petition || !matches) {
      await this.throttle.recordFailure(keys);
      throw notFound(); // the same answer for an unknown code and a wrong phone
    }
    const [history, deadline] = await Promise.all([
      this.em.find(
        PetitionHistoryEntity,
        { petition: petition.id, visibleToPetitioner: true },
        { orderBy: { at: 'asc', id: 'asc' } },
      ),
      this.em.findOne(DeadlineEntity, { petition: petition.id, metAt: null }, { orderBy: { dueAt: 'asc' } }),
    ]);
    const current = deadline ? toDeadlineType(deadline) : null;
    return {
      trackingCode: petition.trackingCode,
      status: petition.status,
      kind: petition.kind,
      title: petition.title,
      categoryCode: petition.categoryCode,
      receivedAt: petition.receivedAt,
      currentDeadline: current,
      redirect: petition.legalChannel
        ? { channel: petition.legalChannel, notice: REDIRECT_NOTICES[petition.legalChannel] }
        : null,
      nextStep: nextStepOf(petition.status, current?.dueAt ?? null),
      history: history.map((h) => ({
        at: h.at,
        action: h.action,
        status: h.toStatus ?? null,
        note: h.note ?? null,
        unit: h.actorUnitId ? { id: h.actorUnitId } : null,
      })),
    };
  }
}
