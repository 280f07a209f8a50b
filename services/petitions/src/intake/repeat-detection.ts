import type { EntityManager } from '@mikro-orm/core';
import { PetitionKind } from '@tjxf/domain';
import { PetitionEntity, type Petition } from '../petition/petition.entity.js';
import { PetitionerEntity, PetitionerRole } from '../petition/petitioner.entity.js';
import { textSimilarity } from '../search/tokens.js';

/** Defaults of repeat detection (R-P4). */
export const REPEAT_DEFAULTS = {
  /** How far back an earlier petition counts. */
  lookbackDays: 3 * 365,
  /** Bigram Dice similarity of title and content from which two matters are "basically the same". */
  similarity: 0.5,
  maxCandidates: 50,
} as const;

export interface RepeatProbe {
  kind: PetitionKind;
  phoneHashes: string[];
  idNumberHashes: string[];
  respondentUnitId: string | null;
  text: string;
}

export interface RepeatMatch {
  original: Petition;
  similarity: number;
}

/**
 * Finds the original of a repeat petition: the same person (a shared phone or ID number of a
 * petitioner, so also the same principal brought by an agent; for an anonymous report, the
 * same unit reported on) and basically the same matter (similar text, same respondent).
 */
export async function findOriginal(
  em: EntityManager,
  probe: RepeatProbe,
  now = new Date(),
): Promise<RepeatMatch | null> {
  const since = new Date(now.getTime() - REPEAT_DEFAULTS.lookbackDays * 86_400_000);
  let candidates: Petition[];
  if (probe.phoneHashes.length || probe.idNumberHashes.length) {
    const people = await em.find(
      PetitionerEntity,
      {
        $or: [
          ...(probe.phoneHashes.length ? [{ phoneHash: { $in: probe.phoneHashes } }] : []),
          ...(probe.idNumberHashes.length ? [{ idNumberHash: { $in: probe.idNumberHashes } }] : []),
        ],
        role: { $ne: PetitionerRole.AGENT },
        petition: { receivedAt: { $gte: since } },
      },
      { populate: ['petition'], limit: REPEAT_DEFAULTS.maxCandidates, orderBy: { petition: { receivedAt: 'desc' } } },
    );
    candidates = [...new Map(people.map((p) => [p.petition.id, p.petition as Petition])).values()];
  } else if (probe.kind === PetitionKind.REPORT && probe.respondentUnitId) {
    candidates = await em.find(
      PetitionEntity,
      { kind: PetitionKind.REPORT, respondentUnitId: probe.respondentUnitId, receivedAt: { $gte: since } },
      { limit: REPEAT_DEFAULTS.maxCandidates, orderBy: { receivedAt: 'desc' } },
    );
  } else {
    return null;
  }
  let best: RepeatMatch | null = null;
  for (const candidate of candidates) {
    if (probe.respondentUnitId && candidate.respondentUnitId && candidate.respondentUnitId !== probe.respondentUnitId)
      continue;
    const similarity = textSimilarity(probe.text, `${candidate.title} ${candidate.content}`);
    if (similarity >= REPEAT_DEFAULTS.similarity && (!best || similarity > best.similarity))
      best = { original: candidate, similarity };
  }
  if (!best) return null;
  // link to the first of the chain, so every repeat points at the same original
  const root = best.original.repeatOf ? await em.findOne(PetitionEntity, best.original.repeatOf.id) : null;
  return root ? { original: root, similarity: best.similarity } : best;
}
