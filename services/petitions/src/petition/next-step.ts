import { chinaDate, chinaDateInWords } from '@tjxf/calendar';
import { PetitionStatus } from '@tjxf/domain';
import { WINDOW_KINDS, type DeadlineKind } from '../deadline/deadline.entity.js';

/** A clock as far as choosing the current one needs it. */
interface Clock {
  kind: DeadlineKind;
  dueAt: Date;
  metAt?: Date | null;
  closedAt?: Date | null;
}

/**
 * The clock that governs what happens next: the running duty that ends first (the lead unit's
 * 告知是否受理期限, not its objection window beside it); when no duty runs, the window still
 * open (the petitioner's time to ask for review).
 */
export function currentClock<D extends Clock>(deadlines: readonly D[]): D | null {
  const running = deadlines
    .filter((d) => !d.metAt && !d.closedAt)
    .sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime());
  return running.find((d) => !WINDOW_KINDS.includes(d.kind)) ?? running[0] ?? null;
}

/**
 * What happens next in the words a petitioner reads: who acts, what they do and by when (a
 * Beijing date in words), from the clock that governs it; no staff terms. Chinese, then the
 * English the portal shows a reader who chose English.
 */
export function nextStepOf(status: PetitionStatus, dueAt: Date | null): string {
  const by = (zh: string, en: string, zhAfter: string, enAfter: string) =>
    dueAt
      ? `${zh}将于${chinaDateInWords(dueAt)}前${zhAfter}${en} will, by ${chinaDate(dueAt)}, ${enAfter}.`
      : `${zh}将${zhAfter}${en} will ${enAfter}.`;
  switch (status) {
    case PetitionStatus.REGISTERED:
      return by(
        '信访部门',
        'The petition office',
        '把您的信访事项转交有权处理的单位，或书面告知您应通过的其他途径。',
        'pass your petition to the unit with authority over it, or tell you in writing where to take it',
      );
    case PetitionStatus.REDIRECTED:
      return '该事项不属于信访受理范围，请按告知书所列途径依法提出。This matter belongs to another channel: follow the written notice.';
    case PetitionStatus.AWAITING_ACCEPTANCE:
      return by(
        '负责办理的单位',
        'The unit handling it',
        '书面告知您是否受理。',
        'tell you in writing whether it accepts your petition',
      );
    case PetitionStatus.ACCEPTED:
      return by('负责办理的单位', 'The unit handling it', '向您出具书面答复意见。', 'give you its written reply');
    case PetitionStatus.DECLINED:
      return '负责办理的单位已书面告知您不予受理及理由。The unit told you in writing that it does not accept it, and why.';
    case PetitionStatus.REPLIED:
      return dueAt
        ? `已答复。请对办理情况作出评价；如不服答复意见，您可在${chinaDateInWords(dueAt)}前请求复查。Please rate how it was handled; if you disagree with the reply, you may ask for review by ${chinaDate(dueAt)}.`
        : '已答复。请对办理情况作出评价。Please rate how it was handled.';
    case PetitionStatus.REVIEWED:
      return dueAt
        ? `已复查。如不服复查意见，您可在${chinaDateInWords(dueAt)}前请求复核。If you disagree with the review, you may ask for re-review by ${chinaDate(dueAt)}.`
        : '已复查。Reviewed.';
    case PetitionStatus.IN_REVIEW:
      return by('复查机关', 'The reviewing authority', '向您出具复查意见。', 'give you its review decision');
    case PetitionStatus.IN_RE_REVIEW:
      return by('复核机关', 'The re-reviewing authority', '向您出具复核意见。', 'give you its re-review decision');
    case PetitionStatus.RE_REVIEWED:
    case PetitionStatus.CONCLUDED:
      return '该事项已办理终结。The matter is concluded.';
  }
}
