export { petitionsService } from './service.js';
export { DEMO_PETITIONS } from './seed/demo-petitions.js';
