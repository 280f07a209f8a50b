import { Channel, ErrorCode, NAME_PROBLEM_REASONS, PetitionKind, isUuid, nameProblem, normalizeIdNumber, refuse } from '@tjxf/domain';
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
        powerOfAttorneyAttachmentId: uuid('ATTACHMENT_ID_INVALID'),
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
  });

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
