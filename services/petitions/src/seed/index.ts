import type { MikroORM } from '@tjxf/db-kit';
import { demoId } from '@tjxf/domain';
import { recordEvent } from '../outbox/outbox.js';
import { PetitionEntity, PetitionHistoryEntity } from '../petition/petition.entity.js';
import { newTrackingCode } from '../petition/tracking-code.js';
import { DEMO_PETITIONS, demoLeadUnitId } from './demo-petitions.js';

const DAY = 24 * 3600 * 1000;

/** Demo petitions that are missing, each with its history entry and event. */
export async function seedDemoPetitions(orm: MikroORM): Promise<void> {
  const em = orm.em.fork();
  const ids = DEMO_PETITIONS.map((p) => demoId('petition', p.key));
  const existing = new Set((await em.find(PetitionEntity, { id: { $in: ids } })).map((p) => p.id));
  for (const demo of DEMO_PETITIONS) {
    const id = demoId('petition', demo.key);
    if (existing.has(id)) continue;
    const receivedAt = new Date(Date.now() - demo.daysAgo * DAY);
    const petition = em.create(PetitionEntity, {
      id,
      trackingCode: newTrackingCode(),
      status: demo.status,
      kind: demo.kind,
      channel: demo.channel,
      categoryCode: demo.categoryCode,
      regionCode: demo.regionCode,
      title: demo.title,
      content: demo.content,
      receivedAt,
      leadUnitId: demoLeadUnitId(demo),
    });
    em.create(PetitionHistoryEntity, {
      id: demoId('petition-history', demo.key),
      petition,
      at: receivedAt,
      action: 'REGISTERED',
      actorId: null,
      fromStatus: null,
      toStatus: demo.status,
      note: 'Demo data',
    });
    recordEvent(em, 'PetitionRegistered', id, { channel: demo.channel, regionCode: demo.regionCode }, receivedAt);
  }
  await em.flush();
}
