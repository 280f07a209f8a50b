export {
  JOB_QUEUE_DEFAULTS,
  JobQueue,
  type JobHandler,
  type JobQueueOptions,
  type JobQueueSettings,
} from './job-queue.js';
export { installJobQueue } from './install.js';
export {
  OUTBOX_DELIVERY_DEFAULTS,
  OutboxDelivery,
  lagMetrics,
  readFinalEvents,
  type FeedEvent,
  type OutboxPosition,
  type ConsumerLag,
  type DeliveredEvent,
  type DeliveryTransaction,
  type OutboxConsumer,
  type OutboxDeliveryOptions,
} from './outbox-consumer.js';
