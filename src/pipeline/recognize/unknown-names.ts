// The last guess for a capitalized name no rule typed: in news, an unknown name of two or three
// title-case words in running text is most often a person ("Vodran Ulivek of the Harbour Club"). Weak, so any typed mention of the same span wins, and the
// one-sense refiner can still retype it from evidence elsewhere in the document.

import { Doc, Mention } from '../../model';
import { FLAGS, lookup } from '../../lexicon';
import { withoutAccents } from '../../lexicon/fold';
import { afterNationality, isBrandShaped, nameCandidates } from './candidates';
import { phraseFlags, tokenFlags } from './gazetteer';
import { coveredTokens, mentionFromTokens, newMentions } from './mention';
import { ScratchBytes } from './scratch';
import { TOWN_PREPOSITIONS } from './places';

const TYPED = new Set(['person', 'organization', 'place']);
const KNOWN = FLAGS.country | FLAGS.city | FLAGS.region | FLAGS.organization | FLAGS.demonym | FLAGS.title | FLAGS.orgHead | FLAGS.legalSuffix | FLAGS.notName | FLAGS.time | FLAGS.titleModifier;

const coveredScratch = new ScratchBytes();
const personsScratch = new ScratchBytes();

export function recognizeUnknownNames(doc: Doc): Mention[] {
  const covered = coveredTokens(doc, (m) => TYPED.has(m.type), coveredScratch);
  const persons = coveredTokens(doc, (m) => m.type === 'person', personsScratch);
  const found = newMentions();
  for (const candidate of nameCandidates(doc)) {
    const { end } = candidate;
    // "Norwegian Tarvo Lindquell": a nationality before the name is not part of it
    const start = afterNationality(doc, candidate.start, end, 2);
    // one unknown word alone is too often a company, a product or a place: measured on both dev
    // sets, guessing person for it costs more precision than it gains recall
    if (candidate.allCaps || (candidate.weakStart && start === candidate.start) || end - start > 3 || end - start === 1) continue;
    let skip = false;
    /** where a word the lists know only as a city (no other flag of KNOWN) stands among words no list knows */
    let city = -1;
    for (let i = start; i < end; i++) {
      const token = doc.tokens[i];
      const flags = tokenFlags(token);
      // ("the council's elder, Tavake Kavala Loftu": in a name of three words, two no list knows,
      // one word the lists know only as a city, typed a place alone, is the name's own)
      if (flags & KNOWN && end - start === 3 && (flags & KNOWN) === FLAGS.city && !(flags & FLAGS.common) && city < 0) city = i;
      else if (flags & KNOWN) skip = true;
      if ((covered[i] && i !== city) || token.shape === 'upper' || token.shape === 'mixed' || isBrandShaped(token.text)) skip = true;
      if (flags & FLAGS.common && !(flags & (FLAGS.given | FLAGS.surname))) skip = true;
      if (!looksLikeNameWord(token.lower) || NOT_NAME_ENDING.test(token.lower)) skip = true;
      if (skip) break;
    }
    // (the other two words known to no list at all)
    if (city >= 0) for (let i = start; i < end; i++) if (i !== city && tokenFlags(doc.tokens[i]) !== 0) skip = true;
    // "Puerto Rican": each word unknown, the two a nationality
    if (skip || phraseFlags(doc, start, end) & KNOWN) continue;
    // "the Taliban", "the Contras", "the Apennines": with the article it is no person, and groups,
    // peoples and mountain ranges are too alike to guess
    const before = doc.tokens[start - 1];
    if (before?.lower === 'the' && before.sentence === doc.tokens[start].sentence) continue;
    // "grew up in Tarvenna Kalo", "traders from Omiri Dasa and Keto Ruwe": after a preposition of place,
    // or joined by "and" to a name after one, an unknown name is a place's more often than a person's
    // (not after a person's name: "goals from Tomas Brandt and Ivo Kessler")
    if (afterPlacePreposition(doc, start) || (before?.lower === 'and' && before.sentence === doc.tokens[start].sentence && !persons[start - 2] && afterPlacePreposition(doc, nameStartBefore(doc, start - 1)))) continue;
    // "said Dana Velk of Tavrin Kessolt": a person "of" a name no list knows is someone's firm or
    // body (a person is hardly said to be "of" another person), unless a first name opens it
    if (before?.lower === 'of' && start >= 2 && persons[start - 2] && !(tokenFlags(doc.tokens[start]) & FLAGS.given)) {
      found.push(mentionFromTokens(doc, 'organization', start, end, 'organization.person-of', 0.4));
      continue;
    }
    found.push(mentionFromTokens(doc, 'person', start, end, 'person.unknown-name', 0.4));
  }
  return found;
}

/** Prepositions before a place and hardly ever before a person no rule knows: a town's ("in", "from", "near") and "at" */
const PREPOSITIONS_BEFORE_PLACES = new Set([...TOWN_PREPOSITIONS, 'at']);

/** Is token `start` right after a preposition of place, in its sentence? */
function afterPlacePreposition(doc: Doc, start: number): boolean {
  const before = doc.tokens[start - 1];
  return before !== undefined && before.sentence === doc.tokens[start].sentence && before.shape === 'lower' && PREPOSITIONS_BEFORE_PLACES.has(before.lower);
}

/** The first token of the run of capitalized words that ends before token `end` (`end` itself when there is none) */
function nameStartBefore(doc: Doc, end: number): number {
  let start = end;
  while (start > 0 && doc.tokens[start - 1].sentence === doc.tokens[end].sentence && (doc.tokens[start - 1].shape === 'title' || doc.tokens[start - 1].shape === 'upper')) start--;
  return start;
}

/**
 * Endings of German and Dutch adjectives and nouns that no person's name has: a body's, a paper's
 * or a street's word ("Hessischer Landbote", "Velbacher Tageszeitung", "Christelijke Partij", "the
 * Orlauer Strasse"). The "-isch" forms only after three letters and a consonant (not "Fischer", "Fleischer");
 * not "-licher", a surname's ending too ("Ehrlicher").
 */
const NOT_NAME_ENDING = /(?:\p{L}{2}[^aeiouyäöü\P{L}]isch(?:e|er|es|en)?|\p{L}{2}(?:liche|liches|lichen|lijke)|deutsche[nrs]?|zeitung|genossenschaft|gesellschaft|strasse|straße|gasse|platz|schule|kirche|zentrum|centrale|spielwaren)$/u;

/** "-es" ends a plural after a hissing sound or "o" ("Taxes", "Heroes") */
const ES_PLURAL = /(?:s|x|z|ch|sh|o)es$/;

/**
 * Table abbreviations ("Chg", "Shr"), single letters ("N / A") and plurals of ordinary words
 * ("Ferries were running late") are no names.
 */
function looksLikeNameWord(lower: string): boolean {
  // (a vowel with its accent is one: "Þórdís")
  if (lower.length < 2 || !/[aeiouy]/.test(withoutAccents(lower))) return false;
  if (lower.length > 3 && lower.endsWith('s') && !lower.endsWith('ss')) {
    // "-es" only after a hissing sound or "o" ("Taxes", "Heroes"): "Peres" is no plural of "per"
    const singular = lower.endsWith('ies') ? lower.slice(0, -3) + 'y' : ES_PLURAL.test(lower) && (lookup(lower.slice(0, -2)) & FLAGS.common) ? lower.slice(0, -2) : lower.slice(0, -1);
    const flags = lookup(singular);
    if (flags & FLAGS.common && !(flags & (FLAGS.given | FLAGS.surname))) return false;
  }
  return true;
}
