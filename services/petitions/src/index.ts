export { petitionsService, cipherFor } from './service.js';
export { DEMO_PETITIONS } from './seed/demo-petitions.js';
export { PersonalDataCipher } from './personal-data/cipher.js';
export { searchQuery, searchTokens } from './search/tokens.js';
export { ProcedureScheduler, type TickReport } from './scheduler/scheduler.js';
export { AttachmentService, ATTACHMENT_DEFAULTS } from './attachment/attachment.service.js';
export { FileSystemAttachmentStore } from './attachment/attachment.store.js';
export { PETITIONS_JOBS_SCHEMA, RECURRING_JOBS } from './background.js';
