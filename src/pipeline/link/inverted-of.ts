// "the Finance Ministry" is "the Ministry of Finance", "the Defense Department" is "the Department
// of Defense" (GATE MatchRule10): an organization named "Head of X" joins the one named "X Head" in
// the same document. Only short complements ("of Finance", "of the Interior"), so "Bank of America"
// does not look for an "America Bank".

import { joinGroups, NameGroup } from './groups';

const MAX_COMPLEMENT_WORDS = 3;

export function joinInvertedOf(groups: NameGroup[]): void {
  const byKey = new Map<string, NameGroup>();
  for (const group of groups) if (group.type === 'organization') byKey.set(group.key, group);
  for (const group of groups) {
    if (group.type !== 'organization' || group.words.length < 3 || group.words[1] !== 'of') continue;
    let complement = group.words.slice(2);
    if (complement[0] === 'the') complement = complement.slice(1);
    if (complement.length === 0 || complement.length > MAX_COMPLEMENT_WORDS || complement.includes('of')) continue;
    const inverted = byKey.get(`${complement.join(' ')} ${group.words[0]}`);
    if (inverted && inverted !== group && !group.apart?.has(inverted.key)) joinGroups(inverted, group, 'inverted-of');
  }
}
