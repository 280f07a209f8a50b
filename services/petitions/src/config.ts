import { z } from '@tjxf/config';
import { subgraphConfigSchema } from '@tjxf/subgraph-kit';
import { LIST_BOUNDS } from './petition/list-bounds.js';

const key32 = z
  .string()
  .transform((v) => Buffer.from(v, 'base64'))
  .refine((b) => b.length === 32, 'must be 32 bytes, base64-encoded');

export const petitionsConfigSchema = subgraphConfigSchema('petitions', {
  /** AES-256-GCM key for phones and ID numbers (R-P12). */
  PII_ENCRYPTION_KEY: key32,
  /** HMAC key for finding the same phone or ID number again. */
  PII_HASH_KEY: key32,
  /** Where uploaded attachments are kept. */
  ATTACHMENTS_DIR: z.string().min(1),
  /** The units subgraph's base URL, for its unit directory (`/internal/directory`). */
  UNITS_INTERNAL_URL: z.string().url().optional(),
  /** The identity service's base URL: citizens' verified phones and one-time codes (issue 10). */
  IDENTITY_INTERNAL_URL: z.string().url().optional(),
  /** How often the scheduler runs a round (reminders, overdue, escalation); 0: not in this process. */
  SCHEDULER_INTERVAL_SECONDS: z.coerce.number().int().min(0).default(60),
  /** How often running deadlines are checked against the work calendar (a year's arrangement published, R-T1). */
  CALENDAR_RECOUNT_SECONDS: z.coerce.number().int().min(1).default(60),
  /** How often an idle instance delivers new outbox events to the consumers (docs/events.md); 0: not in this process. */
  OUTBOX_POLL_MS: z.coerce.number().int().min(0).default(1000),
  /** Uploads one client address may make per clock hour (docs/api.md, attachments). */
  UPLOAD_QUOTA_FILES_PER_HOUR: z.coerce.number().int().min(1).default(30),
  /** Megabytes one client address may upload per clock hour. */
  UPLOAD_QUOTA_MB_PER_HOUR: z.coerce.number().int().min(1).default(100),
  /** Lists count their petitions up to this many; beyond, "10000+" (`totalCountCapped`, docs/performance.md). */
  LIST_COUNT_BOUND: z.coerce.number().int().min(1).default(LIST_BOUNDS.countBound),
  /** A search ranks its newest this-many matches by relevance; the older follow, newest first. */
  SEARCH_RANKED_MATCHES: z.coerce.number().int().min(1).default(LIST_BOUNDS.rankedMatches),
  /** From this many people a petition is collective (R-P3). */
  COLLECTIVE_THRESHOLD: z.coerce.number().int().min(2).default(5),
});
export type PetitionsConfig = z.infer<typeof petitionsConfigSchema>;
