export { generateHistory, GENERATED_SCOPE, type GenerateOptions } from './generate.js';
export { loadHistory, type LoadOptions, type LoadReport } from './load.js';
export { DISTRICT_POPULATION } from './tianjin.js';
