import { PEOPLE, type Matter, type Telling } from './matters.js';

/** Two petitions and whether the second repeats the first (the same matter). */
export interface LabelledPair {
  a: Telling & Pick<Matter, 'categoryCode' | 'regionCode'>;
  b: Telling & Pick<Matter, 'categoryCode' | 'regionCode'>;
  repeat: boolean;
  /** Why: `same matter`, `same person, other matter`, `other person`. */
  kind: 'same matter' | 'same person, other matter' | 'other person';
}

const side = (m: Matter, i: number) => ({ ...m.tellings[i]!, categoryCode: m.categoryCode, regionCode: m.regionCode });

/**
 * The pairs of the set: every two tellings of one matter (repeats); for each two matters of
 * one person, each telling against the same and the next telling of the other (not repeats,
 * and the hard ones: same person, street and field); and each matter against a matter of the
 * next person (not repeats).
 */
export function labelledPairs(): LabelledPair[] {
  const pairs: LabelledPair[] = [];
  const matters = PEOPLE.flatMap((p) => p.matters);
  for (const m of matters)
    for (let i = 0; i < 4; i++)
      for (let j = i + 1; j < 4; j++) pairs.push({ a: side(m, i), b: side(m, j), repeat: true, kind: 'same matter' });
  for (const person of PEOPLE)
    for (let x = 0; x < 3; x++)
      for (let y = x + 1; y < 3; y++)
        for (let i = 0; i < 4; i++)
          for (const j of [i, (i + 1) % 4])
            pairs.push({
              a: side(person.matters[x]!, i),
              b: side(person.matters[y]!, j),
              repeat: false,
              kind: 'same person, other matter',
            });
  matters.forEach((m, k) => {
    const other = matters[(k + 3) % matters.length]!;
    pairs.push({ a: side(m, k % 4), b: side(other, (k + 1) % 4), repeat: false, kind: 'other person' });
  });
  return pairs;
}
