import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { PetitionEntity } from '../petition/petition.entity.js';

/** Where a unit hands a matter it is handling (R-MED): people's mediation or a legal channel. */
export const HandOffTo = {
  /** 人民调解: a people's mediation committee; the handling clock runs on. */
  PEOPLES_MEDIATION: 'PEOPLES_MEDIATION',
  /** 诉讼: a people's court; the handling clock stops until the court's outcome is recorded. */
  COURT: 'COURT',
  /** 仲裁: an arbitration commission (labour, land contract, commercial); the clock stops too. */
  ARBITRATION: 'ARBITRATION',
} as const;
export type HandOffTo = (typeof HandOffTo)[keyof typeof HandOffTo];

export const HandOffOutcome = {
  /** A mediation or settlement agreement (the unit may then reply with it, Art. 33). */
  AGREEMENT: 'AGREEMENT',
  NO_AGREEMENT: 'NO_AGREEMENT',
  /** A judgment, ruling or award (court or arbitration only). */
  DECIDED: 'DECIDED',
  /** The petitioner withdrew the matter from the mediator, court or tribunal. */
  WITHDRAWN: 'WITHDRAWN',
} as const;
export type HandOffOutcome = (typeof HandOffOutcome)[keyof typeof HandOffOutcome];

/** A matter handed by the lead unit to mediation or a legal channel, and what came back (R-MED). */
export const HandOffEntity = defineEntity({
  name: 'HandOff',
  tableName: 'hand_off',
  properties: {
    id: p.uuid().primary(),
    petition: () => p.manyToOne(PetitionEntity).index().deleteRule('cascade'),
    to: p.enum(() => HandOffTo),
    /** The body it went to, as the petitioner's notice names it (e.g. 河西区人民调解委员会). */
    recipient: p.string().length(100),
    /** What the unit tells the recipient (staff only). */
    note: p.text().nullable(),
    /** The lead unit that handed it off. */
    unitId: p.uuid(),
    handedOffAt: p.datetime(),
    handedOffById: p.uuid().nullable(),
    outcome: p.enum(() => HandOffOutcome).nullable(),
    summary: p.text().nullable(),
    returnedAt: p.datetime().nullable(),
    returnedById: p.uuid().nullable(),
  },
});
export type HandOff = InferEntity<typeof HandOffEntity>;
