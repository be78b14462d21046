// A company named with and without its legal form is one company: "Lockheed Corp." ... "Lockheed",
// "Northern Grain Holdings Ltd" ... "Northern Grain Holdings". The short form joins the long one
// (which names the entity). Only the legal form is dropped: "Gazprom Neft" is not "Gazprom".
// So is a newspaper with and without the "The" of its title ("The Velmora Post" ... "the Velmora
// Post": refine/paper-titles.ts).

import { FLAGS, has } from '../../lexicon';
import { joinGroups, NameGroup } from './groups';

/** The key of an organization name without a trailing legal form, or null when it has none. */
export function withoutLegalForm(words: readonly string[]): string | null {
  if (words.length < 2 || !has(words[words.length - 1], FLAGS.legalSuffix)) return null;
  return words.slice(0, -1).join(' ');
}

/** The key of an organization name without its opening "The", or null when it has none. */
function withoutOpeningThe(words: readonly string[]): string | null {
  return words.length > 2 && words[0] === 'the' ? words.slice(1).join(' ') : null;
}

export function joinLegalForms(groups: NameGroup[]): void {
  const byKey = new Map<string, NameGroup>();
  for (const group of groups) if (group.type === 'organization') byKey.set(group.key, group);
  for (const group of groups) {
    if (group.type !== 'organization') continue;
    const short = withoutLegalForm(group.words) ?? withoutOpeningThe(group.words);
    const plain = short === null ? undefined : byKey.get(short);
    if (plain && plain !== group && !group.apart?.has(plain.key)) joinGroups(plain, group, 'legal-form');
  }
}
