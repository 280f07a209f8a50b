import { RiskFlag } from '../petition/petition.entity.js';

/** Words that announce a threat to act (扬言) against oneself, others or public order. */
const THREAT =
  /自杀|轻生|跳楼|跳河|自焚|喝农药|服毒|爆炸|炸掉|放火|纵火|同归于尽|报复社会|以死相逼|堵路|堵门|进京|集体上访|闹大/;

export interface RiskInput {
  text: string;
  peopleInvolved: number;
  /** Threshold of R-P3: this many people or more make a collective petition (configurable). */
  collectiveThreshold: number;
  skippedLevel: boolean;
  keyPerson: boolean;
  repeat: boolean;
}

/** Risk flags set at registration (R-P5). */
export function riskFlags(input: RiskInput): RiskFlag[] {
  const flags: RiskFlag[] = [];
  if (input.peopleInvolved >= input.collectiveThreshold) flags.push(RiskFlag.COLLECTIVE);
  if (input.skippedLevel) flags.push(RiskFlag.SKIPPED_LEVEL);
  if (THREAT.test(input.text)) flags.push(RiskFlag.THREAT);
  if (input.keyPerson) flags.push(RiskFlag.KEY_PERSON);
  if (input.repeat) flags.push(RiskFlag.REPEAT);
  return flags;
}

/**
 * 0–3: a threat to act is the highest; a key person, or a collective petition that skipped
 * a level, is high; any other flag is elevated.
 */
export function riskLevel(flags: RiskFlag[]): number {
  if (flags.includes(RiskFlag.THREAT)) return 3;
  if (flags.includes(RiskFlag.KEY_PERSON)) return 2;
  if (flags.includes(RiskFlag.COLLECTIVE) && flags.includes(RiskFlag.SKIPPED_LEVEL)) return 2;
  return flags.length ? 1 : 0;
}
