// Titles and job titles next to a name: kept out of the name span and recorded as roles.
// "Prosecutor General Berik Asylov" -> name "Berik Asylov", role "Prosecutor General";
// "former prime minister Karim Massimov" -> role "former prime minister";
// "U.S. Secretary of State Antony Blinken" -> role "U.S. Secretary of State".

import { Doc } from '../../model';
import { FLAGS } from '../../lexicon';
import { endingPhraseFlags, longestPhraseAt, phraseFlags, tokenFlags } from './gazetteer';

export interface TitleRun {
  /** first token of the role (modifiers and nationality included) */
  start: number;
  /** token after the last title word: where the name begins */
  end: number;
  role: string;
}

const MAX_TITLE_TOKENS = 5;
/** Military ranks and clergy's titles that are ordinary adjectives in lower case ("a venerable Tarnby firm") */
const RANK_ADJECTIVES = new Set(['major', 'general', 'private', 'venerable']);

/** Can this token open a role before a title ("former", "deputy", "Kazakh", "U.S.")? */
function isRoleModifier(doc: Doc, i: number): boolean {
  const flags = tokenFlags(doc.tokens[i]);
  return (flags & (FLAGS.titleModifier | FLAGS.demonym | FLAGS.country)) !== 0;
}

/**
 * Titles that start at token `start` and follow each other ("Prosecutor General", "Deputy Prime
 * Minister", "Kazakh President"), or null. The run may reach past the candidate that contains
 * `start` ("Secretary of State" spans a lower-case "of").
 */
export function titlesFrom(doc: Doc, start: number): TitleRun | null {
  const tokens = doc.tokens;
  let i = start;
  let lastTitleEnd = -1;
  while (i < tokens.length && tokens[i].sentence === tokens[start].sentence) {
    const title = longestPhraseAt(doc, i, FLAGS.title);
    if (title) {
      i = title.end;
      lastTitleEnd = i;
      // "Mr." / "Gen." take their period
      if (tokens[i]?.text === '.' && !tokens[i].spaceBefore) {
        i++;
        lastTitleEnd = i;
      }
      continue;
    }
    if (isRoleModifier(doc, i) && i + 1 < tokens.length) {
      i++;
      continue;
    }
    if (tokens[i].text === '-' && lastTitleEnd === i) {
      i++;
      continue;
    }
    break;
  }
  if (lastTitleEnd < 0 || isRankBeforeWord(doc, start, lastTitleEnd)) return null;
  return { start, end: lastTitleEnd, role: roleText(doc, start, lastTitleEnd) };
}

/** Titles in capitals that are a brand's letters too: "TD Kessane" (a member of the Dáil), "TD Garden" (a bank's arena) */
const BRAND_LETTER_TITLES = new Set(['TD']);

/**
 * "the Private Health Insurance Ombudsman", "General Motors": a capitalized rank that is also an
 * adjective (or a brand's letters), alone before an ordinary word no list knows as a name, opens a
 * body's name, no role ("Private Ellis", "Major Dana Kerr" keep theirs)
 */
function isRankBeforeWord(doc: Doc, start: number, end: number): boolean {
  const tokens = doc.tokens;
  if (end - start !== 1 || !(RANK_ADJECTIVES.has(tokens[start].lower) || BRAND_LETTER_TITLES.has(tokens[start].text)) || !tokens[end]) return false;
  const flags = tokenFlags(tokens[end]);
  // (a listed body the rank opens, "General Motors", is left to the rules of a company inside a title run)
  return (flags & FLAGS.common) !== 0 && (flags & (FLAGS.given | FLAGS.surname | FLAGS.person)) === 0 && longestPhraseAt(doc, start, FLAGS.organization) === null;
}

/**
 * The title run that ends right before token `nameStart`, in any case ("prime minister Karim
 * Massimov", "First lady Melania Trump"), or null.
 */
export function titleBefore(doc: Doc, nameStart: number): TitleRun | null {
  const tokens = doc.tokens;
  const sentence = tokens[nameStart].sentence;
  let end = nameStart;
  if (end > 0 && tokens[end - 1].text === '.' && !tokens[end - 1].spaceBefore) end--; // "Mr. Smith"
  let start = -1;
  for (let length = Math.min(longestTitleEndingAt(doc, end), end); length >= 1; length--) {
    const from = end - length;
    if (tokens[from].sentence !== sentence) continue;
    if (phraseFlags(doc, from, end) & FLAGS.title) {
      start = from;
      break;
    }
  }
  // "major New York banks", "private Tarnley investors": a rank that is also an adjective is a
  // title only capitalized ("Major Ellis")
  if (start < 0 || (end - start === 1 && tokens[start].shape === 'lower' && RANK_ADJECTIVES.has(tokens[start].lower)) || isRankBeforeWord(doc, start, end)) return null;
  // earlier titles and modifiers: "former deputy prime minister", "Kazakh Foreign Minister"
  for (;;) {
    if (start > 0 && tokens[start - 1].sentence === sentence && isRoleModifier(doc, start - 1)) {
      start--;
      continue;
    }
    let extended = false;
    for (let length = Math.min(longestTitleEndingAt(doc, start), start); length >= 1; length--) {
      const from = start - length;
      if (tokens[from].sentence !== sentence) continue;
      if (phraseFlags(doc, from, start) & FLAGS.title) {
        start = from;
        extended = true;
        break;
      }
    }
    if (!extended) break;
  }
  return { start, end: nameStart, role: roleText(doc, start, end) };
}

/** Titles that name a firm's trade as well as a person's job: "broker", "adviser" */
const FIRM_TRADE_TITLES = new Set(['broker', 'stockbroker', 'brokerage', 'trader', 'dealer', 'adviser', 'advisor', 'consultant', 'consultancy']);
/** Lower-case words between the preposition and the trade: "at property adviser", "of oil trader" */
const MAX_TRADE_MODIFIERS = 2;

/**
 * "an analyst at broker Brannel Koskivo", "Ana Sole of property adviser Tarvik": a trade that a firm
 * and a person share, after "at", or after "of" right after a capitalized word (mostly the end of
 * someone's name), names the firm the person works for (not "the wife of broker Ivo Kell": a
 * lower-case word before "of")
 */
export function isFirmTradeBefore(doc: Doc, nameStart: number): boolean {
  const tokens = doc.tokens;
  const sentence = tokens[nameStart].sentence;
  const trade = tokens[nameStart - 1];
  if (!trade || trade.sentence !== sentence || trade.shape !== 'lower' || !FIRM_TRADE_TITLES.has(trade.lower)) return false;
  for (let i = nameStart - 2; i >= 0 && i >= nameStart - 2 - MAX_TRADE_MODIFIERS; i--) {
    const word = tokens[i];
    if (word.sentence !== sentence) return false;
    if (word.lower === 'at' && word.shape === 'lower') return true;
    if (word.lower === 'of' && word.shape === 'lower') return i > 0 && tokens[i - 1].sentence === sentence && tokens[i - 1].shape === 'title';
    if (word.shape !== 'lower') return false;
  }
  return false;
}

/**
 * How many tokens a title ending right before token `end` may have: MAX_TITLE_TOKENS, or 1 when
 * the word there ends no title of two words or more (most words before a name: "said", "the", ",").
 * Asked for every name candidate, and each longer run is a walk through the lexicon.
 */
function longestTitleEndingAt(doc: Doc, end: number): number {
  return end > 0 && endingPhraseFlags(doc.tokens[end - 1]) & FLAGS.title ? MAX_TITLE_TOKENS : 1;
}

function roleText(doc: Doc, start: number, end: number): string {
  let last = end;
  while (last > start && doc.tokens[last - 1].text === '.') last--;
  return doc.text.slice(doc.tokens[start].start, doc.tokens[last - 1].end).replace(/\s+/g, ' ');
}

/** A one-word title with its abbreviation's period glued on at token i: "Sens.", "Gen." */
export function isTitleAbbreviation(doc: Doc, i: number): boolean {
  const period = doc.tokens[i + 1];
  return (tokenFlags(doc.tokens[i]) & FLAGS.title) !== 0 && period?.text === '.' && !period.spaceBefore;
}
