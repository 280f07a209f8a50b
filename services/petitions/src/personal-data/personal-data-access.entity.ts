import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

/**
 * Every read of unmasked personal data (R-P12): a person's phone, address or ID number, or an
 * attachment downloaded; who read it, for which unit, from where, when. The petitioner's own
 * reads are not recorded.
 */
export const PersonalDataAccessEntity = defineEntity({
  name: 'PersonalDataAccess',
  tableName: 'personal_data_access',
  properties: {
    id: p.uuid().primary(),
    at: p.datetime().index(),
    accountId: p.uuid().index(),
    /** The unit the reader acted for: a unit head reads the log of the unit's own staff. */
    unitId: p.uuid().nullable(),
    petitionId: p.uuid().index(),
    /** The person whose field was read; null for an attachment. */
    petitionerId: p.uuid().nullable(),
    attachmentId: p.uuid().nullable(),
    /** PHONE, ADDRESS, ID_NUMBER, ATTACHMENT; or a look-up by PHONE_LOOKUP, ID_NUMBER_LOOKUP, DIGITS_LOOKUP, NAME_LOOKUP. */
    field: p.string().length(20),
    ip: p.string().length(64).nullable(),
  },
  // the administration console's filters (issue 10), newest first within each
  indexes: [{ properties: ['unitId', 'at'] }, { properties: ['field', 'at'] }],
});
export type PersonalDataAccess = InferEntity<typeof PersonalDataAccessEntity>;
