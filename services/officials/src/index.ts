export { officialsService } from './service.js';
