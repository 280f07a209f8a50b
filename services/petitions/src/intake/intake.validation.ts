import { chinaDate } from '@tjxf/calendar';
import {
  Channel,
  ErrorCode,
  NAME_PROBLEM_REASONS,
  PetitionKind,
  isUuid,
  nameProblem,
  normalizeIdNumber,
  refuse,
} from '@tjxf/domain';
import { isReason, type Reason } from '@tjxf/i18n/reasons';
import { findRegion } from '@tjxf/regions';
import { z } from 'zod';
import { normalizePhone } from '../personal-data/identifiers.js';

/** Limits of a petition's content; past them the submission is refused with the field named. */
export const INTAKE_LIMITS = {
  titleMax: 200,
  contentMax: 20_000,
  nameMax: 50,
  addressMax: 200,
  /** At most 5 representatives (R-P3, Art. 20), so at most 5 people named on a petition. */
  petitionersMax: 5,
  attachmentsMax: 5,
  peopleInvolvedMax: 100_000,
  idempotencyKeyMax: 100,
} as const;

/**
 * Each issue's message is the reason of the refusal (`@tjxf/i18n/reasons`), so that the text a
 * user reads is the catalogue's, in the user's language; `parseIntake` turns it into one.
 */
type Reasons = { readonly required?: Reason; readonly tooLong: Reason };

const text = (max: number, reasons: Required<Reasons>) =>
  z
    .string()
    .transform((s) => s.trim())
    .pipe(z.string().min(1, reasons.required).max(max, reasons.tooLong));
const optionalText = (max: number, reasons: Reasons) =>
  z
    .string()
    .nullish()
    .transform((s) => (s?.trim() ? s.trim() : null))
    .pipe(z.string().max(max, reasons.tooLong).nullable());
/** A person's name: text that cannot hide or reorder what a reader sees (issue 8). */
const personName = (reasons: Required<Reasons>) =>
  text(INTAKE_LIMITS.nameMax, reasons).superRefine((name, ctx) => {
    const problem = nameProblem(name);
    if (problem) ctx.addIssue({ code: 'custom', message: NAME_PROBLEM_REASONS[problem] });
  });
const phone = z.string().transform((s, ctx) => {
  const normalized = normalizePhone(s);
  if (!normalized)
    ctx.addIssue({
      code: 'custom',
      message: 'PHONE_INVALID' satisfies Reason,
    });
  return normalized ?? '';
});
const idNumber = z.string().transform((s, ctx) => {
  const normalized = normalizeIdNumber(s);
  if (!normalized)
    ctx.addIssue({
      code: 'custom',
      message: 'ID_NUMBER_INVALID' satisfies Reason,
    });
  return normalized ?? '';
});
/** Empty, null or absent all mean "not given". */
const optional = <T extends z.ZodType<string, string>>(schema: T) =>
  z.preprocess((v) => (v === '' || v === undefined ? null : v), schema.nullable());
const uuid = (reason: Reason) => z.string().refine(isUuid, reason);

const petitionerSchema = z.object({
  name: personName({ required: 'NAME_REQUIRED', tooLong: 'NAME_TOO_LONG' }),
  phone: optional(phone),
  idNumber: optional(idNumber),
  address: optionalText(INTAKE_LIMITS.addressMax, { tooLong: 'ADDRESS_TOO_LONG' }),
});

export const intakeSchema = z
  .object({
    idempotencyKey: z
      .string()
      .min(8, 'IDEMPOTENCY_KEY_TOO_SHORT' satisfies Reason)
      .max(INTAKE_LIMITS.idempotencyKeyMax, 'IDEMPOTENCY_KEY_TOO_LONG' satisfies Reason),
    kind: z.enum(PetitionKind),
    categoryCode: z.string().regex(/^\d{2}(\d{2}){0,2}$/, 'CATEGORY_REQUIRED' satisfies Reason),
    regionCode: z.string().refine((code) => Boolean(findRegion(code)), 'REGION_NOT_IN_TIANJIN' satisfies Reason),
    address: optionalText(INTAKE_LIMITS.addressMax, { tooLong: 'ADDRESS_TOO_LONG' }),
    title: text(INTAKE_LIMITS.titleMax, { required: 'TITLE_REQUIRED', tooLong: 'TITLE_TOO_LONG' }),
    content: text(INTAKE_LIMITS.contentMax, { required: 'CONTENT_REQUIRED', tooLong: 'CONTENT_TOO_LONG' }),
    petitioners: z
      .array(petitionerSchema)
      .max(INTAKE_LIMITS.petitionersMax, 'TOO_MANY_REPRESENTATIVES' satisfies Reason),
    respondentUnitId: uuid('INVALID_UNIT_ID')
      .nullish()
      .transform((v) => v ?? null),
    confidential: z
      .boolean()
      .nullish()
      .transform((v) => v ?? false),
    peopleInvolved: z.number().int().min(1).max(INTAKE_LIMITS.peopleInvolvedMax).nullish(),
    agent: z
      .object({
        name: personName({ required: 'AGENT_NAME_REQUIRED', tooLong: 'AGENT_NAME_TOO_LONG' }),
        phone,
        idNumber: optional(idNumber),
        relationship: optionalText(50, { tooLong: 'RELATIONSHIP_TOO_LONG' }),
        // refused here rather than by the schema's non-null, so that the refusal names the field (R-P18)
        powerOfAttorneyAttachmentId: z.preprocess(
          (v) => v ?? '',
          z
            .string()
            .min(1, 'POWER_OF_ATTORNEY_REQUIRED' satisfies Reason)
            .pipe(uuid('ATTACHMENT_ID_INVALID')),
        ),
      })
      .nullish()
      .transform((v) => v ?? null),
    attachmentIds: z
      .array(uuid('ATTACHMENT_ID_INVALID'))
      .max(INTAKE_LIMITS.attachmentsMax, 'TOO_MANY_ATTACHMENTS' satisfies Reason)
      .nullish()
      .transform((v) => v ?? []),
    channel: z.enum(Channel).optional(),
    receivedAt: z.date().optional(),
    postmarkedOn: z
      .string()
      .nullish()
      .transform((v) => v || null),
    writtenDownByStaff: z
      .boolean()
      .nullish()
      .transform((v) => v ?? false),
    readBackConfirmed: z
      .boolean()
      .nullish()
      .transform((v) => v ?? false),
    notAcceptedAsSkippedLevel: z
      .boolean()
      .nullish()
      .transform((v) => v ?? false),
  })
  .superRefine((input, ctx) => {
    if (input.peopleInvolved != null && input.peopleInvolved < input.petitioners.length) {
      ctx.addIssue({
        code: 'custom',
        path: ['peopleInvolved'],
        message: 'PEOPLE_INVOLVED_BELOW_PETITIONERS' satisfies Reason,
      });
    }
    if (input.receivedAt && input.receivedAt.getTime() > Date.now() + 5 * 60_000) {
      ctx.addIssue({
        code: 'custom',
        path: ['receivedAt'],
        message: 'RECEIVED_AT_IN_FUTURE' satisfies Reason,
      });
    }
    frontDeskIssues(input).forEach(([field, message]) => ctx.addIssue({ code: 'custom', path: [field], message }));
  });

/** Channels whose petition staff may write down from what the petitioner says (R-P1). */
const ORAL_CHANNELS: readonly Channel[] = [Channel.VISIT, Channel.PHONE];

/** The front desk's own checks (issue 11): a letter's postmark, an oral petition read back. */
function frontDeskIssues(input: {
  channel?: Channel | undefined;
  receivedAt?: Date | undefined;
  postmarkedOn: string | null;
  writtenDownByStaff: boolean;
  readBackConfirmed: boolean;
}): [string, Reason][] {
  const issues: [string, Reason][] = [];
  if (input.postmarkedOn) {
    const arrived = chinaDate(input.receivedAt ?? new Date());
    if (input.channel !== Channel.LETTER) issues.push(['postmarkedOn', 'POSTMARK_ONLY_FOR_LETTER']);
    else if (!isCalendarDate(input.postmarkedOn) || input.postmarkedOn > arrived)
      issues.push(['postmarkedOn', 'POSTMARK_DATE_INVALID']);
  }
  if (input.writtenDownByStaff) {
    if (!input.channel || !ORAL_CHANNELS.includes(input.channel))
      issues.push(['writtenDownByStaff', 'ORAL_RECORD_CHANNEL']);
    else if (!input.readBackConfirmed) issues.push(['readBackConfirmed', 'ORAL_RECORD_NOT_READ_BACK']);
  }
  return issues;
}

/** A real day written YYYY-MM-DD (not 2026-02-30). */
function isCalendarDate(text: string): boolean {
  const time = Date.parse(`${text}T00:00:00Z`);
  return /^\d{4}-\d{2}-\d{2}$/.test(text) && !Number.isNaN(time) && new Date(time).toISOString().startsWith(text);
}

export type IntakeInput = z.output<typeof intakeSchema>;

/**
 * Parses an intake input; the first problem becomes BAD_USER_INPUT naming its field, for the
 * reason its message names (with the limit it broke), or VALUE_NOT_ACCEPTED for zod's own.
 */
export function parseIntake(raw: unknown): IntakeInput {
  const result = intakeSchema.safeParse(raw);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const field = issue.path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i ? '.' : ''}${String(p)}`)).join('');
  const reason = isReason(issue.message) ? issue.message : 'VALUE_NOT_ACCEPTED';
  const params = issue.code === 'too_big' ? { max: Number(issue.maximum) } : undefined;
  return refuseInputFor(reason, params, field || 'input');
}

function refuseInputFor(reason: Reason, params: { max: number } | undefined, field: string): never {
  throw refuse(ErrorCode.BAD_USER_INPUT, reason, params, { field });
}
