export { JOB_QUEUE_DEFAULTS, JobQueue, type JobHandler, type JobQueueOptions, type JobQueueSettings } from './job-queue.js';
export { installJobQueue } from './install.js';
