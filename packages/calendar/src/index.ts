export * from './calendar.js';
export * from './dates.js';
export * from './periods.js';
export * from './rule-sets.js';
export * from './schedule.js';
export * from './statutory.js';
