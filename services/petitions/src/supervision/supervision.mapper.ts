import type { SupervisionOrder } from './supervision.entity.js';
import type { SupervisionOrderType } from './supervision.type.js';

/** A supervision order as the API shows it. */
export const toOrderType = (o: SupervisionOrder): SupervisionOrderType => ({
  id: o.id,
  level: o.level,
  trigger: o.trigger,
  note: o.note ?? null,
  automatic: o.automatic,
  issuedAt: o.issuedAt,
  dueAt: o.dueAt,
  ruleSet: o.ruleSetCode ?? null,
  ruleSetVersion: o.ruleSetVersion ?? null,
  answer: o.answer ?? null,
  answeredAt: o.answeredAt ?? null,
  escalatedAt: o.escalatedAt ?? null,
  petitionId: o.petition.id,
  unitId: o.unitId,
  issuedByUnitId: o.issuedByUnitId ?? null,
  escalatesId: o.escalates?.id ?? null,
});
