import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { RepresentativeKind, type Role } from '@tjxf/domain';

export const AccountStatus = { ACTIVE: 'ACTIVE', DISABLED: 'DISABLED' } as const;
export type AccountStatus = (typeof AccountStatus)[keyof typeof AccountStatus];

/** A person who signs in: a citizen, staff of a unit, a leader, a representative. */
export const AccountEntity = defineEntity({
  name: 'Account',
  tableName: 'account',
  properties: {
    id: p.uuid().primary(),
    /** Lower-case; unique. */
    username: p.string().length(64).unique(),
    /** argon2id (PHC string). */
    passwordHash: p.string().length(255).hidden(),
    displayName: p.string().length(100),
    roles: p.array<Role>(),
    representativeKind: p.enum(() => RepresentativeKind).nullable(),
    status: p.enum(() => AccountStatus).default(AccountStatus.ACTIVE),
    /**
     * A citizen's mobile number (11 digits), proven by a one-time code at registration; it is
     * also the citizen's username. Null for staff accounts.
     */
    phone: p.string().length(11).nullable().unique(),
    phoneVerifiedAt: p.datetime().nullable(),
    /**
     * Set with a temporary password (a new account, a reset by the administrator): sign-in
     * gives a session without roles until the password is changed.
     */
    passwordChangeRequired: p.boolean().default(false),
    /** When a temporary password stops working; null for a password the user chose. */
    passwordExpiresAt: p.datetime().nullable(),
    lastSignedInAt: p.datetime().nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p
      .datetime()
      .onCreate(() => new Date())
      .onUpdate(() => new Date()),
  },
});
export type Account = InferEntity<typeof AccountEntity>;

/** An account's membership of a unit (owned by the units subgraph, referenced by id). */
export const AccountUnitEntity = defineEntity({
  name: 'AccountUnit',
  tableName: 'account_unit',
  properties: {
    id: p.uuid().primary(),
    account: () => p.manyToOne(AccountEntity).index().deleteRule('cascade'),
    unitId: p.uuid().index(),
    /**
     * The GB/T 2260 code of the unit's region, copied when the membership is made, so the
     * access token can carry the caller's area without asking the units subgraph.
     */
    regionCode: p.string().length(12),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
  uniques: [{ properties: ['account', 'unitId'] }],
});
export type AccountUnit = InferEntity<typeof AccountUnitEntity>;
