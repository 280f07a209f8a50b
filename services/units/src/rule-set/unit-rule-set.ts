import type { EntityManager } from '@mikro-orm/core';
import { ruleSetOf } from '@tjxf/calendar';
import { ErrorCode, UnitKind, invalidField, isUuid, refuse } from '@tjxf/domain';
import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import type { Viewer } from '@tjxf/tokens';
import { audit } from '../audit/audit-entry.entity.js';
import type { UnitsContext } from '../context.js';
import { UnitEntity } from '../unit/unit.entity.js';
import { toUnitType } from '../unit/unit.mapper.js';
import { UnitType } from '../unit/unit.type.js';

/**
 * A unit switches to another rule set (R-T1, "a unit can switch"): the deadlines it opens from
 * now on follow the new one; those already running keep the rule they recorded (R-T2). The
 * petitions subgraph sees it when it next revalidates its copy of the directory.
 */
export async function switchRuleSet(
  em: EntityManager,
  viewer: Viewer,
  unitId: string,
  ruleSetCode: string,
): Promise<UnitType> {
  if (!ruleSetOf(ruleSetCode)) throw invalidField('ruleSetCode', 'RULE_SET_UNKNOWN');
  return em.fork().transactional(async (tx) => {
    const unit = isUuid(unitId) ? await tx.findOne(UnitEntity, { id: unitId }) : null;
    if (!unit) throw refuse(ErrorCode.NOT_FOUND, 'UNIT_NOT_FOUND');
    if (unit.kind === UnitKind.REGION) throw invalidField('unitId', 'REGION_HANDLES_NO_PETITIONS');
    if (unit.ruleSetCode !== ruleSetCode)
      audit(tx, viewer, {
        action: 'UNIT_RULE_SET_SWITCHED',
        subject: unit.id,
        detail: { from: unit.ruleSetCode, to: ruleSetCode },
      });
    unit.ruleSetCode = ruleSetCode;
    await tx.flush();
    return toUnitType(unit);
  });
}

@Resolver(() => UnitType)
export class UnitRuleSetMutation {
  @Mutation(() => UnitType, {
    description: 'The administrator switches the rule set a unit works under; running deadlines keep theirs (R-T1)',
  })
  setUnitRuleSet(
    @Ctx() ctx: UnitsContext,
    @Arg('unitId', () => ID) unitId: string,
    @Arg('ruleSetCode', () => String) ruleSetCode: string,
  ): Promise<UnitType> {
    return switchRuleSet(ctx.em, ctx.viewer, unitId, ruleSetCode);
  }
}
