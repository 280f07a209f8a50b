export * from './calendar.js';
export * from './periods.js';
export * from './rule-sets.js';
export * from './statutory.js';
