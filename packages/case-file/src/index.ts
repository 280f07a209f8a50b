export { CASE_FILE_QUERY, type CaseFilePetition, type CaseFileUnit } from './query.js';
export { renderCaseFile, beijingDateTimeInWords, type CaseFileOptions } from './render.js';
export { CaseFileRenderer, RendererBusy, RENDERER_LIMITS } from './renderer.js';
