// A place that opens a longer name is no place of its own: "the Nevada Caucus", "the Oslo Quartet",
// "the Kellby Municipal Hospital", "the Lyon Uprising". When a known place is
// followed, in the same run of capitals, by an ordinary word that is no title, the place only
// qualifies that name (an organization, a building, an event we may not know), and reporting it
// as a place mention would be wrong. Titles are the exception: "U.S. President X", "Ohio Governor
// X", "U.S. District Judge X" keep their place. So is a country's letters glued to a dollar sign:
// "HK$40 million", "NZ$8 million" name a currency. So does a place that opens a run of capitals
// whose next word no rule typed and no list knows as a name, a place, a time or a title ("the
// Velmora Zavrenta coalition", "the Tarnley Auvanto Group"): the gazetteer's or the story's reading of
// the place's word is then only a guess inside a name we do not know. So is a place right after such a
// word in ordinary case ("the Auvanto Kenya unit", "the Tarvosk Velmora exchange"), unless the place is a
// country or a region after a preposition and a town's name ("talks in Velno Egypt") or a hyphen
// follows it ("the Velno China-Peru venture").

import { Doc, Mention } from '../../model';
import { FLAGS, PLACE_FLAGS } from '../../lexicon';
import { titlesFrom } from '../recognize/titles';
import { phraseFlags, tokenFlags } from '../recognize/gazetteer';

/** The rules that type a place by its name alone, with no word around it saying so */
const NAME_ONLY_RULES = new Set(['place.gazetteer', 'place.one-sense']);
/** How many capitalized words after the place a title may come: "Ohio Agriculture Secretary" */
const MAX_WORDS_BEFORE_TITLE = 2;
/** A word that may follow a place without making it a modifier: a name, a place, a time, a title (nor open an unknown name's run in one-sense.ts) */
export const NOT_MODIFIED = FLAGS.given | FLAGS.surname | FLAGS.person | PLACE_FLAGS | FLAGS.time | FLAGS.demonym | FLAGS.title | FLAGS.titleModifier;

/** What the next word of an unknown name may not be: also a word, a name, a place, a time or a title */
const NOT_UNKNOWN = FLAGS.common | NOT_MODIFIED | FLAGS.notName;
/** What the word before such a place may not be: also a word, a people, a title or a first name */
const NOT_UNKNOWN_BEFORE = FLAGS.common | FLAGS.demonym | FLAGS.title | FLAGS.titleModifier | FLAGS.given | FLAGS.notName;
/** Prepositions before a town and its country or region: "in Velno Egypt" (wider than places.ts's TOWN_PREPOSITIONS) */
const BEFORE_TOWN_AND_COUNTRY = new Set(['in', 'at', 'near', 'from', 'of', 'to', 'outside']);

export function withoutPlaceModifiers(doc: Doc, mentions: Mention[]): Mention[] {
  // the tokens some mention holds: a word no rule typed is no name we know
  const typed = new Uint8Array(doc.tokens.length);
  for (const m of mentions) typed.fill(1, m.tokenStart, m.tokenEnd);
  return mentions.filter((m) => m.type !== 'place' || !NAME_ONLY_RULES.has(m.rule) || !(opensLongerName(doc, m) || isCurrencyPrefix(doc, m) || opensUnknownName(doc, m, typed) || endsUnknownName(doc, m, typed)));
}

/** "HK$", "NZ$", "US$": the place's letters and a dollar sign with no space between */
function isCurrencyPrefix(doc: Doc, m: Mention): boolean {
  const sign = doc.tokens[m.tokenEnd];
  return sign !== undefined && sign.text === '$' && sign.start === m.end;
}

function opensLongerName(doc: Doc, m: Mention): boolean {
  if (!isCapitalizedWordAfter(doc, m.tokenEnd)) return false;
  const flags = tokenFlags(doc.tokens[m.tokenEnd]);
  if (!(flags & FLAGS.common) || flags & NOT_MODIFIED) return false;
  return !titleAfter(doc, m);
}

/**
 * "the Velmora Zavrenta coalition": the place's word before a capitalized word that no rule typed
 * and no list knows ("Velmora Harbour" is the common-word case above; "Velmora Ivo Brenn", "Velmora
 * Monday" and "Velmora Governor X" keep their place)
 */
function opensUnknownName(doc: Doc, m: Mention, typed: Uint8Array): boolean {
  if (!isCapitalizedWordAfter(doc, m.tokenEnd) || typed[m.tokenEnd]) return false;
  if (tokenFlags(doc.tokens[m.tokenEnd]) & NOT_UNKNOWN) return false;
  return !titleAfter(doc, m);
}

/** "the Auvanto Kenya unit": the place's word after a capitalized word that no rule typed, inside its sentence */
function endsUnknownName(doc: Doc, m: Mention, typed: Uint8Array): boolean {
  const tokens = doc.tokens;
  const first = tokens[m.tokenStart];
  const prev = tokens[m.tokenStart - 1];
  if (!prev || prev.sentence !== first.sentence || prev.shape !== 'title' || first.start !== prev.end + 1 || typed[m.tokenStart - 1]) return false;
  const sentence = doc.sentences[first.sentence - doc.sentences[0].index];
  if (sentence?.allCaps || sentence?.titleCase) return false;
  // (not after a possessive or a hyphenated word: "Friday's Velmora", "Tarvosk-held Velmora")
  if (/['’-]/.test(prev.text)) return false;
  // (nor after a sentence's first word, which has its capital anyway)
  const before = tokens[m.tokenStart - 2];
  if (!before || before.sentence !== first.sentence || /^[.!?:;"“”]$/.test(before.text)) return false;
  if (tokenFlags(prev) & NOT_UNKNOWN_BEFORE) return false;
  const after = tokens[m.tokenEnd];
  if (after && after.text === '-' && !after.spaceBefore) return false;
  return !(phraseFlags(doc, m.tokenStart, m.tokenEnd) & (FLAGS.country | FLAGS.region) && BEFORE_TOWN_AND_COUNTRY.has(before.lower));
}

/**
 * Is token i a capitalized word right after token i - 1, one space on, in its sentence, a sentence
 * in ordinary case, and not after an abbreviation's full stop?
 */
export function isCapitalizedWordAfter(doc: Doc, i: number): boolean {
  const tokens = doc.tokens;
  const last = tokens[i - 1];
  const next = tokens[i];
  if (!next || !last || next.sentence !== last.sentence || next.shape !== 'title' || next.start !== last.end + 1) return false;
  // in a headline or a wire's capitals every word is capitalized
  const sentence = doc.sentences[last.sentence - doc.sentences[0].index];
  if (sentence?.allCaps || sentence?.titleCase) return false;
  // "U.S." may end its sentence ("... in the U.S. Yesterday ...")
  return !last.text.endsWith('.');
}

/** "Tarnley District Judge Ann Vell", "Ohio Agriculture Secretary X": a title a word or two on */
function titleAfter(doc: Doc, m: Mention): boolean {
  const tokens = doc.tokens;
  const sentence = tokens[m.tokenEnd - 1].sentence;
  for (let i = m.tokenEnd; i < Math.min(m.tokenEnd + MAX_WORDS_BEFORE_TITLE + 1, tokens.length); i++) {
    if (tokens[i].shape !== 'title' || tokens[i].sentence !== sentence) break;
    if (titlesFrom(doc, i)) return true;
  }
  return false;
}
