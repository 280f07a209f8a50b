import { chinaDateInWords, type RuleSet } from '@tjxf/calendar';
import type { HandOffTo } from '../hand-off/hand-off.entity.js';
import type { DirectoryUnit } from '../unit-directory/unit-directory.service.js';

/**
 * What the procedure's notices and opinions say to the petitioner and the units. They are
 * official texts, written in one language, the petitioner's: Chinese (the platform records no
 * other choice; docs/procedure.md), dates as Beijing dates in words; the periods they name
 * come from the rule set of the unit concerned. Refusals are not here: they are reasons in
 * `@tjxf/i18n/reasons` (procedure.ts).
 */

export function acceptanceNotice(rules: RuleSet, simplified: boolean): string {
  if (simplified) {
    const days = rules.limits.SIMPLIFIED_HANDLING.days;
    return `你（你们）反映的事项已受理，适用简易办理，将于${days}个工作日内答复。`;
  }
  const days = rules.limits.HANDLING.days;
  return `你（你们）反映的事项已受理，我单位将依法办理，并于受理之日起${days}日内出具书面答复意见。`;
}

export const extensionNotice = (days: number, dueAt: Date, reason: string): string =>
  `你（你们）反映的事项，经本单位负责人批准，办理期限延长${days}日，将于${chinaDateInWords(dueAt)}前出具书面答复意见。延期理由：${reason}`;

/** Staff only: which units dispute competence, and why. */
export const competenceReferral = (disputing: DirectoryUnit[], reason: string): string =>
  `争议单位：${disputing.map((u) => u.name).join('、')}。${reason}`;

/** The petitioner learns who decides, not the units' arguments. */
export const competenceReferredNote = (superior: DirectoryUnit): string => `已提请${superior.name}决定受理机关。`;

export const competenceDecision = (superior: DirectoryUnit, unit: DirectoryUnit, note: string | null): string =>
  `经${superior.name}决定，本事项由${unit.name}受理。${note ?? ''}`;

/** After a reply: the petitioner may ask for review (R-P10). */
export const reviewRemedy = (rules: RuleSet): string => {
  const days = rules.limits.REVIEW_REQUEST.days;
  return `如对本处理意见不服，可自收到之日起${days}日内向原办理机关的同级人民政府或其上一级主管部门请求复查。`;
};

/** After a review decision: the petitioner may ask for re-review (R-P10). */
export const reReviewRemedy = (rules: RuleSet): string => {
  const days = rules.limits.RE_REVIEW_REQUEST.days;
  return `如对复查意见不服，可自收到之日起${days}日内向复查机关的上一级行政机关请求复核。`;
};

/** Where the matter went, and what becomes of the handling time limit (R-MED; docs/procedure.md). */
export function handOffNotice(to: HandOffTo, recipient: string): string {
  switch (to) {
    case 'PEOPLES_MEDIATION':
      return `你（你们）反映的事项，已交由${recipient}进行人民调解。调解期间本单位继续办理，办理期限照常计算；达成调解协议的，本单位依协议出具调解协议书，本事项办理终结。`;
    case 'COURT':
      return `你（你们）反映的事项，已依法通过诉讼途径，由${recipient}审理。人民法院审理期间，本单位办理期限中止，所用时间不计入办理期限；本单位将依据裁判结果出具书面答复意见。`;
    case 'ARBITRATION':
      return `你（你们）反映的事项，已依法通过仲裁途径，由${recipient}仲裁。仲裁期间，本单位办理期限中止，所用时间不计入办理期限；本单位将依据仲裁结果出具书面答复意见。`;
  }
}

export const MEDIATION_REMEDY = '双方已自愿达成调解协议，本事项办理终结，请双方依约履行。';

export const CONCLUSION_REMEDY = '本复核意见为最终意见，同一事实和理由提出的信访事项不再受理。';
