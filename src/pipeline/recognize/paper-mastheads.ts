// Newspapers by their mastheads. A capitalized "The" in the middle of a sentence is no article: it
// opens a title, and a title ending in a paper's head word is a newspaper's, even one no list knows
// and whose words are a person's ("with The Marlow Sentinel", "The Varn Courier's editor"). After
// "told", "interview with", "according to" or "quoted by" the title is an outlet whatever its last
// word ("told The Age"). The "The" is part of the name, as refine/paper-titles.ts keeps it for the
// papers other rules find. Not a place that "The" opens ("The Hague", "The Gambia"), and not a
// longer phrase that the title only modifies ("The Varn Courier reporter").

import { Doc, Mention, Token } from '../../model';
import { FLAGS, PLACE_FLAGS } from '../../lexicon';
import { chunkText, isNounAfter, tokenStartingAt } from './candidates';
import { phraseFlags, tokenFlags } from './gazetteer';
import { mentionFromTokens, newMentions } from './mention';
import { PAPER_HEADS } from '../refine/paper-titles';
import { WEEKDAY_NAMES } from '../../dates/words';

/** title-case words after "The", the head word included: "The New Harbour Evening Post" */
const MAX_TITLE_WORDS = 4;
/** a paper's head words, but not those that end songs', ships' and films' titles as often ("The Evening Star", "The Rising Sun") */
const MASTHEAD_HEADS = new Set([...PAPER_HEADS].filter((head) => head !== 'star' && head !== 'sun' && head !== 'record'));
/** nouns a paper's title may stand before: "told The Age newspaper" */
const MEDIA_NOUNS = new Set(['newspaper', 'daily', 'weekly', 'paper', 'magazine', 'website']);
/** one word before "The" that makes the title an outlet: "told The Age" */
const OUTLET_CUES = new Set(['told', 'tells', 'telling']);
/** two words before "The": "interview with The Age", "according to The Age", "quoted by The Age" */
const OUTLET_CUE_PAIRS = new Set(['interview with', 'interviews with', 'according to', 'quoted by', 'quoted in']);

export function recognizePaperMastheads(doc: Doc): Mention[] {
  const text = doc.text;
  const tokens = doc.tokens;
  const found = newMentions();
  if (tokens.length < 3) return found;
  // (only where the text has "The " after white space: a search, then the token found by its offset,
  // instead of a look at every token; within this chunk of the text)
  const last = tokens[tokens.length - 1].start;
  let after = 0;
  for (let at = text.indexOf('The ', tokens[1].start); at !== -1 && at < last; at = text.indexOf('The ', at + 1)) {
    if (!WHITE_SPACE.test(text[at - 1])) continue;
    const i = tokenStartingAt(doc, at);
    if (i < 1 || i >= tokens.length - 1 || i < after) continue;
    const end = mastheadEnd(doc, i);
    if (end < 0) continue;
    found.push(mentionFromTokens(doc, 'organization', i, end, 'organization.paper-masthead', 0.8));
    after = end;
  }
  // "told the Tarnby Courier": a lower-case "the" after "told" is the writer's article, and the
  // title after it is a paper's where its last word is a paper's head (the article stays out)
  // (one search of this chunk's own text: a search of the whole text from the chunk's start ran
  // to the document's end in every chunk where the cue is rare)
  const from = tokens[0].start;
  const own = chunkText(doc);
  TOLD_THE.lastIndex = 0;
  for (let cue = TOLD_THE.exec(own); cue !== null; cue = TOLD_THE.exec(own)) {
    const i = tokenStartingAt(doc, from + cue.index + cue[0].length - 4);
    if (i < 1 || i >= tokens.length - 1 || tokens[i].lower !== 'the') continue;
    const end = toldTitleEnd(doc, i, MASTHEAD_HEADS);
    if (end > 0) found.push(mentionFromTokens(doc, 'organization', i + 1, end, 'organization.paper-masthead', 0.8));
  }
  // "the Harnow Ledger said", "a report in the Velby Observer": after the writer's own article a
  // title ending in a paper's word is a paper's, whatever its first words are (no person takes
  // "the"; "the Harnow Guardian" is no guardian)
  // (also the "The" that opens a sentence: "The Harnow Ledger said on Monday", no person either)
  for (let i = 0; i < tokens.length - 2; i++) {
    const opening = tokens[i].text === 'The' && (i === 0 || tokens[i - 1].sentence !== tokens[i].sentence);
    if (!opening && (i === 0 || tokens[i].text !== 'the')) continue;
    // (not an issue's month before the title: "in the October Velby Review"; a paper's day is its own: "the Sunday Ledger")
    if (tokens[i + 1].shape !== 'title' || (tokenFlags(tokens[i + 1]) & FLAGS.time && !WEEKDAY_NAMES.has(tokens[i + 1].lower))) continue;
    const end = toldTitleEnd(doc, i, ARTICLE_TITLE_HEADS, opening);
    // (two words whose first is an ordinary word are a phrase as often: "spread the Good News")
    if (end === i + 3 && isOrdinaryTitleWord(tokens[i + 1])) continue;
    // (an award after a verb of winning in the same sentence: a sentence's opening "The" has none before it)
    if (end > 0 && !opening && tokens[end - 1].lower === 'globe' && WINNING.has(tokens[i - 1].lower)) continue;
    // (not a register or a list "of" something: "on the Velby Register of Historic Places")
    if (end > 0 && tokens[end]?.lower !== 'of' && !startsAny(found, i + 1)) found.push(mentionFromTokens(doc, 'organization', i + 1, end, 'organization.paper-masthead', 0.8));
  }
  return found;
}

/**
 * Does a mention found start at token i? (A function of its own, not a closure in the loop above:
 * a closure reading the loop's `i` made V8 allocate a context for every token.)
 */
function startsAny(found: Mention[], i: number): boolean {
  for (const m of found) if (m.tokenStart === i) return true;
  return false;
}

/** Verbs before an award: "won the Golden Globe" */
const WINNING = new Set(['won', 'win', 'wins', 'winning', 'received', 'receives', 'accepted', 'collected']);
/** Words that open papers' names and are ordinary words too: "the Daily Ledger", "the Evening Echo" */
const PAPER_OPENERS = new Set(['daily', 'evening', 'morning', 'weekly', 'sunday', 'saturday', 'national', 'international', 'northern', 'southern', 'eastern', 'western']);

/** An ordinary word that opens no paper's name: "Good", "Late", "Breaking" (not "Daily", not a place's or a person's word) */
function isOrdinaryTitleWord(token: Token): boolean {
  const flags = tokenFlags(token);
  return (flags & FLAGS.common) !== 0 && !(flags & (PLACE_FLAGS | FLAGS.given | FLAGS.surname)) && !PAPER_OPENERS.has(token.lower);
}

/**
 * A paper's head words after a lower-case "the": the mastheads' and the words that end papers'
 * names as often as anything else ("Ledger", "Enquirer"); not "Express" (trains), "Leader",
 * "Citizen" (ranks and roles), "Banner" (an anthem's) nor "Democrat" and "Republican" ("the Ohio
 * Republican": a senator); "Globe" not after a verb of winning (an award's: "won the Golden Globe")
 */
const ARTICLE_TITLE_HEADS = new Set([...MASTHEAD_HEADS, 'ledger', 'advertiser', 'enquirer', 'clarion', 'messenger', 'telegram', 'echo', 'news', 'mail']);

/** Words that join another paper's word with a hyphen in a paper's name: "Echo-Post", "Courier-Ledger", "Leader-Telegram" */
const JOINED_PAPER_WORDS = new Set([...PAPER_HEADS, 'ledger', 'advertiser', 'enquirer', 'clarion', 'messenger', 'telegram', 'echo', 'news', 'mail', 'leader', 'express', 'democrat', 'republican', 'citizen', 'picayune', 'constitution', 'press', 'review', 'banner', 'eagle', 'reporter', 'journal']);

/**
 * Is the token two papers' words joined by a hyphen ("Clarion-Messenger", "Echo-Post")? A
 * paper merged from two keeps both names so, and no other name is made of two of these words.
 */
function isJoinedPaperHeads(token: Token | undefined): boolean {
  if (token === undefined || token.shape !== 'title') return false;
  const parts = token.lower.split('-');
  return parts.length === 2 && JOINED_PAPER_WORDS.has(parts[0]) && JOINED_PAPER_WORDS.has(parts[1]) && parts[0] !== parts[1] && /^[A-Z]/.test(token.text.slice(token.text.indexOf('-') + 1));
}

/** "told the ", "tells the ": where a lower-case article opens an outlet's title */
const TOLD_THE = /\bt(?:old|ells|elling) the /g;

/** The end of a paper's title of two to four title-case words after the lower-case "the" at token i ("the Tarnby Courier"), or -1 */
function toldTitleEnd(doc: Doc, i: number, heads: ReadonlySet<string>, opening = false): number {
  const tokens = doc.tokens;
  const the = tokens[i];
  if ((!opening && tokens[i - 1].sentence !== the.sentence) || tokens[i + 1].start !== the.end + 1) return -1;
  // (a paper's language is no word of its name: "the English-language Tarnby Courier", recognize/outlet-descriptors.ts)
  if (isLanguageWord(tokens[i + 1])) return -1;
  let end = i + 1;
  while (end < tokens.length && end - i - 1 < MAX_TITLE_WORDS && tokens[end].shape === 'title' && tokens[end].sentence === the.sentence) end++;
  // (a paper's two head words joined by a hyphen are a paper's alone too: "the Clarion-Messenger")
  const joined = isJoinedPaperHeads(tokens[end - 1]);
  if ((end - i < 3 && !joined) || !(heads.has(tokens[end - 1].lower) || joined)) return -1;
  // (a listed paper is the gazetteer's; not a place's phrase)
  if (phraseFlags(doc, i + 1, end) & (PLACE_FLAGS | FLAGS.organization)) return -1;
  if (isNounAfter(doc, end, the.sentence) && !tokens[end].lower.endsWith('ed') && !MEDIA_NOUNS.has(tokens[end].lower)) return -1;
  return end;
}
const WHITE_SPACE = /\s/;

/** "English-language", "Urdu-language": the language a paper is written in */
function isLanguageWord(token: Token): boolean {
  return token.lower.endsWith('-language');
}

/** The end of the paper's title that the "The" at token i opens, or -1 */
function mastheadEnd(doc: Doc, i: number): number {
  const tokens = doc.tokens;
  const the = tokens[i];
  if (the.text !== 'The') return -1;
  // in the middle of a sentence: after a lower-case word of the same sentence (not after a quote
  // or a colon, where a sentence may open)
  const before = tokens[i - 1];
  if (before.shape !== 'lower' || before.sentence !== the.sentence) return -1;
  // ("The" touches the title: one space, not two or a line break)
  if (tokens[i + 1].start !== the.end + 1 || tokens[i + 1].sentence !== the.sentence || isLanguageWord(tokens[i + 1])) return -1;
  let end = i + 1;
  while (end < tokens.length && end - i - 1 < MAX_TITLE_WORDS && tokens[end].shape === 'title' && tokens[end].sentence === the.sentence) end++;
  if (end === i + 1) return -1;
  const cued = OUTLET_CUES.has(before.lower) || OUTLET_CUE_PAIRS.has(`${tokens[i - 2]?.lower} ${before.lower}`);
  if (!cued && ((end - i < 3 && !isJoinedPaperHeads(tokens[end - 1])) || !(MASTHEAD_HEADS.has(tokens[end - 1].lower) || isJoinedPaperHeads(tokens[end - 1])))) return -1;
  // ("quoted in The Art of War": a title that runs on past "of" or "and" is longer than what was read)
  const runOn = tokens[end];
  if (runOn && runOn.sentence === the.sentence && (runOn.lower === 'of' || runOn.lower === 'and') && tokens[end + 1]?.shape === 'title') return -1;
  // (a listed paper is the gazetteer's, and refine/paper-titles.ts gives it its "The")
  if (phraseFlags(doc, i + 1, end) & (PLACE_FLAGS | FLAGS.organization) || phraseFlags(doc, i, end) & (PLACE_FLAGS | FLAGS.organization)) return -1;
  // ("told The Voice judges": the title then names a show's people; a paper's own noun may follow: "told The Age newspaper")
  if (isNounAfter(doc, end, the.sentence) && !tokens[end].lower.endsWith('ed') && !MEDIA_NOUNS.has(tokens[end].lower)) return -1;
  return end;
}
