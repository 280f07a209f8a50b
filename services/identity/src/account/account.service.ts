import type { EntityManager, FilterQuery } from '@mikro-orm/core';
import { invalidField, isUuid } from '@tjxf/domain';
import {
  alignByKey,
  decodeKeyCursor,
  encodeKeyCursor,
  groupByKey,
  toConnection,
  type Loader,
  type Loaders,
} from '@tjxf/subgraph-kit';
import type { Viewer } from '@tjxf/tokens';
import { identityPageSize } from '../pagination.js';
import { AccountEntity, AccountUnitEntity, type Account } from './account.entity.js';
import type { AccountConnectionType } from './account-admin.type.js';
import type { AccountFilterInput } from './account.inputs.js';
import { toAccountType } from './account.mapper.js';
import type { AccountType } from './account.type.js';

/** `%`, `_` and `\` match themselves in a search for part of a name. */
const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

export class AccountService {
  constructor(
    private readonly em: EntityManager,
    private readonly loaders: Loaders,
  ) {}

  /** The caller's own account, or null when not signed in (or the account is gone). */
  async viewerAccount(viewer: Viewer): Promise<AccountType | null> {
    return viewer.accountId ? this.byId.load(viewer.accountId) : null;
  }

  /** Every account, disabled ones too, by username (for the administrator). */
  async list(
    filter: AccountFilterInput | null | undefined,
    first?: number | null,
    after?: string | null,
  ): Promise<AccountConnectionType> {
    const size = identityPageSize(first);
    const conditions: FilterQuery<Account>[] = [];
    const text = filter?.text?.trim();
    if (text) {
      if (text.length > 64) throw invalidField('filter.text', 'SEARCH_TEXT_TOO_LONG');
      conditions.push({
        $or: [{ username: { $ilike: likePattern(text) } }, { displayName: { $ilike: likePattern(text) } }],
      });
    }
    if (filter?.role) conditions.push({ roles: { $contains: [filter.role] } });
    if (filter?.status) conditions.push({ status: filter.status });
    if (filter?.unitId) {
      if (!isUuid(filter.unitId)) throw invalidField('filter.unitId', 'INVALID_UNIT_ID');
      const members = await this.em.find(AccountUnitEntity, { unitId: filter.unitId }, { fields: ['account'] });
      conditions.push({ id: { $in: members.map((m) => m.account.id) } });
    }
    const where: FilterQuery<Account> = { $and: conditions };
    const page = after ? { $and: [...conditions, { username: { $gt: decodeKeyCursor(after, 1)[0]! } }] } : where;
    const [rows, totalCount] = await Promise.all([
      this.em.find(AccountEntity, page, { orderBy: { username: 'asc' }, limit: size + 1 }),
      this.em.fork().count(AccountEntity, where),
    ]);
    return toConnection(
      rows,
      size,
      totalCount,
      (a) => toAccountType(a, []),
      (a) => encodeKeyCursor([a.username]),
    );
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
