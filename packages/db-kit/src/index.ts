export * from './orm.js';
export * from './embedded-cluster.js';
export * from './database-roles.js';
export { isDatabaseUnavailable, isWriteRace } from './unavailable.js';
