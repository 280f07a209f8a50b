import {
  Channel,
  DomainError,
  ErrorCode,
  NAME_PROBLEM_MESSAGES,
  PetitionKind,
  isUuid,
  nameProblem,
} from '@tjxf/domain';
import { findRegion } from '@tjxf/regions';
import { z } from 'zod';
import { normalizeIdNumber, normalizePhone } from '../personal-data/identifiers.js';

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

const text = (max: number, what: readonly [zh: string, en: string]) =>
  z
    .string()
    .transform((s) => s.trim())
    .pipe(
      z
        .string()
        .min(1, `请填写${what[0]}。Enter the ${what[1]}.`)
        .max(max, `${what[0]}不能超过${max}个字。The ${what[1]} may be at most ${max} characters long.`),
    );
const optionalText = (max: number, what: readonly [zh: string, en: string]) =>
  z
    .string()
    .nullish()
    .transform((s) => (s?.trim() ? s.trim() : null))
    .pipe(
      z
        .string()
        .max(max, `${what[0]}不能超过${max}个字。The ${what[1]} may be at most ${max} characters long.`)
        .nullable(),
    );
/** A person's name: text that cannot hide or reorder what a reader sees (issue 8). */
const personName = (what: readonly [zh: string, en: string]) =>
  text(INTAKE_LIMITS.nameMax, what).superRefine((name, ctx) => {
    const problem = nameProblem(name);
    if (problem) ctx.addIssue({ code: 'custom', message: NAME_PROBLEM_MESSAGES[problem] });
  });
const phone = z.string().transform((s, ctx) => {
  const normalized = normalizePhone(s);
  if (!normalized)
    ctx.addIssue({
      code: 'custom',
      message:
        '请填写11位手机号码，或带区号的固定电话。Enter a mobile number of 11 digits, or a landline with its area code.',
    });
  return normalized ?? '';
});
const idNumber = z.string().transform((s, ctx) => {
  const normalized = normalizeIdNumber(s);
  if (!normalized)
    ctx.addIssue({
      code: 'custom',
      message:
        '身份证号码有误，请核对18位号码。Enter the 18-character resident ID number; its check digit does not match.',
    });
  return normalized ?? '';
});
/** Empty, null or absent all mean "not given". */
const optional = <T extends z.ZodType<string, string>>(schema: T) =>
  z.preprocess((v) => (v === '' || v === undefined ? null : v), schema.nullable());
const uuid = (zh: string, en: string) => z.string().refine(isUuid, `${zh}编号无效。Not a valid ${en} id.`);

const petitionerSchema = z.object({
  name: personName(['姓名', 'name']),
  phone: optional(phone),
  idNumber: optional(idNumber),
  address: optionalText(INTAKE_LIMITS.addressMax, ['地址', 'address']),
});

export const intakeSchema = z
  .object({
    idempotencyKey: z
      .string()
      .min(8, '幂等键至少8个字符（请使用UUID）。The idempotency key must have at least 8 characters (use a UUID).')
      .max(INTAKE_LIMITS.idempotencyKeyMax, '幂等键过长。The idempotency key is too long.'),
    kind: z.enum(PetitionKind),
    categoryCode: z.string().regex(/^\d{2}(\d{2}){0,2}$/, '请从列表中选择问题类别。Choose a category from the list.'),
    regionCode: z
      .string()
      .refine(
        (code) => Boolean(findRegion(code)),
        '请从列表中选择天津市的地区。Choose a place in Tianjin from the list.',
      ),
    address: optionalText(INTAKE_LIMITS.addressMax, ['地址', 'address']),
    title: text(INTAKE_LIMITS.titleMax, ['标题', 'title']),
    content: text(INTAKE_LIMITS.contentMax, ['内容', 'content']),
    petitioners: z
      .array(petitionerSchema)
      .max(
        INTAKE_LIMITS.petitionersMax,
        '集体访最多推选5名代表，其他人员请计入涉及人数。A collective petition names at most 5 representatives; record the others in the number of people involved.',
      ),
    respondentUnitId: uuid('单位', 'unit')
      .nullish()
      .transform((v) => v ?? null),
    confidential: z
      .boolean()
      .nullish()
      .transform((v) => v ?? false),
    peopleInvolved: z.number().int().min(1).max(INTAKE_LIMITS.peopleInvolvedMax).nullish(),
    agent: z
      .object({
        name: personName(['代理人姓名', 'agent’s name']),
        phone,
        idNumber: optional(idNumber),
        relationship: optionalText(50, ['代理关系', 'relationship']),
        powerOfAttorneyAttachmentId: uuid('附件', 'attachment'),
      })
      .nullish()
      .transform((v) => v ?? null),
    attachmentIds: z
      .array(uuid('附件', 'attachment'))
      .max(
        INTAKE_LIMITS.attachmentsMax,
        `最多上传${INTAKE_LIMITS.attachmentsMax}个附件。Attach at most ${INTAKE_LIMITS.attachmentsMax} files.`,
      )
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
        message:
          '涉及人数不能少于所列信访人数。The number of people involved cannot be less than the petitioners named.',
      });
    }
    if (input.receivedAt && input.receivedAt.getTime() > Date.now() + 5 * 60_000) {
      ctx.addIssue({
        code: 'custom',
        path: ['receivedAt'],
        message: '来信来访时间不能晚于现在。The time of arrival cannot be in the future.',
      });
    }
  });

export type IntakeInput = z.output<typeof intakeSchema>;

/** Parses an intake input; the first problem becomes BAD_USER_INPUT naming its field. */
export function parseIntake(raw: unknown): IntakeInput {
  const result = intakeSchema.safeParse(raw);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const field = issue.path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i ? '.' : ''}${String(p)}`)).join('');
  throw new DomainError(ErrorCode.BAD_USER_INPUT, issue.message, { field: field || 'input' });
}
