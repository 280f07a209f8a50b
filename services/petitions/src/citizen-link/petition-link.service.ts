import { LockMode, type EntityManager } from '@mikro-orm/core';
import { ErrorCode, refuse } from '@tjxf/domain';
import type { Viewer } from '@tjxf/tokens';
import { recordEvent } from '../outbox/outbox.js';
import type { PersonalDataCipher } from '../personal-data/cipher.js';
import { addHistory } from '../petition/history.js';
import { PetitionEntity, type Petition } from '../petition/petition.entity.js';
import { PetitionerEntity } from '../petition/petitioner.entity.js';
import type { TrackingService } from '../tracking/tracking.service.js';
import type { CitizenPhones } from './identity-client.js';

const phoneMismatch = () => refuse(ErrorCode.FORBIDDEN, 'LINK_PHONE_MISMATCH');

/**
 * A citizen who registered links the petitions they filed before (issue 10, R-ON1): they give
 * its tracking code and phone ending, checked under the tracking throttle like any look-up,
 * and the petition must carry the account's own verified phone, in full. The ending proves
 * the person knows the case; the verified phone proves it is theirs, so that someone who
 * learnt a neighbour's code and ending cannot take the neighbour's petition into their account.
 */
export class PetitionLinkService {
  constructor(
    private readonly em: EntityManager,
    private readonly viewer: Viewer,
    private readonly tracking: Pick<TrackingService, 'prove'>,
    private readonly phones: CitizenPhones,
    private readonly cipher: PersonalDataCipher,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  async link(trackingCode: string, phoneLast4: string): Promise<Petition> {
    const accountId = this.viewer.accountId;
    if (!accountId) throw refuse(ErrorCode.UNAUTHENTICATED, 'SIGN_IN_REQUIRED');
    const tracked = await this.tracking.prove(trackingCode, phoneLast4);
    const phone = await this.phones.phoneOf(accountId);
    if (!phone) throw phoneMismatch();
    const phoneHash = this.cipher.hash('phone', phone);
    const now = this.clock();
    return this.em.fork().transactional(async (tx) => {
      const petition = await tx.findOneOrFail(PetitionEntity, tracked.petitionId, {
        lockMode: LockMode.PESSIMISTIC_WRITE,
      });
      if (!(await tx.count(PetitionerEntity, { petition: petition.id, phoneHash }))) throw phoneMismatch();
      if (petition.submitterAccountId === accountId) return petition; // linked already: nothing to do
      if (petition.submitterAccountId) throw refuse(ErrorCode.CONFLICT, 'PETITION_LINKED_ELSEWHERE');
      petition.submitterAccountId = accountId;
      addHistory(tx, petition, {
        at: now,
        action: 'LINKED_TO_ACCOUNT',
        fromStatus: petition.status,
        toStatus: petition.status,
        visibleToPetitioner: true,
        actorId: accountId,
      });
      recordEvent(tx, 'PetitionLinkedToAccount', petition.id, { accountId }, now);
      return petition;
    });
  }
}
