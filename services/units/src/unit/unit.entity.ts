import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { DEFAULT_RULE_SET } from '@tjxf/calendar';
import { UnitKind, UnitLevel } from '@tjxf/domain';

/** A unit of the four-level network (R-NET): a region, its government, office or department. */
export const UnitEntity = defineEntity({
  name: 'Unit',
  tableName: 'unit',
  properties: {
    id: p.uuid().primary(),
    /** GB/T 2260 code, for regions only. */
    code: p.string().length(12).nullable().unique(),
    /** The region the unit belongs to (its own code for a region): its area of work. */
    regionCode: p.string().length(12).index(),
    name: p.string().length(100),
    level: p.enum(() => UnitLevel).index(),
    kind: p.enum(() => UnitKind),
    parent: () => p.manyToOne(UnitEntity).nullable().index().deleteRule('restrict'),
    /** The rule set whose time limits the unit works under (R-T1). */
    ruleSetCode: p.string().length(40).default(DEFAULT_RULE_SET),
    sortOrder: p.integer().default(0),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p
      .datetime()
      .onCreate(() => new Date())
      .onUpdate(() => new Date()),
  },
  uniques: [{ properties: ['parent', 'name'] }],
});

export type Unit = InferEntity<typeof UnitEntity>;
