export * from './viewer.js';
export * from './keys.js';
export * from './access-token.js';
export * from './internal-token.js';
export * from './service-token.js';
