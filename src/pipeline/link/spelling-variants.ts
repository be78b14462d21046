// One spelling of a long surname next to another in the same story: "Massimov" and "Masimov"
// (a doubled letter lost in transliteration), "Nazarbayev" and "Nazarbaev" (not "Bolton" and
// "Boston": two different consonants make two names, see plausibleSpellingVariant). When the variant has
// no other candidate it joins, and its spelling is kept among the entity's aliases. Short names
// are left alone: "Dae" and "Doe" are as likely two people as one typo.

import { OneEditIndex, plausibleSpellingVariant, sameNameSpelling } from './edit-distance';
import { distinctRoots, joinGroups, NameGroup, rootOf } from './groups';

export const MIN_VARIANT_LENGTH = 6;
/** the rule of refine/surname-variants.ts, which recognizes a second spelling beside a full name */
const VARIANT_RULE = 'person.spelling-variant';

function surnameOf(group: NameGroup): string {
  return group.words[group.words.length - 1];
}

/** "Karim Masimov" joins "Karim Massimov": every word equal but a long surname one edit apart. */
export function joinFullNameVariants(groups: NameGroup[]): void {
  const persons = groups.filter((g) => g.type === 'person' && g.words.length >= 2 && surnameOf(g).length >= MIN_VARIANT_LENGTH);
  // Only names with the same words before the surname can be variants: they are indexed together,
  // and a document where no two full names share their given names (most) builds no index at all.
  if (persons.length < 2) return;
  const givens = persons.map((group) => group.words.slice(0, -1).join(' '));
  const byGiven = new Map<string, NameGroup[]>();
  persons.forEach((group, i) => {
    const same = byGiven.get(givens[i]);
    if (same) same.push(group);
    else byGiven.set(givens[i], [group]);
  });
  if (byGiven.size === persons.length) return;
  const indexes = new Map<string, OneEditIndex<NameGroup>>();
  for (let i = 0; i < persons.length; i++) {
    const group = persons[i];
    const given = givens[i];
    const same = byGiven.get(given) as NameGroup[];
    if (same.length < 2) continue;
    let index = indexes.get(given);
    if (index === undefined) {
      index = new OneEditIndex<NameGroup>();
      for (const other of same) index.add(other.words.join(' '), other);
      indexes.set(given, index);
    }
    const matches = index
      .find(group.words.join(' '))
      .filter(({ item }) => plausibleSpellingVariant(surnameOf(group), surnameOf(item)))
      .map(({ item }) => item);
    const roots = distinctRoots(matches, group);
    if (roots.length === 1) joinGroups(group, roots[0], 'spelling-variant');
  }
}

/** "Masimov" alone joins the one person whose surname (or single name) is one edit from it. */
export function joinSurnameVariants(groups: NameGroup[]): void {
  const persons = groups.filter((g) => g.type === 'person');
  // only a one-word name joins here, and most documents have none
  if (!persons.some((g) => g.words.length === 1)) return;
  // a word that begins a full name is a given name here: "Michael" must not join "Tom Michaels"
  const givenNames = new Set(persons.filter((g) => g.words.length >= 2).map((g) => g.words[0]));
  // built when the first one-word name asks: most documents have none that needs it
  let index: OneEditIndex<NameGroup> | null = null;
  const surnames = (): OneEditIndex<NameGroup> => {
    if (index !== null) return index;
    index = new OneEditIndex<NameGroup>();
    for (const group of persons) {
      const surname = surnameOf(group);
      if (surname.length >= MIN_VARIANT_LENGTH && !(group.words.length === 1 && givenNames.has(surname))) index.add(surname, group);
    }
    return index;
  };
  for (const group of persons) {
    if (group.words.length !== 1 || rootOf(group) !== group || group.candidates) continue;
    const word = group.words[0];
    if (givenNames.has(word)) continue;
    // a variant the recognizers found as one ("person.spelling-variant") joins the surname it was
    // found beside, whatever its length or transliteration; other one-word names need a long
    // name one plausible edit away
    const recognized = group.mentions.some(({ mention }) => mention.rule === VARIANT_RULE);
    if (!recognized && word.length < MIN_VARIANT_LENGTH) continue;
    const near = recognized
      ? persons.filter((other) => other.words.length >= 2 && sameNameSpelling(word, surnameOf(other)))
      : surnames().find(word).filter((found) => plausibleSpellingVariant(word, found.word)).map(({ item }) => item);
    const roots = distinctRoots(near, group);
    if (roots.length === 1) joinGroups(group, roots[0], 'spelling-variant');
  }
}
