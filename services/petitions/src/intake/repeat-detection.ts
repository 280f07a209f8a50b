import type { EntityManager } from '@mikro-orm/core';
import { PetitionKind } from '@tjxf/domain';
import type { Petition } from '../petition/petition.entity.js';
import { matterSimilarity } from '../search/similarity.js';

/** Defaults of repeat detection (R-P4). */
export const REPEAT_DEFAULTS = {
  /** How far back an earlier petition counts. */
  lookbackDays: 3 * 365,
  /**
   * The score ({@link repeatScore}) from which two petitions of one person are "basically the
   * same matter": chosen from the precision-recall curve of the labelled set in
   * tests/repeat-evaluation (docs/repeat-detection.md).
   */
  score: 0.24,
  /** The most recent petitions of the same person that are compared. */
  maxCandidates: 20,
} as const;

/** A petition's text, and what besides it tells the same matter: where, under which category, when. */
export interface MatterFacts {
  text: string;
  categoryCode: string;
  regionCode: string;
  receivedAt: Date;
}

/** The petition being filed, as repeat detection sees it: its people and its matter. */
export interface RepeatProbe extends MatterFacts {
  kind: PetitionKind;
  phoneHashes: string[];
  idNumberHashes: string[];
  respondentUnitId: string | null;
}

/** How much each fact besides the text adds to (or takes from) the score. */
export const REPEAT_WEIGHTS = {
  /** The same category (third level), or only its field (first level). */
  sameCategory: 0.04,
  sameField: 0.02,
  /** The same street (or community); the same district only. */
  sameStreet: 0.03,
  sameDistrict: 0.01,
  /** Taken off per year between the two, up to the look-back. */
  perYearApart: 0.03,
} as const;

/**
 * How likely a later petition tells the same matter as an earlier one of the same person
 * (R-P4): the text first ({@link matterSimilarity}: synonyms made one, the formulae of a
 * letter left out, the shorter text deciding), then small weights for the same category and
 * street, less the longer ago the earlier one was. A different respondent unit is never the
 * same matter (the caller checks it).
 */
export function repeatScore(later: MatterFacts, earlier: MatterFacts): number {
  const w = REPEAT_WEIGHTS;
  const category =
    later.categoryCode === earlier.categoryCode
      ? w.sameCategory
      : later.categoryCode.slice(0, 2) === earlier.categoryCode.slice(0, 2)
        ? w.sameField
        : 0;
  const place =
    later.regionCode === earlier.regionCode
      ? w.sameStreet
      : later.regionCode.slice(0, 6) === earlier.regionCode.slice(0, 6)
        ? w.sameDistrict
        : 0;
  const years = Math.max(0, later.receivedAt.getTime() - earlier.receivedAt.getTime()) / (365.25 * 86_400_000);
  return matterSimilarity(later.text, earlier.text) + category + place - w.perYearApart * years;
}

/** The columns repeat detection needs of an earlier petition. */
export interface RepeatCandidate {
  id: string;
  trackingCode: string;
  status: Petition['status'];
  title: string;
  /** The first part of the content: enough to judge "the same matter", bounded in cost. */
  contentHead: string;
  respondentUnitId: string | null;
  repeatOfId: string | null;
  /** The citizen account that filed it, if signed in. */
  submitterAccountId: string | null;
  /** The earliest time limit still running on it, if any. */
  openDueAt: Date | null;
  /** The unit handling it: the lead unit once disposed, else the office that received it. */
  handlingUnitId: string;
  categoryCode: string;
  regionCode: string;
  receivedAt: Date;
}

export interface RepeatMatch {
  original: RepeatCandidate;
  /** Its {@link repeatScore}. */
  similarity: number;
}

export interface ProbeResult {
  /** On the register of key persons (R-P5). */
  keyPerson: boolean;
  repeat: RepeatMatch | null;
}

interface CandidateRow {
  key_person?: boolean;
  id: string | null;
  tracking_code: string;
  status: Petition['status'];
  title: string;
  content_head: string;
  respondent_unit_id: string | null;
  repeat_of_id: string | null;
  submitter_account_id: string | null;
  open_due_at: Date | string | null;
  handling_unit_id: string;
  category_code: string;
  region_code: string;
  received_at: Date | string;
}

const CANDIDATE_COLUMNS = `p.id, p.tracking_code, p.status, p.title, left(p.content, 1000) as content_head,
  p.respondent_unit_id, p.repeat_of_id, p.submitter_account_id, p.category_code, p.region_code, p.received_at,
  coalesce(p.lead_unit_id, p.receiving_unit_id) as handling_unit_id,
  (select min(d.due_at) from petitions.deadline d where d.petition_id = p.id and d.met_at is null and d.closed_at is null and d.due_at > now()) as open_due_at`;

const toCandidate = (r: CandidateRow): RepeatCandidate => ({
  id: r.id!,
  trackingCode: r.tracking_code,
  status: r.status,
  title: r.title,
  contentHead: r.content_head,
  respondentUnitId: r.respondent_unit_id,
  repeatOfId: r.repeat_of_id,
  submitterAccountId: r.submitter_account_id,
  openDueAt: r.open_due_at ? new Date(r.open_due_at) : null,
  handlingUnitId: r.handling_unit_id,
  categoryCode: r.category_code,
  regionCode: r.region_code,
  receivedAt: new Date(r.received_at),
});

/**
 * One round trip before registration: is a petitioner on the key-person register, and which
 * earlier petitions could this repeat — the same person (a shared phone or ID number of a
 * petitioner, so also the same principal brought by an agent; for an anonymous report, the
 * same unit reported on). The text then decides "basically the same matter" (R-P4).
 * (MikroORM expands an array parameter into a list, hence `in (?)` only for non-empty ones.)
 */
export async function probeRepeat(em: EntityManager, probe: RepeatProbe): Promise<ProbeResult> {
  const since = new Date(probe.receivedAt.getTime() - REPEAT_DEFAULTS.lookbackDays * 86_400_000);
  const { phoneHashes, idNumberHashes } = probe;
  const anyOf = (column: string, prefix: string) =>
    [
      ...(phoneHashes.length ? [`${prefix}phone_hash in (?)`] : []),
      ...(idNumberHashes.length ? [`${prefix}id_number_hash in (?)`] : []),
    ].join(' or ') || column;
  const hashParams = [...(phoneHashes.length ? [phoneHashes] : []), ...(idNumberHashes.length ? [idNumberHashes] : [])];
  const identified = hashParams.length > 0;
  let candidates: string;
  let candidateParams: unknown[];
  if (identified) {
    candidates = `select ${CANDIDATE_COLUMNS} from petitions.petition p
      where p.received_at >= ? and p.id in (
        select t.petition_id from petitions.petitioner t where t.role <> 'AGENT' and (${anyOf('false', 't.')}))
      order by p.received_at desc limit ?`;
    candidateParams = [since, ...hashParams, REPEAT_DEFAULTS.maxCandidates];
  } else if (probe.kind === PetitionKind.REPORT && probe.respondentUnitId) {
    candidates = `select ${CANDIDATE_COLUMNS} from petitions.petition p
      where p.kind = 'REPORT' and p.respondent_unit_id = ? and p.received_at >= ?
      order by p.received_at desc limit ?`;
    candidateParams = [probe.respondentUnitId, since, REPEAT_DEFAULTS.maxCandidates];
  } else {
    return { keyPerson: false, repeat: null };
  }
  const rows = await em.getConnection().execute<CandidateRow[]>(
    `with kp as (select ${identified ? `exists (select 1 from petitions.key_person k where k.removed_at is null and (${anyOf('false', 'k.')}))` : 'false'} as key_person)
     select kp.key_person, c.* from kp left join lateral (${candidates}) c on true`,
    [...(identified ? hashParams : []), ...candidateParams],
  );
  const keyPerson = Boolean(rows[0]?.key_person);
  let best: RepeatMatch | null = null;
  for (const candidate of rows.filter((r: CandidateRow) => r.id).map(toCandidate)) {
    if (probe.respondentUnitId && candidate.respondentUnitId && candidate.respondentUnitId !== probe.respondentUnitId)
      continue;
    const similarity = repeatScore(probe, { ...candidate, text: `${candidate.title} ${candidate.contentHead}` });
    if (similarity >= REPEAT_DEFAULTS.score && (!best || similarity > best.similarity))
      best = { original: candidate, similarity };
  }
  if (!best?.original.repeatOfId) return { keyPerson, repeat: best };
  // link to the first of the chain, so every repeat points at the same original
  const [root] = await em
    .getConnection()
    .execute<CandidateRow[]>(`select ${CANDIDATE_COLUMNS} from petitions.petition p where p.id = ?`, [
      best.original.repeatOfId,
    ]);
  return { keyPerson, repeat: root ? { original: toCandidate(root), similarity: best.similarity } : best };
}
