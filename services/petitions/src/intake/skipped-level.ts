import { chinaDateInWords } from '@tjxf/calendar';
import { PetitionStatus, UnitLevel } from '@tjxf/domain';
import type { DirectoryUnit, UnitLookup } from '../unit-directory/unit-directory.service.js';
import type { RepeatCandidate } from './repeat-detection.js';

/** Where the same matter stands when a higher unit must not accept it again. */
export interface HeldBelow {
  /** The lower unit handling it. */
  unit: DirectoryUnit;
  /** The end of its running time limit. */
  dueAt: Date;
}

/** Statuses in which nobody is handling the matter any more. */
const CLOSED: readonly PetitionStatus[] = [
  PetitionStatus.REPLIED,
  PetitionStatus.CONCLUDED,
  PetitionStatus.REDIRECTED,
  PetitionStatus.DECLINED,
];

/**
 * The skipped-level rule (《信访工作条例》 Art. 19, R-P4): a matter registered above its
 * district repeats one that a lower unit is still handling within its time limit. Returns that
 * unit and the limit, or null when the rule does not apply.
 */
export async function heldBelow(
  original: RepeatCandidate | null | undefined,
  skippedLevel: boolean,
  directory: UnitLookup | null,
): Promise<HeldBelow | null> {
  if (!skippedLevel || !original?.openDueAt || CLOSED.includes(original.status)) return null;
  const unit = await directory?.get(original.handlingUnitId);
  if (!unit || unit.level === UnitLevel.CITY) return null;
  return { unit, dueAt: original.openDueAt };
}

/** The written notice to the petitioner: who handles the matter, until when, and why not here. */
export function skippedLevelNotice(held: HeldBelow): string {
  return (
    `您反映的事项，${held.unit.name}已经受理、正在办理，目前仍在规定的办理期限内（至${chinaDateInWords(held.dueAt)}）。` +
    '根据《信访工作条例》第十九条的规定，信访事项已经受理或者正在办理的，在规定期限内向上级机关再次提出同一信访事项的，上级机关不予受理。' +
    `请等待${held.unit.name}的处理意见；对其处理意见不服的，可以依法请求复查。`
  );
}
