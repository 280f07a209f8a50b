import type { ServiceDefinition } from '@tjxf/subgraph-kit';
import { AuditEntryEntity, FailureThrottle, defineThrottleEntity } from '@tjxf/subgraph-kit';
import { installJobQueue } from '@tjxf/jobs';
import { AttachmentEntity } from './attachment/attachment.entity.js';
import { attachmentRoutes } from './attachment/attachment.routes.js';
import { AttachmentService } from './attachment/attachment.service.js';
import { FileSystemAttachmentStore } from './attachment/attachment.store.js';
import { UploadQuotaEntity } from './attachment/upload-quota.js';
import { PETITIONS_JOBS_SCHEMA, startBackgroundWork } from './background.js';
import { CategoryEntity } from './category/category.entity.js';
import { categoryRoutes } from './category/category.routes.js';
import { IdentityClient, noCitizenPhones } from './citizen-link/identity-client.js';
import { seedCategories } from './category/category.seed.js';
import { petitionsConfigSchema, type PetitionsConfig } from './config.js';
import { contextFactory, type PetitionsContext } from './context.js';
import { DeadlineEntity } from './deadline/deadline.entity.js';
import { CalendarAppliedEntity } from './deadline/calendar-applied.entity.js';
import { KeyPersonAccessEntity, KeyPersonEntity } from './key-person/key-person.entity.js';
import { migrations } from './migrations/index.js';
import { eventFeedRoutes } from './outbox/event-feed.routes.js';
import { ConsumerCursorEntity, OutboxEventEntity } from './outbox/outbox.entity.js';
import { PetitionAuditEventEntity } from './outbox/petition-audit/petition-audit.entity.js';
import { PersonalDataCipher } from './personal-data/cipher.js';
import { PersonalDataAccessEntity } from './personal-data/personal-data-access.entity.js';
import { PetitionEntity, PetitionHistoryEntity } from './petition/petition.entity.js';
import { PetitionerEntity } from './petition/petitioner.entity.js';
import { buildPetitionsSchema } from './schema.js';
import { seedDemoPetitions } from './seed/index.js';
import { TRACKING_THROTTLE_RULES } from './tracking/tracking.service.js';
import {
  EvaluationEntity,
  PetitionDocumentEntity,
  PetitionTaskEntity,
  RecusalEntity,
} from './procedure/procedure.entity.js';
import { UnitDirectory } from './unit-directory/unit-directory.service.js';
import { CalendarCopy } from './calendar/work-calendar.service.js';
import { SupervisionOrderEntity } from './supervision/supervision.entity.js';
import { HandOffEntity } from './hand-off/hand-off.entity.js';
import { HearingEntity } from './procedure/hearing.entity.js';

export const TrackingThrottleEntity = defineThrottleEntity('TrackingThrottle', 'tracking_throttle');

export const cipherFor = (config: PetitionsConfig) =>
  new PersonalDataCipher(config.PII_ENCRYPTION_KEY, config.PII_HASH_KEY);

/** The petitions subgraph: Petition and its procedure, with the event outbox. */
export const petitionsService: ServiceDefinition<PetitionsConfig, PetitionsContext> = {
  name: 'petitions',
  configSchema: petitionsConfigSchema,
  entities: [
    PetitionEntity,
    PetitionHistoryEntity,
    PetitionerEntity,
    CategoryEntity,
    DeadlineEntity,
    CalendarAppliedEntity,
    AttachmentEntity,
    UploadQuotaEntity,
    PersonalDataAccessEntity,
    KeyPersonEntity,
    KeyPersonAccessEntity,
    OutboxEventEntity,
    ConsumerCursorEntity,
    PetitionAuditEventEntity,
    TrackingThrottleEntity,
    PetitionDocumentEntity,
    EvaluationEntity,
    PetitionTaskEntity,
    SupervisionOrderEntity,
    RecusalEntity,
    AuditEntryEntity,
    HandOffEntity,
    HearingEntity,
  ],
  migrations,
  afterMigrate: (ownerUrl, runtimeRole) => installJobQueue(ownerUrl, PETITIONS_JOBS_SCHEMA, runtimeRole),
  buildSchema: buildPetitionsSchema,
  async setup(config, orm, hooks) {
    const trackingThrottle = new FailureThrottle(
      config.DATABASE_URL,
      'petitions',
      'tracking_throttle',
      TRACKING_THROTTLE_RULES,
    );
    const store = new FileSystemAttachmentStore(config.ATTACHMENTS_DIR);
    const directory = await UnitDirectory.create(config.UNITS_INTERNAL_URL, config.SERVICE_TOKEN_PRIVATE_KEY);
    const calendars = await CalendarCopy.create(config.UNITS_INTERNAL_URL, config.SERVICE_TOKEN_PRIVATE_KEY);
    const phones =
      (await IdentityClient.create(config.IDENTITY_INTERNAL_URL, config.SERVICE_TOKEN_PRIVATE_KEY)) ?? noCitizenPhones;
    const attachments = new AttachmentService(orm, store, {
      filesPerHour: config.UPLOAD_QUOTA_FILES_PER_HOUR,
      bytesPerHour: config.UPLOAD_QUOTA_MB_PER_HOUR * 1024 * 1024,
    });
    const background = await startBackgroundWork(config, orm, {
      attachments,
      calendars,
      log: (message, error) => console.error(message, error),
    });
    return {
      createContext: contextFactory({
        cipher: cipherFor(config),
        trackingThrottle,
        intake: { collectiveThreshold: config.COLLECTIVE_THRESHOLD },
        directory,
        calendars,
        phones,
        lists: { countBound: config.LIST_COUNT_BOUND, rankedMatches: config.SEARCH_RANKED_MATCHES },
        ...(hooks.clock ? { clock: hooks.clock } : {}),
      }),
      routes: async (app) => {
        await attachmentRoutes(app, orm, store, attachments);
        categoryRoutes(app, orm);
        eventFeedRoutes(app, background.events);
        app.get('/metrics', async (_request, reply) =>
          reply.header('content-type', 'text/plain; version=0.0.4').send(await background.metrics()),
        );
      },
      // scraped from inside the deployment; the gateway does not pass /metrics on
      publicPaths: ['/metrics'],
      health: async () => ({ outbox: await background.lag() }),
      rounds: background.rounds,
      close: async () => {
        await background.stop();
        await trackingThrottle.close();
      },
    };
  },
  seedReference: (orm) => seedCategories(orm.em.fork()),
  seedDemo: (orm, config, lent) => seedDemoPetitions(orm, cipherFor(config), lent.unitDirectory),
};
