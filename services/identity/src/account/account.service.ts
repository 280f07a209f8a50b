import type { EntityManager } from '@mikro-orm/core';
import { isUuid } from '@tjxf/domain';
import { alignByKey, groupByKey, type Loader, type Loaders } from '@tjxf/subgraph-kit';
import type { Viewer } from '@tjxf/tokens';
import { AccountEntity, AccountUnitEntity, type Account } from './account.entity.js';
import type { AccountType } from './account.type.js';

export class AccountService {
  constructor(
    private readonly em: EntityManager,
    private readonly loaders: Loaders,
  ) {}

  /** The caller's own account, or null when not signed in (or the account is gone). */
  async viewerAccount(viewer: Viewer): Promise<AccountType | null> {
    return viewer.accountId ? this.byId.load(viewer.accountId) : null;
  }

  get byId(): Loader<string, AccountType | null> {
    return this.loaders.get('account.byId', async (ids) => {
      const valid = ids.filter(isUuid);
      const rows = valid.length ? await this.em.find(AccountEntity, { id: { $in: valid }, status: 'ACTIVE' }) : [];
      return alignByKey(
        ids,
        rows.map((a) => toAccountType(a, [])),
        (a) => a.id,
      );
    });
  }

  get unitIdsOf(): Loader<string, string[]> {
    return this.loaders.get('account.unitIds', async (accountIds) => {
      const rows = await this.em.find(
        AccountUnitEntity,
        { account: { $in: [...accountIds] } },
        { orderBy: { createdAt: 'asc' } },
      );
      return groupByKey(accountIds, rows, (m) => m.account.id).map((list) => list.map((m) => m.unitId));
    });
  }
}

export function toAccountType(account: Account, unitIds: string[]): AccountType {
  return {
    id: account.id,
    username: account.username,
    displayName: account.displayName,
    roles: account.roles,
    representativeKind: account.representativeKind ?? null,
    unitIds,
  };
}
