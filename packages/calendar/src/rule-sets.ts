import { DayBasis } from './periods.js';

/** The time limits a rule set fixes, by what they limit. */
export const LimitKind = {
  /** The petition office forwards, assigns or redirects (R-P6). */
  DISPOSAL: 'DISPOSAL',
  /** The receiving unit says in writing whether it accepts (R-P7). */
  ACCEPTANCE: 'ACCEPTANCE',
  /** A unit that is not competent objects (R-P7). */
  OBJECTION: 'OBJECTION',
  /** Handling ends with a written reply (R-P8). */
  HANDLING: 'HANDLING',
  /** Simplified handling of a clear first-time matter (R-P9). */
  SIMPLIFIED_HANDLING: 'SIMPLIFIED_HANDLING',
  /** The petitioner may ask for review after the reply (R-P10). */
  REVIEW_REQUEST: 'REVIEW_REQUEST',
  REVIEW: 'REVIEW',
  RE_REVIEW_REQUEST: 'RE_REVIEW_REQUEST',
  RE_REVIEW: 'RE_REVIEW',
  /** A supervised unit answers a supervision order (R-P11). */
  SUPERVISION_ANSWER: 'SUPERVISION_ANSWER',
} as const;
export type LimitKind = (typeof LimitKind)[keyof typeof LimitKind];

export interface Limit {
  days: number;
  basis: DayBasis;
}

/** A named, versioned set of time limits; every deadline records the code and version. */
export interface RuleSet {
  code: string;
  version: number;
  /** The first day it applies to new deadlines (China). */
  effectiveFrom: string;
  name: { zh: string; en: string };
  /** Where the limits come from. */
  source: string;
  limits: Record<LimitKind, Limit>;
  /** The most days one extension may add, by limit; absent: no extension. */
  maxExtensionDays: Partial<Record<LimitKind, number>>;
  /** How many days before a deadline the scheduler reminds. */
  reminderDaysBefore: number;
  /** The unit's follow-up after an unsatisfied rating (R-P13): the platform's own limit. */
  followUp: Limit;
}

const calendar = (days: number): Limit => ({ days, basis: DayBasis.CALENDAR_DAYS });
const working = (days: number): Limit => ({ days, basis: DayBasis.WORKING_DAYS });

const NATIONAL_2022: RuleSet = {
  code: 'national-2022',
  version: 1,
  effectiveFrom: '2022-05-01',
  name: { zh: '《信访工作条例》（2022）', en: 'Regulations on Petition Work (2022)' },
  source: '信访工作条例 第二十二、二十三、三十二、三十五、三十六条；2005年《信访条例》第三十六条（督办答复）',
  limits: {
    DISPOSAL: calendar(15),
    ACCEPTANCE: calendar(15),
    OBJECTION: working(5),
    HANDLING: calendar(60),
    SIMPLIFIED_HANDLING: working(10),
    REVIEW_REQUEST: calendar(30),
    REVIEW: calendar(30),
    RE_REVIEW_REQUEST: calendar(30),
    RE_REVIEW: calendar(30),
    SUPERVISION_ANSWER: calendar(30),
  },
  maxExtensionDays: { HANDLING: 30, REVIEW: 30, RE_REVIEW: 30 },
  reminderDaysBefore: 3,
  followUp: calendar(15),
};

const TIANJIN_31530: RuleSet = {
  ...NATIONAL_2022,
  code: 'tianjin-31530',
  version: 1,
  effectiveFrom: '2022-05-01',
  name: { zh: '天津市信访事项“3·15·30”办理时限', en: 'Tianjin 3·15·30 time limits' },
  source: '天津市：3日内告知受理，15日内答复，复杂疑难事项经批准30日内办结',
  limits: { ...NATIONAL_2022.limits, ACCEPTANCE: calendar(3), HANDLING: calendar(15) },
  // a complex case: 30 days in all with approval
  maxExtensionDays: { ...NATIONAL_2022.maxExtensionDays, HANDLING: 15 },
};

/** Every rule set and version the platform knows; a new version is added, never edited. */
export const RULE_SETS: readonly RuleSet[] = [NATIONAL_2022, TIANJIN_31530];

/** The rule set of a unit that names none the platform knows (and a new unit's). */
export const DEFAULT_RULE_SET = NATIONAL_2022.code;

/** The newest version of a rule set, or a given version; undefined when unknown. */
export function ruleSetOf(code: string, version?: number): RuleSet | undefined {
  const versions = RULE_SETS.filter((r) => r.code === code && (version === undefined || r.version === version));
  return versions.sort((a, b) => b.version - a.version)[0];
}

/**
 * The rule set new deadlines of a unit are opened under (R-T1): the newest version of the one
 * the unit works under, or {@link DEFAULT_RULE_SET} when it names none the platform knows.
 */
export function unitRuleSet(code: string | null | undefined): RuleSet {
  return (code ? ruleSetOf(code) : undefined) ?? ruleSetOf(DEFAULT_RULE_SET)!;
}

/** The most days ahead any rule set reminds of a deadline: how far the scheduler looks. */
export const REMINDER_HORIZON_DAYS = Math.max(...RULE_SETS.map((r) => r.reminderDaysBefore));
