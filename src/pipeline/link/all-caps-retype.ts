// One sense per document: "NAZARBAYEV" in a headline, taken for an acronym of an organization,
// is the person Nursultan Nazarbayev named in the story (GATE retypes an unknown capitalised token
// that matches an earlier Person). Only organizations all of whose mentions are in capitals are
// retyped: a place is left alone, "WASHINGTON" in a dateline is the city, not George Washington.

import { distinctRoots, joinGroups, NameGroup, rootOf } from './groups';
import { isAllCaps } from './names';

export function joinAllCapsToPersons(groups: NameGroup[], byEnding: Map<string, NameGroup[]>): void {
  const fullNames = new Map<string, NameGroup>();
  for (const group of groups) if (group.type === 'person' && group.words.length >= 2) fullNames.set(group.key, group);
  for (const group of groups) {
    if (group.type !== 'organization' || rootOf(group) !== group) continue;
    if (!group.mentions.every((m) => isAllCaps(m.mention.text))) continue;
    const full = fullNames.get(group.key);
    const candidates = full ? [full] : distinctRoots(byEnding.get(group.key) ?? []);
    if (candidates.length === 1) {
      joinGroups(group, candidates[0], 'all-caps-person');
      group.type = 'person';
    }
  }
}
