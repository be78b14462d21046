// A second spelling of a surname the story already gave with a first name: "Abai Nazarov ...
// Nazzarov said" (transliterations of one name differ by a doubled letter, "-ov"/"-off", "kh"/"h",
// "y"/"i"). No list knows the variant, so no other rule found it; a capitalized word one plausible
// edit or one transliteration step from exactly one person's surname in the document is that
// person. The linker joins it to the person and keeps the spelling among the aliases.

import { Doc, Mention } from '../../model';
import { FLAGS, PLACE_FLAGS } from '../../lexicon';
import { plausibleSpellingVariant, transliterationKey } from '../link/edit-distance';
import { tokenFlags } from '../recognize/gazetteer';
import { coveredTokens, mentionFromTokens, newMentions } from '../recognize/mention';
import { ScratchBytes } from '../recognize/scratch';

/** Shorter words are too often two names ("Dae", "Doe") */
const MIN_LENGTH = 4;
/** What the variant must not be known as */
const NOT_SURNAME = PLACE_FLAGS | FLAGS.organization | FLAGS.demonym | FLAGS.title | FLAGS.time | FLAGS.notName | FLAGS.orgHead | FLAGS.legalSuffix | FLAGS.given;

const coveredScratch = new ScratchBytes();

export function refineSurnameVariants(doc: Doc): Mention[] {
  const tokens = doc.tokens;
  // surnames of the full person names found so far, with their transliteration keys
  const surnameKeys = new Map<string, string>();
  const firstLetters = new Set<string>();
  for (const m of doc.annotations) {
    // (the last guess for an unknown two-word name counts: the variant must be that close to it)
    if (m.type !== 'person' || m.strength < 0.4 || m.tokenEnd - m.tokenStart < 2) continue;
    const last = tokens[m.tokenEnd - 1];
    if (last.shape !== 'title' || last.lower.length < MIN_LENGTH || surnameKeys.has(last.lower)) continue;
    const key = transliterationKey(last.lower);
    surnameKeys.set(last.lower, key);
    firstLetters.add(key[0]);
  }
  if (surnameKeys.size === 0) return [];
  const covered = coveredTokens(doc, (m) => m.type !== 'date' && m.strength >= 0.5, coveredScratch);
  const found = newMentions();
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (covered[i] || token.shape !== 'title' || token.lower.length < MIN_LENGTH || surnameKeys.has(token.lower)) continue;
    // an ordinary word is a variant only where a list knows it as a surname too ("Bakker"/"Baker")
    const flags = tokenFlags(token);
    if (flags & NOT_SURNAME || (flags & FLAGS.common && !(flags & FLAGS.surname))) continue;
    // a part of a longer capitalized name ("Nazzarov Street") is not the person
    const next = tokens[i + 1];
    if (next && next.sentence === token.sentence && next.shape === 'title') continue;
    // the surnames one plausible edit or one transliteration step away (keys computed once per
    // word, and only for words that open like one of the surnames: most words don't)
    if (!firstLetters.has(firstKeyLetter(token.lower))) continue;
    const key = transliterationKey(token.lower);
    let matches = 0;
    for (const [surname, surnameKey] of surnameKeys) {
      if (surnameKey === key || (Math.abs(surname.length - token.lower.length) <= 1 && plausibleSpellingVariant(token.lower, surname))) matches++;
    }
    if (matches === 1) found.push(mentionFromTokens(doc, 'person', i, i + 1, 'person.spelling-variant', 0.7));
  }
  return found;
}

/** The first letter of a word's transliteration key, without computing the key ("Dzh..." -> "j") */
function firstKeyLetter(word: string): string {
  if (word.startsWith('dzh')) return 'j';
  if (word.startsWith('kh')) return 'h';
  return word[0] === 'y' ? 'i' : word[0];
}
