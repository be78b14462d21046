// Streets and squares of German, Dutch and the Nordic languages, written as one word with the
// street's kind at its end ("Velmarstraße", "Tarnsgata", "Orvenweg", "Kesselplein"): the ending
// says street where no list knows the word.
import { Token } from '../../model';
import { isUnlisted } from './gazetteer';
import { endsWithAfterStem } from './word-endings';

/**
 * Endings of one-word streets, squares, quays and embankments: German ("-straße", "-gasse",
 * "-allee", "-weg", "-damm", "-ufer", "-platz"), Dutch ("-straat", "-gracht", "-dijk", "-kade",
 * "-kaai", "-plein") and Nordic ("-gata", "-gatan", "-gaten", "-gade", "-veien", "-vegen", "-vägen",
 * "-avenyn", "-torget"). (Not "-ring" or "-laan" alone: "Spring", "Ludlaan"; "-Ring" after a hyphen is.)
 */
const STREET_ENDINGS = [
  'straße', 'strasse', 'gasse', 'allee', 'weg', 'damm', 'ufer', 'platz',
  'straat', 'gracht', 'dijk', 'kade', 'kaai', 'plein',
  'gata', 'gatan', 'gaten', 'gade', 'veien', 'vegen', 'vägen', 'avenyn', 'torget',
  '-ring',
];
/** Letters a word must have before its ending: a name's own part ("Weg" or "Damm" alone is no street) */
const MIN_STEM = 3;

/** Words before a family's name, which may end as a street does ("née Wesseldijk") */
const BIRTH_NAME_WORDS = new Set(['née', 'nee', 'born']);
/** Words after a family's or a firm's name ("the Hollweg family") */
const FAMILY_WORDS = new Set(['family', 'families', 'brothers']);

/**
 * Is token i one title-case word no list knows, ending in a street's kind of another language,
 * after a lower-case word of its sentence ("on Tarnsgata", "the Orvenweg")? Surnames end so too
 * ("Hollweg", "Wesseldijk"): not at a sentence's start, after "née" or before "family".
 */
export function isCompoundStreetWord(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i];
  if (token.shape !== 'title' || !isUnlisted(token)) return false;
  const before = tokens[i - 1];
  if (!before || before.sentence !== token.sentence || before.shape !== 'lower' || BIRTH_NAME_WORDS.has(before.lower)) return false;
  if (FAMILY_WORDS.has(tokens[i + 1]?.lower ?? '')) return false;
  return endsWithAfterStem(token.lower, STREET_ENDINGS, MIN_STEM);
}
