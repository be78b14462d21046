// Full names that say less than another full name of the same person: "J. Epstein" and
// "Jeffrey E. Epstein" are "Jeffrey Edward Epstein" (GATE MatchRule16, token subset); "Bill Clinton"
// is "William Jefferson Clinton". Same surname, a compatible first name (equal, an initial of it, or
// its everyday short form: nicknames.ts) and middle names found in order in the
// longer name. "J. Smith" with both "John Smith" and "Jane Smith" in the story joins neither.

import { distinctRoots, joinGroups, NameGroup } from './groups';
import { isInitial } from './names';
import { isNicknamePair } from './nicknames';
import { FLAGS, lookup } from '../../lexicon';

function compatible(short: string, long: string): boolean {
  return short === long || (isInitial(short) && long.startsWith(short)) || isNicknamePair(short, long);
}

/** Does name a say no more than name b (and is it a different name)? */
function subsumedBy(a: string[], b: string[]): boolean {
  if (a.length > b.length || a.join(' ') === b.join(' ')) return false;
  if (a[a.length - 1] !== b[b.length - 1] || !compatible(a[0], b[0])) return false;
  // middle words of a, in order, among the middle words of b
  let j = 1;
  for (let i = 1; i < a.length - 1; i++) {
    while (j < b.length - 1 && !compatible(a[i], b[j])) j++;
    if (j >= b.length - 1) return false;
    j++;
  }
  return true;
}

// A surname shared by hundreds of full names in one document is a list, not a story: skip it
// rather than compare every pair.
const MAX_BUCKET = 200;

export function joinNameSubsets(groups: NameGroup[]): void {
  const bySurname = new Map<string, NameGroup[]>();
  for (const group of groups) {
    if (group.type !== 'person' || group.words.length < 2) continue;
    const surname = group.words[group.words.length - 1];
    const list = bySurname.get(surname) ?? [];
    list.push(group);
    bySurname.set(surname, list);
  }
  joinGivenNamePrefixes(groups);
  for (const bucket of bySurname.values()) {
    if (bucket.length < 2 || bucket.length > MAX_BUCKET) continue;
    for (const group of bucket) {
      // the most specific names that contain this one
      const wider = bucket.filter((other) => subsumedBy(group.words, other.words));
      const maximal = wider.filter((w) => !wider.some((o) => o !== w && subsumedBy(w.words, o.words)));
      // join only when every reading of the name is one person
      const roots = distinctRoots(maximal, group);
      if (roots.length === 1) joinGroups(group, roots[0], 'name-subset');
      else if (roots.length > 1 && group.words.length === 2 && isInitial(group.words[0])) group.candidates = maximal;
    }
  }
}

/**
 * "Pablo Andres" beside "Pablo Andres Ferrel": two first names without the surname are the one
 * longer name of the story that opens with them (the last of the two a known first name, so
 * "Pablo Ferrel" is no prefix of "Pablo Ferrel Ruiz" here).
 */
function joinGivenNamePrefixes(groups: NameGroup[]): void {
  const persons = groups.filter((g) => g.type === 'person');
  for (const group of persons) {
    if (group.words.length !== 2 || !(lookup(group.words[1]) & FLAGS.given) || lookup(group.words[1]) & FLAGS.surname) continue;
    const longer = persons.filter((o) => o.words.length > 2 && o.words[0] === group.words[0] && o.words[1] === group.words[1]);
    const roots = distinctRoots(longer, group);
    if (roots.length === 1) joinGroups(group, roots[0], 'name-subset');
  }
}
