import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { PetitionEntity } from '../petition/petition.entity.js';

/** A hearing during review or re-review (听证, R-AGT, R-P10): who took part and its minutes. */
export const HearingEntity = defineEntity({
  name: 'Hearing',
  tableName: 'hearing',
  properties: {
    id: p.uuid().primary(),
    petition: () => p.manyToOne(PetitionEntity).index().deleteRule('cascade'),
    /** The unit that holds it (the reviewing unit). */
    unitId: p.uuid().nullable(),
    startedAt: p.datetime(),
    startedById: p.uuid().nullable(),
    /** Who takes part: the petitioner, the units, hearing officers, witnesses, as written. */
    participants: p.array<string>().default([]),
    endedAt: p.datetime().nullable(),
    /** 听证笔录: what was said and concluded. */
    minutes: p.text().nullable(),
  },
});
export type Hearing = InferEntity<typeof HearingEntity>;
