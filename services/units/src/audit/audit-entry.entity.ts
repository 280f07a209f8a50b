/**
 * The units subgraph's audit trail: who changed reference data the procedure depends on (a
 * unit's rule set, a year's holiday arrangement), when, and from what to what; the same table
 * as every service's (`@tjxf/subgraph-kit`'s audit trail).
 */
export {
  AuditEntryEntity as UnitsAuditEntryEntity,
  audit,
  type AuditEntry as UnitsAuditEntry,
} from '@tjxf/subgraph-kit';
