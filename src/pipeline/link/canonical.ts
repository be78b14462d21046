// Which of an entity's names is its name: a fixed one (project file, abbreviation table) if any;
// else not in capitals ("Karim Massimov", not "KARIM MASSIMOV"), the most words that are more than
// an initial ("Jeffrey Epstein" over "Epstein" and "J. Epstein"), then the most words ("A. Hollioake"
// over "Hollioake"), the most mentions ("Massimov" x3 over "Masimov" x1), the first seen.

import { NameGroup } from './groups';
import { fullWordCount, isAllCaps } from './names';

interface Candidate {
  name: string;
  count: number;
  first: number;
  words: number;
  allWords: number;
  caps: boolean;
}

export function chooseCanonicalName(root: NameGroup, members: NameGroup[]): string {
  if (root.fixedName) return root.fixedName;
  // most entities are written one way only: no map for them
  const only = onlyName(members);
  if (only !== null) return only;
  const byName = new Map<string, Candidate>();
  for (const group of members) {
    for (const { mention, name } of group.mentions) {
      const found = byName.get(name);
      if (found) {
        found.count++;
        if (mention.start < found.first) found.first = mention.start;
      } else {
        // words and caps are counted below, only where there is a choice
        byName.set(name, { name, count: 1, first: mention.start, words: 0, allWords: 0, caps: false });
      }
    }
  }
  // most entities are written one way only
  if (byName.size === 1) return byName.keys().next().value as string;
  const candidates = [...byName.values()];
  for (const candidate of candidates) {
    candidate.words = fullWordCount(candidate.name);
    candidate.allWords = candidate.name.split(' ').length;
    candidate.caps = isAllCaps(candidate.name);
  }
  const ranked = candidates.sort(
    (a, b) => Number(a.caps) - Number(b.caps) || b.words - a.words || b.allWords - a.allWords || b.count - a.count || a.first - b.first,
  );
  return ranked[0].name;
}

/** The name all the groups' mentions have, or null where they have two or more (or none). */
function onlyName(members: NameGroup[]): string | null {
  let only: string | null = null;
  for (const group of members) {
    for (const { name } of group.mentions) {
      if (only === null) only = name;
      else if (name !== only) return null;
    }
  }
  return only;
}
