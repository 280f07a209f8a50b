export { statsService } from './service.js';
