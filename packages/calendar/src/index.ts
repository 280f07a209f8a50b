export * from './calendar.js';
export * from './periods.js';
