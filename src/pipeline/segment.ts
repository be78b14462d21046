// Segmentation: tokens and sentences with absolute offsets, by one linear regex scan.
// Nothing here backtracks: every pattern is a run of one character class, so a line of
// 200,000 periods or 8 MB without a space costs linear time.

import { Sentence, Token, TokenShape } from '../model';
import { FLAGS, PLACE_FLAGS, lookup } from '../lexicon';
import { isFiniteVerb } from '../lexicon/word-tags';

// A word: letters, marks and digits, with inner apostrophes, hyphens, periods, ampersands and
// slashes ("O'Brien", "Nur-Sultan", "U.S", "AT&T", "1996-08-30", "3.5").
// Anything else is one punctuation token; a run of the same mark is one token ("......").
// scanToken finds exactly its matches, by a scan of character codes (no match array per token);
// test/pipeline/token-scan.test.ts checks the two agree.
export const TOKEN_PATTERN = /[\p{L}\p{M}\p{N}]+(?:['’\-‐‑.&/][\p{L}\p{M}\p{N}]+)*|([^\s\p{L}\p{M}\p{N}])\1*/gu;
const DOTTED_ABBREVIATION = /^(?:\p{L}\.)+\p{L}$/u; // U.S  -> takes its final period: U.S.
const POSSESSIVE = /^(.+?)(['’][sS])$/u;
// "Washington-based", "Reagan-era": a name and a participle that makes it a modifier are three
// tokens (name, hyphen, participle), so the place or person inside can be found; so are a listed
// place and an ordinary word ("Tarnley-area", "Velmora-related"); "Min-jun", "Full-time" and
// "Nur-Sultan" stay one token.
export const MODIFIER_PARTICIPLES = new Set([
  'based', 'born', 'led', 'backed', 'owned', 'run', 'made', 'controlled', 'funded', 'registered', 'listed', 'speaking',
  'held', 'dominated', 'bred', 'era', 'sponsored', 'bound', 'style', 'passed', 'approved',
  'brokered', 'wide', 'linked', 'allied', 'aligned', 'affiliated', 'imposed', 'mandated', 'operated', 'designated', 'sanctioned', 'inspired',
  // what a maker, a lender or a body stands behind: "Tarvex-compatible disks", "Orvane-insured loans"
  'compatible', 'related', 'insured', 'trained', 'oriented', 'appointed', 'built', 'supplied', 'designed', 'produced', 'financed',
  'underwritten', 'indicted', 'educated',
]);

/** Where the hyphen of "Capitalized-participle" or "Place-word" is, or -1. */
function modifierHyphen(word: string): number {
  // indexOf first: V8's lastIndexOf is a slow runtime call, and most words have no hyphen
  const first = word.indexOf('-');
  if (first <= 0) return -1;
  const hyphen = word.lastIndexOf('-');
  const suffix = word.slice(hyphen + 1);
  if (MODIFIER_PARTICIPLES.has(suffix)) return UPPER_FIRST.test(word) ? hyphen : -1;
  // "Velmora-related", "Tarnley-area": a listed place before one ordinary lower-case word is the place
  // (not a name's syllables: "Mei-lan")
  return first === hyphen && LOWER_WORD.test(suffix) && isPlaceName(word.slice(0, hyphen)) && (lookup(suffix) & FLAGS.common) !== 0 ? hyphen : -1;
}
const LOWER_WORD = /^\p{Ll}+$/u;

/**
 * Where the hyphen of "Tarnby-Orvik" or "Velmar-Kessian" is, or -1: two places joined ("the
 * Tarnby-Orvik railway", "Velmar-Orvenia ties") or a place and a people ("Velmar-Kessian talks")
 * are two names, each a place of its own; so is the place after a combining form ("Sino-Velmar
 * trade"). A place whose own name has a hyphen stays one token ("Guinea-Bissau" is listed whole),
 * and so does a double-barrelled surname made of towns that are also names ("Hastings-Sutton").
 */
function placePairHyphen(word: string): number {
  const hyphen = word.indexOf('-');
  if (hyphen <= 0 || hyphen !== word.lastIndexOf('-') || !UPPER_FIRST.test(word) || !UPPER_FIRST.test(word.slice(hyphen + 1))) return -1;
  // listed whole: "Guinea-Bissau", a firm named by two places
  if (lookup(word.toLowerCase()) !== 0) return -1;
  const left = word.slice(0, hyphen).toLowerCase();
  // a name said twice is one place: "Orvo-Orvo"
  if (left === word.slice(hyphen + 1).toLowerCase()) return -1;
  const right = lookup(word.slice(hyphen + 1).toLowerCase());
  if (!isPairPlace(right) && !(right & FLAGS.demonym)) return -1;
  // (after a combining form only a country: "Afro-Caribbean", "Indo-Pacific" name one region)
  if (COMBINING_FORMS.has(left)) return right & FLAGS.country ? hyphen : -1;
  return isPairPlace(lookup(left)) ? hyphen : -1;
}
/**
 * Is a word that ends at `after` part of a longer capitalized name: a capitalized word follows it
 * ("the Tarnby-Orvik Railway Company", "the Velmar-Kessian Friendship Society") or "of" after a
 * capitalized word stands before it ("the Rotary Club of Tarnby-Orvik")? The pair is then a part
 * of that name, and the name's rules need it whole.
 */
function insideCapitalizedName(text: string, after: number, end: number, tokens: Token[]): boolean {
  // (spaces only: after a full stop the capital opens the next sentence, "... Lima-Cusco. Tickets")
  let i = after;
  while (i < end && text.charCodeAt(i) === 32) i++;
  if (i < end && i > after && UPPER_FIRST.test(text[i])) return true;
  const before = tokens[tokens.length - 1];
  return before !== undefined && before.text === 'of' && tokens.length > 1 && UPPER_FIRST.test(tokens[tokens.length - 2].text);
}
/** A listed country, or a listed city or region that is no one's name and not only a town */
function isPairPlace(flags: number): boolean {
  if (!(flags & PLACE_FLAGS) || flags & (FLAGS.demonym | FLAGS.town)) return false;
  return (flags & FLAGS.country) !== 0 || !(flags & (FLAGS.given | FLAGS.surname | FLAGS.person));
}
/** First halves of "Sino-Velmar", "Anglo-Irish": a people's combining form (general knowledge) */
const COMBINING_FORMS = new Set(['sino', 'anglo', 'franco', 'russo', 'indo', 'afro', 'austro', 'italo', 'greco', 'turco', 'hispano', 'luso', 'nippo', 'judeo', 'germano', 'polono', 'serbo', 'croato']);

/**
 * Where the slash of "Slovenia/Velmar Cycling" or "US/UK" is, or -1: a listed place before one
 * slash and a capitalized word after it (a rider's country and team in a results line) are two
 * names; "AC/DC" and "km/h" stay one token.
 */
function placeSlash(word: string): number {
  const slash = word.indexOf('/');
  if (slash <= 0 || slash !== word.lastIndexOf('/') || !UPPER_FIRST.test(word.slice(slash + 1))) return -1;
  return isPlaceName(word.slice(0, slash)) ? slash : -1;
}

/**
 * Off while scripts/build-lexicon.js tokenizes the lists (it sets NEWSNER_LEXICON_BUILD=1): the
 * lexicon it is building does not exist yet, and a split that read an older one would make the
 * build depend on what the last build left in dist/.
 */
const SPLIT_PLACE_HYPHENS = process.env.NEWSNER_LEXICON_BUILD !== '1';

/** A capitalized word a gazetteer lists as a country, town or region, and not as a people's ("Sino", "Euro") */
function isPlaceName(stem: string): boolean {
  if (!SPLIT_PLACE_HYPHENS || !UPPER_FIRST.test(stem)) return false;
  const flags = lookup(stem.toLowerCase());
  return (flags & PLACE_FLAGS) !== 0 && !(flags & FLAGS.demonym);
}

// Abbreviations whose period does not end a sentence ("Mr. Smith", "Feb. 27", "Gen. Lee").
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'messrs', 'mme', 'mmes', 'dr', 'prof', 'gen', 'sen', 'rep', 'gov', 'lt', 'col', 'sgt', 'capt', 'cmdr',
  'adm', 'maj', 'rev', 'hon', 'pres', 'supt', 'insp', 'det', 'cpl', 'pvt', 'fr', 'st', 'mt', 'ft',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'no', 'nos', 'vs', 'v', 'approx', 'dept', 'univ', 'assn', 'est', 'fig', 'vol', 'op', 'ave', 'blvd',
]);
// Abbreviations that often end a sentence too ("... of Acme Inc. The company ..."): they end one
// only before a word that typically opens a sentence.
// (and the abbreviated words of a firm's name: "Kelvar Mfg. Co.", "Orvo Intl. Ltd.")
const SENTENCE_FINAL_ABBREVIATIONS = new Set(['inc', 'corp', 'co', 'ltd', 'jr', 'sr', 'bros', 'etc', 'plc', 'llc', 'mfg', 'intl', 'natl', 'mgmt', 'svcs']);
const SENTENCE_OPENERS = new Set([
  'the', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'this', 'that', 'these', 'those',
  'but', 'and', 'in', 'on', 'at', 'for', 'if', 'when', 'while', 'after', 'before', 'as', 'his',
  'her', 'its', 'their', 'our', 'there', 'some', 'many', 'most', 'other', 'however', 'meanwhile',
  'also', 'still', 'yet', 'so', 'since', 'although', 'though', 'what', 'who', 'why', 'how',
]);
const CLOSERS = new Set(['"', "'", '”', '’', ')', ']', '}', "''", '»']);

/**
 * Shape of a token of ASCII letters, digits and marks only: the common case, without regexes.
 * Null also for a backquote, the one ASCII mark normalizeToken folds, so that a token with a
 * shape from here needs no normalizing (shapeOf's regexes give the same shape for it).
 */
function asciiShape(text: string): TokenShape | null {
  let upper = 0;
  let lower = 0;
  let digits = 0;
  let firstLetterUpper: boolean | null = null;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c > 127 || c === 96 /* ` */) return null;
    if (c >= 65 && c <= 90) {
      upper++;
      if (firstLetterUpper === null) firstLetterUpper = true;
    } else if (c >= 97 && c <= 122) {
      lower++;
      if (firstLetterUpper === null) firstLetterUpper = false;
    } else if (c >= 48 && c <= 57) digits++;
  }
  const first = text.charCodeAt(0);
  // (digits counted in the loop: no regex for every number and mark)
  if (upper + lower === 0) return digits > 0 ? 'number' : 'punct';
  if (first >= 48 && first <= 57) return 'number';
  if (lower === 0) return upper === 1 ? 'initial' : 'upper';
  if (upper === 0) return 'lower';
  return firstLetterUpper ? 'title' : 'mixed';
}

export function shapeOf(text: string): TokenShape {
  const ascii = asciiShape(text);
  if (ascii !== null) return ascii;
  const letters = text.replace(NON_LETTERS, '');
  if (letters.length === 0) return DIGIT.test(text) ? 'number' : 'punct';
  if (DIGIT.test(text[0])) return 'number';
  if (ALL_UPPER.test(letters)) return letters.length === 1 ? 'initial' : 'upper';
  if (ALL_LOWER.test(letters)) return 'lower';
  return UPPER_FIRST.test(letters) ? 'title' : 'mixed';
}
const NON_LETTERS = /[^\p{L}]/gu;
const DIGIT = /\p{N}/u;
const ALL_UPPER = /^\p{Lu}+$/u;
const ALL_LOWER = /^\p{Ll}+$/u;
const UPPER_FIRST = /^\p{Lu}/u;
const TYPOGRAPHIC = /[’‘`‐‑–—]/;

export function normalizeToken(text: string): string {
  if (!TYPOGRAPHIC.test(text)) return text;
  return text.replace(/[’‘`]/g, "'").replace(/[‐‑–—]/g, '-');
}

function isSpaceCode(code: number): boolean {
  if (code === 32 || (code >= 9 && code <= 13)) return true;
  return code > 127 && /\s/.test(String.fromCharCode(code));
}

function makeToken(text: string, start: number, source: string, index: number): Token {
  const ascii = asciiShape(text);
  // of the typographic marks normalizeToken folds, only the backquote is ASCII, and asciiShape
  // gives no shape for it: most tokens skip the normalizing
  const norm = ascii !== null ? text : normalizeToken(text);
  return {
    index,
    start,
    end: start + text.length,
    text,
    norm,
    // ASCII without capital letters ("the", ",", "...") is its own lower case: no new string, no call
    lower: ascii === 'lower' || ascii === 'punct' ? norm : norm.toLowerCase(),
    shape: ascii ?? shapeOf(text),
    sentence: 0,
    sentenceInitial: false,
    spaceBefore: start === 0 || isSpaceCode(source.charCodeAt(start - 1)),
    lineStart: false,
  };
}

/** Could POSSESSIVE match (a final "'s" or "’s")? A cheap test before the regex, for every word. */
function mayBePossessive(word: string): boolean {
  const last = word.charCodeAt(word.length - 1);
  if (last !== 115 /* s */ && last !== 83 /* S */) return false;
  const mark = word.charCodeAt(word.length - 2);
  return mark === 39 /* ' */ || mark === 0x2019 /* ’ */;
}

// Character classes of TOKEN_PATTERN, by code point: a word character (\p{L}, \p{M}, \p{N}),
// white space (\s), or any other (a punctuation token). ASCII from a table; other code points of
// the Basic Multilingual Plane tested once per process by the regexes and kept; astral ones tested
// each time (rare in news).
const WORD = 1;
const SPACE = 2;
const OTHER = 3;
const WORD_CHAR = /^[\p{L}\p{M}\p{N}]$/u;
const SPACE_CHAR = /^\s$/u;
const ASCII_CLASS = new Uint8Array(128).map((_, code) => classify(code));
const BMP_CLASS = new Uint8Array(0x10000); // 0: not tested yet

function classify(codePoint: number): number {
  const char = String.fromCodePoint(codePoint);
  if (WORD_CHAR.test(char)) return WORD;
  return SPACE_CHAR.test(char) ? SPACE : OTHER;
}

function classOf(codePoint: number): number {
  if (codePoint < 128) return ASCII_CLASS[codePoint];
  if (codePoint > 0xffff) return classify(codePoint);
  let known = BMP_CLASS[codePoint];
  if (known === 0) known = BMP_CLASS[codePoint] = classify(codePoint);
  return known;
}

/** The code point at i, as the pattern's unicode mode reads it (a pair, or a lone surrogate). */
function codePointAt(text: string, i: number, end: number): number {
  const code = text.charCodeAt(i);
  if (code < 0xd800 || code > 0xdbff || i + 1 >= end) return code;
  const next = text.charCodeAt(i + 1);
  return next >= 0xdc00 && next <= 0xdfff ? ((code - 0xd800) << 10) + (next - 0xdc00) + 0x10000 : code;
}

/** End of the run of word characters from i. */
function wordRunEnd(text: string, i: number, end: number): number {
  while (i < end) {
    const code = text.charCodeAt(i);
    if (code < 128) {
      if (ASCII_CLASS[code] !== WORD) return i;
      i++;
      continue;
    }
    const point = codePointAt(text, i, end);
    if (classOf(point) !== WORD) return i;
    i += point > 0xffff ? 2 : 1;
  }
  return i;
}

/** ' ’ - ‐ ‑ . & /: the marks a word may have inside it */
function isWordJoiner(code: number): boolean {
  return code === 39 || code === 46 || code === 45 || code === 38 || code === 47 || code === 0x2019 || code === 0x2010 || code === 0x2011;
}

/**
 * The next match of TOKEN_PATTERN in text[from, end), as the regex would find it: its start in
 * `found.start`, its end in `found.end`, and whether it is a word (the first alternative) in
 * `found.word`. False when there is none.
 */
export function scanToken(text: string, from: number, end: number, found: { start: number; end: number; word: boolean }): boolean {
  let i = from;
  // the regex, in unicode mode, starts from the beginning of a surrogate pair it is asked to start inside
  if (i > 0 && i < end) {
    const code = text.charCodeAt(i);
    if (code >= 0xdc00 && code <= 0xdfff) {
      const before = text.charCodeAt(i - 1);
      if (before >= 0xd800 && before <= 0xdbff) i--;
    }
  }
  while (i < end) {
    const point = codePointAt(text, i, end);
    const width = point > 0xffff ? 2 : 1;
    const kind = classOf(point);
    if (kind === SPACE) {
      i += width;
      continue;
    }
    found.start = i;
    if (kind === WORD) {
      let j = wordRunEnd(text, i + width, end);
      // (?:[joiner][word]+)*
      while (j + 1 < end && isWordJoiner(text.charCodeAt(j))) {
        const after = wordRunEnd(text, j + 1, end);
        if (after === j + 1) break;
        j = after;
      }
      found.end = j;
      found.word = true;
      return true;
    }
    // ([^\s\p{L}\p{M}\p{N}])\1*: a run of the same code point
    let j = i + width;
    while (j + width <= end && text.charCodeAt(j) === text.charCodeAt(i) && (width === 1 || text.charCodeAt(j + 1) === text.charCodeAt(i + 1))) {
      // a lone high surrogate is not repeated by the first half of a pair
      if (width === 1 && codePointAt(text, j, end) !== point) break;
      j += width;
    }
    found.end = j;
    found.word = false;
    return true;
  }
  return false;
}

/** Tokens of text[from, to), with offsets into the whole text. */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  const slice = to === text.length ? text : text.slice(0, to);
  const end = slice.length;
  let lastEnd = from;
  // the first line break at or after lastEnd: a token starts a line when one lies before it
  let nextNewline = slice.indexOf('\n', from);
  const found = { start: 0, end: 0, word: false };
  let at = from;
  while (scanToken(slice, at, end, found)) {
    const start = found.start;
    let word = slice.substring(start, found.end);
    at = found.end;
    // (the pattern needs a period inside the word: most words before a full stop have none, and skip the regex)
    if (start + word.length < end && slice.charCodeAt(start + word.length) === 46 /* . */ && word.indexOf('.') > 0 && DOTTED_ABBREVIATION.test(word)) {
      word += '.';
      at++;
    }
    if (nextNewline !== -1 && nextNewline < lastEnd) nextNewline = slice.indexOf('\n', lastEnd);
    const lineStart = tokens.length === 0 || (nextNewline !== -1 && nextNewline < start);
    // most words are one token as scanned: the possessive and hyphen splits, rare, have a function
    // of their own, so this loop is small, compiled once, and not deoptimized by a branch it has not run yet
    if (found.word && mayBeSplit(word)) {
      const length = pushSplitWord(tokens, text, slice, end, start, word, lineStart);
      at += length - word.length;
      lastEnd = start + length;
      continue;
    }
    const token = makeToken(word, start, text, tokens.length);
    token.lineStart = lineStart;
    tokens.push(token);
    lastEnd = start + word.length;
  }
  return tokens;
}

/**
 * Could the word be split: a final "'s", or a hyphen or slash after its first character (what
 * POSSESSIVE, modifierHyphen, placeSlash and placePairHyphen need before they can split)?
 */
function mayBeSplit(word: string): boolean {
  if (word.length > 2 && mayBePossessive(word)) return true;
  return word.length > 4 && (word.indexOf('-') > 0 || word.indexOf('/') > 0);
}

/**
 * Pushes the tokens of a scanned word that may be split ("firm's", "Washington-based",
 * "Slovenia/Velmar", "Tarnby-Orvik"); returns the length the word took in the text (one more when
 * it takes a following period).
 */
function pushSplitWord(tokens: Token[], text: string, slice: string, end: number, start: number, word: string, lineStart: boolean): number {
  const possessive = word.length > 2 && mayBePossessive(word) ? POSSESSIVE.exec(word) : null;
  if (possessive && /\p{L}/u.test(possessive[1])) {
    const stem = makeToken(possessive[1], start, text, tokens.length);
    stem.lineStart = lineStart;
    tokens.push(stem);
    const clitic = makeToken(possessive[2], start + possessive[1].length, text, tokens.length);
    clitic.shape = 'punct';
    tokens.push(clitic);
    return word.length;
  }
  let hyphen = word.length > 5 ? modifierHyphen(word) : -1;
  if (hyphen < 0 && word.length > 4) hyphen = placeSlash(word);
  if (hyphen < 0) hyphen = shirtNumberHyphen(slice, end, start, word, tokens, lineStart);
  // (the cheap tests first: most words have no hyphen, and a pair opens with a capital)
  if (hyphen < 0 && word.length > 4 && SPLIT_PLACE_HYPHENS && word.indexOf('-') > 0 && UPPER_FIRST.test(word)) {
    // "Velmar-U.S." takes its final period as "U.S." does
    const dotted = start + word.length < end && slice.charCodeAt(start + word.length) === 46 && DOTTED_ABBREVIATION.test(word.slice(word.indexOf('-') + 1));
    const after = start + word.length + (dotted ? 1 : 0);
    hyphen = insideCapitalizedName(slice, after, end, tokens) ? -1 : placePairHyphen(dotted ? word + '.' : word);
    if (hyphen > 0 && dotted) word += '.';
  }
  if (hyphen > 0) {
    const stem = makeToken(word.slice(0, hyphen), start, text, tokens.length);
    stem.lineStart = lineStart;
    tokens.push(stem);
    tokens.push(makeToken(word[hyphen], start + hyphen, text, tokens.length));
    tokens.push(makeToken(word.slice(hyphen + 1), start + hyphen + 1, text, tokens.length));
  } else {
    const token = makeToken(word, start, text, tokens.length);
    token.lineStart = lineStart;
    tokens.push(token);
  }
  return word.length;
}

/**
 * Where the hyphen of "15-Tavin Orrel" is, or -1: a team sheet numbers its players by position
 * ("Teams: Velmar: 15-Tavin Orrel, 14-Jory Kessane; 10-Ivo Brandt"), and the player's first name
 * is a token of its own, so the name's rules see it. Only a number of one or two digits joined
 * to a capitalized word, opening a line or after a comma, a semicolon or a colon, and before a
 * capitalized word (the surname); "7-Eleven", "a 5-Star hotel" and "3-D" stay one token.
 */
function shirtNumberHyphen(slice: string, end: number, start: number, word: string, tokens: Token[], lineStart: boolean): number {
  const first = word.charCodeAt(0);
  if (first < 48 || first > 57) return -1;
  const hyphen = word.indexOf('-');
  if (hyphen < 1 || hyphen > 2 || (hyphen === 2 && (word.charCodeAt(1) < 48 || word.charCodeAt(1) > 57))) return -1;
  if (!NUMBERED_NAME.test(word.slice(hyphen + 1))) return -1;
  const previous = tokens[tokens.length - 1];
  if (!lineStart && !(previous !== undefined && (previous.text === ',' || previous.text === ';' || previous.text === ':'))) return -1;
  const after = start + word.length;
  return after + 1 < end && slice.charCodeAt(after) === 32 && UPPER_FIRST.test(slice[after + 1]) ? hyphen : -1;
}
const NUMBERED_NAME = /^\p{Lu}\p{Ll}+(?:['’-]\p{Lu}?\p{Ll}+)*$/u;

function isWordLike(token: Token): boolean {
  return token.shape !== 'punct';
}

/** . ! ? or …: the marks a sentence may end with */
function isSentenceMark(code: number): boolean {
  return code === 46 || code === 33 || code === 63 || code === 0x2026;
}

/**
 * Given names abbreviated with a period before the rest of the name, from general knowledge:
 * "Mohd."/"Muhd."/"Md." (Muhammad, in Malaysia, Singapore and Bangladesh), "Ma." (María, in the
 * Philippines: "Ma. Elena Santos").
 */
const GIVEN_NAME_ABBREVIATIONS = new Set(['Mohd', 'Muhd', 'Md', 'Ma']);
/** prepositions (and "and") a sentence's last word, a surname, may follow: "a meeting with Ma.", "Tsai and Ma." */
const PREPOSITIONS_BEFORE_SURNAME = new Set(['with', 'to', 'by', 'for', 'from', 'of', 'about', 'against', 'than', 'and']);

/**
 * Is token i such a given name's abbreviation, its period glued after it and a capitalized word
 * after that, on the same line? Not where it is something else: "Md." after a town and a comma
 * is Maryland ("Bethesda, Md."); "Ma" after a name, a verb or a preposition is a Chinese surname
 * ("Jin Ma.", "summoned Ma."), and it takes a name of two capitalized words after it ("Ma. Elena
 * Santos", not "Ma. Shares rose").
 */
export function isGivenNameAbbreviation(tokens: readonly Token[], i: number): boolean {
  // (no reads past the end: one made V8 throw away and compile again the optimized function)
  const word = i < tokens.length ? tokens[i] : undefined;
  const period = i + 1 < tokens.length ? tokens[i + 1] : undefined;
  const next = i + 2 < tokens.length ? tokens[i + 2] : undefined;
  if (!word || !GIVEN_NAME_ABBREVIATIONS.has(word.text) || period?.text !== '.' || period.spaceBefore || !next || next.lineStart || next.shape !== 'title' || SENTENCE_OPENERS.has(next.lower)) return false;
  const before = tokens[i - 1];
  if (word.text === 'Md') return before === undefined || before.text !== ',';
  if (word.text !== 'Ma') return true;
  if (before !== undefined && !before.lineStart && (before.shape === 'title' || before.shape === 'upper')) return false;
  // (nor after a verb or a preposition: "Regulators summoned Ma. Tarvex Group later halted ..." ends
  // a sentence with the surname; the Filipino "Ma." follows a comma, a role's noun or a line's start)
  if (before !== undefined && before.shape === 'lower' && (isFiniteVerb(before.lower) || PREPOSITIONS_BEFORE_SURNAME.has(before.lower))) return false;
  const after = tokens[i + 3];
  return after !== undefined && !after.lineStart && after.spaceBefore && after.shape === 'title';
}

/** Does a sentence end after token i (a period, ! or ?)? */
function endsSentence(tokens: Token[], i: number, text: string): boolean {
  const token = tokens[i];
  const next = tokens[i + 1];
  if (!next) return false;
  const nextLower = next.shape === 'lower' || next.shape === 'mixed';
  if (token.shape === 'punct') {
    if (!isSentenceMark(token.text.charCodeAt(0))) return false;
    if (nextLower && !next.lineStart) return false;
    if (token.text === '.' && !token.spaceBefore && i > 0) {
      const previous = tokens[i - 1];
      if (previous.shape === 'initial' && !next.lineStart) return false; // "J. Smith"
      if (ABBREVIATIONS.has(previous.lower) && !next.lineStart) return false;
      if (isGivenNameAbbreviation(tokens, i - 1)) return false;
      if (SENTENCE_FINAL_ABBREVIATIONS.has(previous.lower)) return SENTENCE_OPENERS.has(next.lower) || next.lineStart;
    }
    return next.spaceBefore || CLOSERS.has(next.text);
  }
  // A dotted abbreviation carries the sentence's full stop ("... in the U.S. The ...").
  if (token.text.charCodeAt(token.text.length - 1) === 46 /* . */ && isWordLike(token)) {
    return (!nextLower && SENTENCE_OPENERS.has(next.lower)) || blankLineBetween(token, next, text);
  }
  return false;
}

function blankLineBetween(a: Token, b: Token, text: string): boolean {
  const gap = text.slice(a.end, b.start);
  return /\n[^\S\n]*\n/.test(gap);
}

/** Does a line break between a and b end the sentence? Headlines, datelines and paragraphs do. */
function lineBreakEndsSentence(previous: Token, next: Token, text: string): boolean {
  if (blankLineBetween(previous, next, text)) return true;
  // A wrapped line continues its sentence: "... said\nthe minister". A capital after a line
  // without final punctuation starts a new one (headline, dateline, table row).
  if (next.shape === 'lower') return false;
  if (previous.text === ',' || previous.shape === 'lower' && /^(?:the|a|an|of|and|or|to|in|on|for|by|with)$/.test(previous.lower)) return false;
  return true;
}

/**
 * Sentences over tokens (assigns token.sentence and token.sentenceInitial).
 * The sentence end is the last token's end; a sentence never spans a paragraph break.
 */
export function splitSentences(tokens: Token[], text: string, sentenceOffset = 0): Sentence[] {
  const sentences: Sentence[] = [];
  let first = 0;
  const close = (endToken: number) => {
    if (endToken <= first) return;
    const index = sentenceOffset + sentences.length;
    let initialSet = false;
    let upper = 0;
    let lower = 0;
    for (let t = first; t < endToken; t++) {
      const token = tokens[t];
      token.sentence = index;
      if (!initialSet && isWordLike(token)) {
        token.sentenceInitial = true;
        initialSet = true;
      }
      if (token.shape === 'upper' || token.shape === 'initial') upper += token.text.length;
      else if (token.shape === 'lower' || token.shape === 'title' || token.shape === 'mixed') lower += token.text.length;
    }
    sentences.push({
      index,
      start: tokens[first].start,
      end: tokens[endToken - 1].end,
      firstToken: first,
      endToken,
      allCaps: upper >= 4 && upper > lower * 4,
      titleCase: false,
    });
    first = endToken;
  };
  for (let i = 0; i < tokens.length; i++) {
    const next = tokens[i + 1];
    if (!next) break;
    if (next.lineStart && lineBreakEndsSentence(tokens[i], next, text)) {
      close(i + 1);
      continue;
    }
    if (endsSentence(tokens, i, text)) {
      // keep closing quotes and brackets with the sentence they close
      let end = i + 1;
      while (end < tokens.length && CLOSERS.has(tokens[end].text) && !tokens[end].spaceBefore) end++;
      close(end);
      i = end - 1;
    }
  }
  close(tokens.length);
  return sentences;
}
