// A short name joins the one full name it ends: "Epstein", "EPSTEIN", "Mr. Epstein" and "Epstein's"
// (already reduced to "epstein" by their key) are Jeffrey Epstein; "von der Leyen" is Ursula von der
// Leyen (GATE MatchRule15; pyprocessors-coreference). The full name may come before or after.
// A first name alone never joins ("Karim" is not Karim Massimov: two people in a family share it
// as easily). With "Emmanuel Macron" and "Brigitte Macron" in one story, "Macron" stays a name of
// its own and lists both as candidates instead of guessing.

import { distinctRoots, joinGroups, NameGroup, rootOf } from './groups';
import { isInitial } from './names';

/** Index every proper ending of every full person name: "jeffrey e epstein" -> "e epstein", "epstein". */
export function indexNameEndings(groups: NameGroup[]): Map<string, NameGroup[]> {
  const byEnding = new Map<string, NameGroup[]>();
  for (const group of groups) {
    if (group.type !== 'person' || group.words.length < 2) continue;
    for (let i = 1; i < group.words.length; i++) {
      // an ending that starts with an initial ("E. Epstein") is a different name's first name
      if (isInitial(group.words[i])) continue;
      const ending = group.words.slice(i).join(' ');
      const list = byEnding.get(ending);
      if (!list) byEnding.set(ending, [group]);
      else if (!list.includes(group)) list.push(group);
    }
  }
  return byEnding;
}

export function joinShortForms(groups: NameGroup[], byEnding: Map<string, NameGroup[]>): void {
  // shorter names last, so that "Leyen" meets "von der Leyen" already joined to the full name
  const persons = groups
    .filter((group) => group.type === 'person')
    .sort((a, b) => b.words.length - a.words.length || a.id - b.id);
  for (const group of persons) {
    if (rootOf(group) !== group) continue;
    const candidates = distinctRoots(byEnding.get(group.words.join(' ')) ?? [], group);
    if (candidates.length === 1) joinGroups(group, candidates[0], 'surname');
    else if (candidates.length > 1) group.candidates = candidates;
  }
}
