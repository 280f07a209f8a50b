import type { MikroORM } from '@tjxf/db-kit';
import { demoId, unitIdForKey } from '@tjxf/domain';
import { OfficialEntity, OfficialKind } from '../official/official.entity.js';

/** Demo officials; those with an account match CONTRACT.md's demo accounts. Names are invented. */
const DEMO_OFFICIALS = [
  {
    key: 'leader.city',
    name: '郑海涛',
    kind: OfficialKind.LEADER,
    title: '天津市副市长',
    regionCode: '120000',
    unitKey: '120000/government',
    account: 'leader.city',
  },
  {
    key: 'leader.hexi',
    name: '冯丽华',
    kind: OfficialKind.LEADER,
    title: '河西区区长',
    regionCode: '120103',
    unitKey: '120103/government',
    account: 'leader.hexi',
  },
  {
    key: 'deputy.npc',
    name: '何志明',
    kind: OfficialKind.NPC_DEPUTY,
    title: '天津市人大代表',
    regionCode: '120103',
    unitKey: null,
    account: 'deputy.npc',
  },
  {
    key: 'member.cppcc',
    name: '林秀英',
    kind: OfficialKind.CPPCC_MEMBER,
    title: '天津市政协委员',
    regionCode: '120000',
    unitKey: null,
    account: 'member.cppcc',
  },
  {
    key: 'deputy.party.binhai',
    name: '高建国',
    kind: OfficialKind.PARTY_CONGRESS_DEPUTY,
    title: '天津市党代会代表',
    regionCode: '120116',
    unitKey: null,
    account: null,
  },
] as const;

export async function seedDemoOfficials(orm: MikroORM): Promise<void> {
  const em = orm.em.fork();
  await em.upsertMany(
    OfficialEntity,
    DEMO_OFFICIALS.map((o) => ({
      id: demoId('official', o.key),
      name: o.name,
      kind: o.kind,
      title: o.title,
      regionCode: o.regionCode,
      unitId: o.unitKey ? unitIdForKey(o.unitKey) : null,
      accountId: o.account ? demoId('account', o.account) : null,
    })),
    { onConflictFields: ['id'], onConflictAction: 'merge', onConflictExcludeFields: ['createdAt'] },
  );
}
