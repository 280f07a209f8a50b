export * from './schema.js';
export * from './context.js';
export * from './loaders.js';
export * from './errors.js';
export * from './server.js';
export * from './service.js';
export * from './failure-throttle.js';
