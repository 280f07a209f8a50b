import type { MikroORM } from '@tjxf/db-kit';
import { demoId, unitIdForKey } from '@tjxf/domain';
import { AccountEntity, AccountUnitEntity } from '../account/account.entity.js';
import { hashPassword } from '../auth/auth.service.js';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './demo-accounts.js';

/** Creates the demo accounts that are missing; existing ones (and their passwords) stay. */
export async function seedDemoAccounts(orm: MikroORM): Promise<void> {
  const em = orm.em.fork();
  const existing = new Set(
    (await em.find(AccountEntity, { username: { $in: DEMO_ACCOUNTS.map((a) => a.username) } })).map((a) => a.username),
  );
  const missing = DEMO_ACCOUNTS.filter((a) => !existing.has(a.username));
  if (!missing.length) return;
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  for (const demo of missing) {
    const account = em.create(AccountEntity, {
      id: demoId('account', demo.username),
      username: demo.username,
      passwordHash,
      displayName: demo.displayName,
      roles: [demo.role],
      representativeKind: demo.representativeKind ?? null,
    });
    if (demo.unitKey) {
      em.create(AccountUnitEntity, {
        id: demoId('account-unit', demo.username),
        account,
        unitId: unitIdForKey(demo.unitKey),
        regionCode: demo.unitKey.split('/')[0]!,
      });
    }
  }
  await em.flush();
}

export { DEMO_ACCOUNTS, DEMO_PASSWORD };
export type { DemoAccount } from './demo-accounts.js';
