import { UnitKind, type UnitDirectoryEntry } from '@tjxf/domain';
import {
  DeadlineKind,
  PetitionAction as A,
  acceptanceNotice,
  completionReportDue,
  followUpDue,
  reReviewRemedy,
  reviewRemedy,
  CONCLUSION_REMEDY,
} from '@tjxf/petitions';
import { DAY, HOUR, LIBRARY_CALENDAR, chinaDate, isWorkingDay, unitRuleSet } from './calendar.js';
import type { Life } from './life.js';
import type { Random } from './random.js';

/** The units a petition meets, from the unit directory. */
export interface Cast {
  office: UnitDirectoryEntry;
  /** Who handles it: a department of the district (or city), else the district government. */
  lead: UnitDirectoryEntry;
  byId: Map<string, UnitDirectoryEntry>;
  /** The staff account acting for a unit (the same per unit, never signed in). */
  staff: (unitId: string) => string;
  /** How slow a unit is: 1 is the median; timeliness differs by unit. */
  pace: (unitId: string) => number;
}

/**
 * The next moment in office hours (China time, 08:30–17:30 on working days of the work
 * calendar) at or after `after` plus a delay of about `median` days.
 */
export function officeTime(random: Random, after: Date, medianDays: number, maxDays: number): Date {
  let t = new Date(after.getTime() + random.skewed(medianDays, maxDays) * DAY);
  for (let i = 0; i < 40; i++) {
    const date = chinaDate(t);
    const minutes = ((t.getTime() + 8 * HOUR) % DAY) / 60_000;
    if (isWorkingDay(date) && minutes >= 510 && minutes < 1050) break;
    const next = isWorkingDay(date) && minutes < 510 ? date : nextDay(date);
    t = new Date(Date.parse(`${next}T00:30:00Z`) + random.int(540) * 60_000); // 08:30 + up to 9 h, China time
  }
  return t.getTime() > after.getTime() ? t : new Date(after.getTime() + 60_000);
}

const nextDay = (date: string) => new Date(Date.parse(`${date}T00:00:00Z`) + DAY).toISOString().slice(0, 10);

const OUTCOMES = ['SUPPORTED', 'EXPLAINED', 'NOT_SUPPORTED'] as const;
type Outcome = (typeof OUTCOMES)[number];
/** Ratings by outcome: mostly satisfied, some not, by what the reply gave. */
const RATING_ODDS: Record<Outcome, [number, number]> = {
  SUPPORTED: [0.82, 0.97],
  EXPLAINED: [0.5, 0.82],
  NOT_SUPPORTED: [0.22, 0.55],
};

function rating(random: Random, outcome: Outcome): string {
  const [satisfied, basically] = RATING_ODDS[outcome];
  const r = random.next();
  return r < satisfied ? 'SATISFIED' : r < basically ? 'BASICALLY_SATISFIED' : 'UNSATISFIED';
}

const opinion = (outcome: Outcome) => ({
  outcome,
  facts: '经调查核实，信访人反映的情况基本属实。',
  reasons:
    outcome === 'SUPPORTED'
      ? '信访人诉求合理，予以支持。'
      : outcome === 'EXPLAINED'
        ? '已向信访人解释说明有关政策。'
        : '信访人诉求缺乏依据，不予支持。',
  legalBasis: '《信访工作条例》第三十二条',
});

/**
 * The petition's way through the procedure after intake, step by step from the petition office's
 * disposal to a reply, ratings, review and re-review; it stops where the history ends (`life.now`),
 * leaving the petition where it stands then.
 */
export function liveOn(life: Life, random: Random, cast: Cast, receivedAt: Date, repeat: boolean): void {
  const { office, lead } = cast;
  const officer = cast.staff(office.id);
  const handler = cast.staff(lead.id);
  const rules = unitRuleSet(lead.ruleSetCode);
  const pace = cast.pace(lead.id);
  const at = (after: Date, median: number, max: number) => officeTime(random, after, median, max);

  // the petition office: redirect, forward or assign (R-P6)
  const disposedAt = at(receivedAt, 3 * cast.pace(office.id), 25);
  if (!life.happened(disposedAt)) return;
  if (random.chance(0.05)) {
    const note = '本事项不属于信访事项受理范围，请通过其他法定途径解决。';
    life.step(A.REDIRECT, disposedAt, () => {
      life.meet([DeadlineKind.DISPOSAL], disposedAt);
      life.document('REDIRECT_NOTICE', office.id, officer, disposedAt, { text: note });
      return { unitId: office.id, actorId: officer, note };
    });
    return;
  }
  const mode = random.chance(0.22) ? 'ASSIGN' : 'FORWARD';
  let report: ReturnType<Life['task']> | null = null;
  life.step(A[mode], disposedAt, () => {
    life.meet([DeadlineKind.DISPOSAL], disposedAt);
    life.petition.leadUnitId = lead.id;
    life.petition.disposalMode = mode;
    life.open(
      DeadlineKind.ACCEPTANCE,
      'ACCEPTANCE',
      rules,
      mode === 'ASSIGN' ? 'ASSIGNED' : 'FORWARDED',
      disposedAt,
      lead.id,
    );
    life.open(
      DeadlineKind.OBJECTION,
      'OBJECTION',
      rules,
      mode === 'ASSIGN' ? 'ASSIGNED' : 'FORWARDED',
      disposedAt,
      lead.id,
    );
    life.task('LEAD', lead.id, rules, null, disposedAt, null);
    if (mode === 'ASSIGN')
      report = life.task(
        'COMPLETION_REPORT',
        lead.id,
        rules,
        completionReportDue(LIBRARY_CALENDAR, rules, disposedAt),
        disposedAt,
        null,
      );
    return { unitId: lead.id, actorId: officer, payload: { coHandlingUnitIds: [] } };
  });

  // the unit accepts or declines (R-P7)
  const decidedAt = at(disposedAt, 4 * pace, 30);
  if (!life.happened(decidedAt)) return;
  if (random.chance(0.04)) {
    const reason = '经审查，该事项已经处理完毕，不予受理。';
    life.step(A.DECLINE, decidedAt, () => {
      life.meet([DeadlineKind.ACCEPTANCE, DeadlineKind.OBJECTION], decidedAt);
      life.document('DECLINE_NOTICE', lead.id, handler, decidedAt, { text: reason });
      return { unitId: lead.id, actorId: handler, note: reason };
    });
    return;
  }
  const simplified = !repeat && random.chance(0.12);
  life.step(A.ACCEPT, decidedAt, () => {
    life.meet([DeadlineKind.ACCEPTANCE, DeadlineKind.OBJECTION], decidedAt);
    life.petition.simplified = simplified;
    life.open(
      DeadlineKind.HANDLING,
      simplified ? 'SIMPLIFIED_HANDLING' : 'HANDLING',
      rules,
      'ACCEPTED',
      decidedAt,
      lead.id,
    );
    life.document('ACCEPTANCE_NOTICE', lead.id, handler, decidedAt, { text: acceptanceNotice(rules, simplified) });
    return { unitId: lead.id, actorId: handler };
  });

  // handling, perhaps extended once (R-P8), then the reply
  const handling = life.running(DeadlineKind.HANDLING)!;
  const limitDays = (handling.dueAt.getTime() - decidedAt.getTime()) / DAY;
  let handledSince = decidedAt;
  if (!simplified && random.chance(0.08)) {
    const extendedAt = at(decidedAt, limitDays * 0.6, limitDays * 0.9);
    if (extendedAt < handling.dueAt && life.happened(extendedAt)) {
      const days = Math.min(rules.maxExtensionDays.HANDLING ?? 15, 15 + random.int(16));
      const reason = '案情复杂，需进一步调查核实。';
      life.step(A.EXTEND, extendedAt, () => {
        life.extend(handling, days, reason);
        life.document('EXTENSION_NOTICE', lead.id, handler, extendedAt, { text: `办理期限延长${days}日：${reason}` });
        return {
          unitId: lead.id,
          actorId: handler,
          note: reason,
          payload: { days, dueAt: handling.dueAt.toISOString() },
        };
      });
      handledSince = extendedAt;
    }
  }
  const repliedAt = at(handledSince, limitDays * (handledSince === decidedAt ? 0.45 : 0.3) * pace, limitDays * 2);
  if (!life.happened(repliedAt)) return;
  const outcome = random.weighted(OUTCOMES, (o) => (o === 'SUPPORTED' ? 0.35 : o === 'EXPLAINED' ? 0.45 : 0.2));
  life.step(A.REPLY, repliedAt, () => {
    life.meet([DeadlineKind.HANDLING], repliedAt);
    life.leadTasksDone(repliedAt);
    life.document('REPLY', lead.id, handler, repliedAt, { ...opinion(outcome), remedy: reviewRemedy(rules) });
    life.open(DeadlineKind.REVIEW_REQUEST, 'REVIEW_REQUEST', rules, 'REPLIED', repliedAt, null);
    return { unitId: lead.id, actorId: handler, payload: { outcome } };
  });
  if (report) life.completeTask(report, new Date(repliedAt.getTime() + HOUR), '已办结，办结报告见附件。', handler);

  // the petitioner rates it (R-P13): most do, most are satisfied
  let last = repliedAt;
  let unsatisfied = false;
  for (const [target, unitId, odds] of [
    ['RESPONSIBLE_UNIT', lead.id, 0.72],
    ['PETITION_OFFICE', office.id, 0.35],
  ] as const) {
    if (!random.chance(odds)) continue;
    const ratedAt = new Date(last.getTime() + random.skewed(3, 25) * DAY);
    if (!life.happened(ratedAt)) break;
    const given = rating(random, outcome);
    unsatisfied ||= given === 'UNSATISFIED' && target === 'RESPONSIBLE_UNIT';
    life.step(A.EVALUATE, ratedAt, () => {
      life.evaluation(target, unitId, given, ratedAt);
      if (given === 'UNSATISFIED') {
        const owed = cast.byId.get(unitId)!;
        const due = followUpDue(LIBRARY_CALENDAR, unitRuleSet(owed.ruleSetCode), ratedAt);
        const task = life.task('FOLLOW_UP', unitId, unitRuleSet(owed.ruleSetCode), due, ratedAt, null);
        const doneAt = at(ratedAt, 5 * cast.pace(unitId), 40);
        if (life.happened(doneAt)) life.completeTask(task, doneAt, '已回访信访人，说明办理情况。', cast.staff(unitId));
      }
      return { unitId, actorId: null, payload: { target, rating: given } };
    });
    last = ratedAt;
  }

  // review and re-review (R-P10)
  if (!random.chance(unsatisfied ? 0.55 : outcome === 'NOT_SUPPORTED' ? 0.06 : 0.01)) return;
  reviewRound(life, random, cast, last, false, outcome);
}

function reviewRound(life: Life, random: Random, cast: Cast, after: Date, reReview: boolean, outcome: Outcome): void {
  const window = life.running(reReview ? DeadlineKind.RE_REVIEW_REQUEST : DeadlineKind.REVIEW_REQUEST);
  if (!window) return;
  const requestedAt = officeTime(random, after, 7, 25);
  if (requestedAt > window.dueAt || !life.happened(requestedAt)) return;
  const handledId = (reReview ? life.petition.reviewUnitId : life.petition.leadUnitId)!;
  const handled = cast.byId.get(handledId)!;
  let reviewer = cast.byId.get((reReview ? handled.reReviewUnitId : handled.reviewUnitId) ?? handled.id) ?? handled;
  // a report is not reviewed by the unit it reports on: the government above it reviews it
  if (life.petition.kind === 'REPORT' && life.petition.respondentUnitId === reviewer.id) {
    const above =
      reviewer.reviewUnitId && reviewer.reviewUnitId !== reviewer.id ? cast.byId.get(reviewer.reviewUnitId) : undefined;
    if (!above) return;
    reviewer = above;
  }
  const rules = unitRuleSet(reviewer.ruleSetCode);
  const officer = cast.staff(cast.office.id);
  life.step(A.REQUEST_REVIEW, requestedAt, () => {
    life.meet([reReview ? DeadlineKind.RE_REVIEW_REQUEST : DeadlineKind.REVIEW_REQUEST], requestedAt);
    life.petition.reviewUnitId = reviewer.id;
    life.open(
      reReview ? DeadlineKind.RE_REVIEW : DeadlineKind.REVIEW,
      reReview ? 'RE_REVIEW' : 'REVIEW',
      rules,
      'REVIEW_REQUESTED',
      requestedAt,
      reviewer.id,
    );
    return { unitId: reviewer.id, actorId: officer, note: '信访人对处理意见不服，申请复查。', payload: { reReview } };
  });
  const decidedAt = officeTime(random, requestedAt, 16 * cast.pace(reviewer.id), 50);
  if (!life.happened(decidedAt)) return;
  const decided = random.weighted(OUTCOMES, (o) => (o === outcome ? 0.75 : 0.125));
  const reviewerStaff = cast.staff(reviewer.id);
  life.step(A.DECIDE_REVIEW, decidedAt, () => {
    life.meet([reReview ? DeadlineKind.RE_REVIEW : DeadlineKind.REVIEW], decidedAt);
    life.document(reReview ? 'RE_REVIEW_DECISION' : 'REVIEW_DECISION', reviewer.id, reviewerStaff, decidedAt, {
      ...opinion(decided),
      remedy: reReview ? CONCLUSION_REMEDY : reReviewRemedy(rules),
    });
    if (!reReview)
      life.open(DeadlineKind.RE_REVIEW_REQUEST, 'RE_REVIEW_REQUEST', rules, 'REVIEW_DECIDED', decidedAt, null);
    return { unitId: reviewer.id, actorId: reviewerStaff, payload: { outcome: decided, reReview } };
  });
  if (!reReview && decided !== 'SUPPORTED' && random.chance(0.3))
    reviewRound(life, random, cast, decidedAt, true, decided);
}

/** Whether a unit handles petitions (a government, office or department; not a region). */
export const handles = (u: UnitDirectoryEntry) => u.kind !== UnitKind.REGION;
