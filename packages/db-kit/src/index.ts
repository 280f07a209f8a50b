export * from './orm.js';
export * from './embedded-cluster.js';
