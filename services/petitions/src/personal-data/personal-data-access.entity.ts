import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

/** Every read of an unmasked ID number: who, when, which petition and person (R-P12). */
export const PersonalDataAccessEntity = defineEntity({
  name: 'PersonalDataAccess',
  tableName: 'personal_data_access',
  properties: {
    id: p.uuid().primary(),
    at: p.datetime().index(),
    accountId: p.uuid().index(),
    petitionId: p.uuid().index(),
    petitionerId: p.uuid(),
    field: p.string().length(20),
    ip: p.string().length(64).nullable(),
  },
});
export type PersonalDataAccess = InferEntity<typeof PersonalDataAccessEntity>;
