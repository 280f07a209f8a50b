export { identityService } from './service.js';
export { DEMO_ACCOUNTS, DEMO_PASSWORD } from './seed/index.js';
export type { DemoAccount } from './seed/index.js';
