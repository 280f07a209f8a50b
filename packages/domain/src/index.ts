export * from './roles.js';
export * from './units.js';
export * from './errors.js';
export * from './petitions.js';
export * from './ids.js';
export * from './text.js';
export * from './identifiers.js';
