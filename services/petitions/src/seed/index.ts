import type { MikroORM } from '@tjxf/db-kit';
import { PetitionStatus, Role, demoId, newId, unitIdForKey } from '@tjxf/domain';
import type { Viewer } from '@tjxf/tokens';
import { INTAKE_DEFAULTS, IntakeService } from '../intake/intake.service.js';
import type { PersonalDataCipher } from '../personal-data/cipher.js';
import { PetitionEntity, PetitionHistoryEntity } from '../petition/petition.entity.js';
import { DEMO_PETITIONS } from './demo-petitions.js';

const DAY = 24 * 3600 * 1000;

const officeViewer = (officeKey: string): Viewer => ({
  accountId: demoId('account', `demo-seed:${officeKey}`),
  username: null,
  roles: [Role.PETITION_OFFICER],
  units: [{ id: unitIdForKey(officeKey), regionCode: officeKey.split('/')[0]! }],
  representativeKind: null,
  ip: null,
});

/**
 * Demo petitions, registered through the real intake (encryption, history, deadline, event),
 * each by its district's petition office; those with a lead unit are then shown as forwarded.
 * Reruns change nothing: each has a fixed idempotency key.
 */
export async function seedDemoPetitions(orm: MikroORM, cipher: PersonalDataCipher): Promise<void> {
  for (const demo of DEMO_PETITIONS) {
    const em = orm.em.fork();
    // already seeded: skip it rather than let intake's idempotency catch a duplicate key
    if (await em.count(PetitionEntity, { idempotencyKey: `demo-seed:${demo.key}` })) continue;
    const intake = new IntakeService(em, officeViewer(demo.officeKey), cipher, {
      collectiveThreshold: INTAKE_DEFAULTS.collectiveThreshold,
    });
    const receivedAt = new Date(Date.now() - demo.daysAgo * DAY);
    const { petition } = await intake.registerByStaff({
      idempotencyKey: `demo-seed:${demo.key}`,
      kind: demo.kind,
      channel: demo.channel,
      receivedAt,
      categoryCode: demo.categoryCode,
      regionCode: demo.regionCode,
      title: demo.title,
      content: demo.content,
      petitioners: [demo.petitioner],
    });
    if (demo.leadUnitKey && petition.status === PetitionStatus.REGISTERED) {
      // until the procedure (issue 4) forwards it, the demo shows it forwarded
      const leadUnitId = unitIdForKey(demo.leadUnitKey);
      await em.transactional(async (tx) => {
        const managed = await tx.findOneOrFail(PetitionEntity, petition.id);
        tx.assign(managed, { status: demo.status, leadUnitId });
        tx.create(PetitionHistoryEntity, {
          id: newId(),
          petition: managed,
          at: new Date(receivedAt.getTime() + 3600_000),
          action: 'FORWARDED',
          actorId: null,
          actorUnitId: unitIdForKey(demo.officeKey),
          fromStatus: PetitionStatus.REGISTERED,
          toStatus: demo.status,
          note: null,
          visibleToPetitioner: true,
        });
      });
    }
  }
}
