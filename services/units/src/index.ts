export { unitsService } from './service.js';
export { tianjinUnitSeeds } from './seed/index.js';
export type { UnitSeed } from './seed/index.js';
