// Segmentation: tokens and sentences with absolute offsets, by one linear regex scan.
// Nothing here backtracks: every pattern is a run of one character class, so a line of
// 200,000 periods or 8 MB without a space costs linear time.

import { Sentence, Token, TokenShape } from '../model';

// A word: letters, marks and digits, with inner apostrophes, hyphens, periods, ampersands and
// slashes ("O'Brien", "Nur-Sultan", "U.S", "AT&T", "1996-08-30", "3.5").
// Anything else is one punctuation token; a run of the same mark is one token ("......").
const TOKEN_PATTERN = /[\p{L}\p{M}\p{N}]+(?:['’\-‐‑.&/][\p{L}\p{M}\p{N}]+)*|([^\s\p{L}\p{M}\p{N}])\1*/gu;
const DOTTED_ABBREVIATION = /^(?:\p{L}\.)+\p{L}$/u; // U.S  -> takes its final period: U.S.
const POSSESSIVE = /^(.+?)(['’][sS])$/u;
// "Washington-based", "Reagan-era": a name and a participle that makes it a modifier are three
// tokens (name, hyphen, participle), so the place or person inside can be found; "Min-jun",
// "Full-time" and "Nur-Sultan" stay one token.
export const MODIFIER_PARTICIPLES = new Set([
  'based', 'born', 'led', 'backed', 'owned', 'run', 'made', 'controlled', 'funded', 'registered', 'listed', 'speaking',
  'held', 'dominated', 'bred', 'era', 'sponsored', 'bound', 'style',
]);

/** Where the hyphen of "Capitalized-participle" is, or -1. */
function modifierHyphen(word: string): number {
  // indexOf first: V8's lastIndexOf is a slow runtime call, and most words have no hyphen
  const hyphen = word.indexOf('-') === -1 ? -1 : word.lastIndexOf('-');
  if (hyphen <= 0 || !MODIFIER_PARTICIPLES.has(word.slice(hyphen + 1))) return -1;
  return UPPER_FIRST.test(word) ? hyphen : -1;
}

// Abbreviations whose period does not end a sentence ("Mr. Smith", "Feb. 27", "Gen. Lee").
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'sen', 'rep', 'gov', 'lt', 'col', 'sgt', 'capt', 'cmdr',
  'adm', 'maj', 'rev', 'hon', 'pres', 'supt', 'insp', 'det', 'cpl', 'pvt', 'fr', 'st', 'mt', 'ft',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'no', 'nos', 'vs', 'v', 'approx', 'dept', 'univ', 'assn', 'est', 'fig', 'vol', 'op', 'ave', 'blvd',
]);
// Abbreviations that often end a sentence too ("... of Acme Inc. The company ..."): they end one
// only before a word that typically opens a sentence.
const SENTENCE_FINAL_ABBREVIATIONS = new Set(['inc', 'corp', 'co', 'ltd', 'jr', 'sr', 'bros', 'etc', 'plc', 'llc']);
const SENTENCE_OPENERS = new Set([
  'the', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'this', 'that', 'these', 'those',
  'but', 'and', 'in', 'on', 'at', 'for', 'if', 'when', 'while', 'after', 'before', 'as', 'his',
  'her', 'its', 'their', 'our', 'there', 'some', 'many', 'most', 'other', 'however', 'meanwhile',
  'also', 'still', 'yet', 'so', 'since', 'although', 'though', 'what', 'who', 'why', 'how',
]);
const CLOSERS = new Set(['"', "'", '”', '’', ')', ']', '}', "''", '»']);

/** Shape of a token of ASCII letters, digits and marks only: the common case, without regexes. */
function asciiShape(text: string): TokenShape | null {
  let upper = 0;
  let lower = 0;
  let firstLetterUpper: boolean | null = null;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c > 127) return null;
    if (c >= 65 && c <= 90) {
      upper++;
      if (firstLetterUpper === null) firstLetterUpper = true;
    } else if (c >= 97 && c <= 122) {
      lower++;
      if (firstLetterUpper === null) firstLetterUpper = false;
    }
  }
  const first = text.charCodeAt(0);
  if (upper + lower === 0) return /[0-9]/.test(text) ? 'number' : 'punct';
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
  // of the typographic marks normalizeToken folds, only the backquote is ASCII: most tokens skip it
  const norm = ascii !== null && text.indexOf('`') === -1 ? text : normalizeToken(text);
  return {
    index,
    start,
    end: start + text.length,
    text,
    norm,
    lower: norm.toLowerCase(),
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

/** Tokens of text[from, to), with offsets into the whole text. */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  const pattern = new RegExp(TOKEN_PATTERN.source, 'gu');
  pattern.lastIndex = from;
  const slice = to === text.length ? text : text.slice(0, to);
  let lastEnd = from;
  // the first line break at or after lastEnd: a token starts a line when one lies before it
  let nextNewline = slice.indexOf('\n', from);
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(slice)) !== null) {
    let word = match[0];
    const start = match.index;
    if (slice.charCodeAt(start + word.length) === 46 /* . */ && DOTTED_ABBREVIATION.test(word)) {
      word += '.';
      pattern.lastIndex++;
    }
    if (nextNewline !== -1 && nextNewline < lastEnd) nextNewline = slice.indexOf('\n', lastEnd);
    const lineStart = tokens.length === 0 || (nextNewline !== -1 && nextNewline < start);
    const possessive = word.length > 2 && match[1] === undefined && mayBePossessive(word) ? POSSESSIVE.exec(word) : null;
    if (possessive && /\p{L}/u.test(possessive[1])) {
      const stem = makeToken(possessive[1], start, text, tokens.length);
      stem.lineStart = lineStart;
      tokens.push(stem);
      const clitic = makeToken(possessive[2], start + possessive[1].length, text, tokens.length);
      clitic.shape = 'punct';
      tokens.push(clitic);
    } else {
      const hyphen = word.length > 5 ? modifierHyphen(word) : -1;
      if (hyphen > 0) {
        const stem = makeToken(word.slice(0, hyphen), start, text, tokens.length);
        stem.lineStart = lineStart;
        tokens.push(stem);
        tokens.push(makeToken('-', start + hyphen, text, tokens.length));
        tokens.push(makeToken(word.slice(hyphen + 1), start + hyphen + 1, text, tokens.length));
      } else {
        const token = makeToken(word, start, text, tokens.length);
        token.lineStart = lineStart;
        tokens.push(token);
      }
    }
    lastEnd = start + word.length;
  }
  return tokens;
}

function isWordLike(token: Token): boolean {
  return token.shape !== 'punct';
}

/** Does a sentence end after token i (a period, ! or ?)? */
function endsSentence(tokens: Token[], i: number, text: string): boolean {
  const token = tokens[i];
  const next = tokens[i + 1];
  if (!next) return false;
  const nextLower = next.shape === 'lower' || next.shape === 'mixed';
  if (token.shape === 'punct') {
    if (!/^[.!?…]/.test(token.text)) return false;
    if (nextLower && !next.lineStart) return false;
    if (token.text === '.' && !token.spaceBefore && i > 0) {
      const previous = tokens[i - 1];
      if (previous.shape === 'initial' && !next.lineStart) return false; // "J. Smith"
      if (ABBREVIATIONS.has(previous.lower) && !next.lineStart) return false;
      if (SENTENCE_FINAL_ABBREVIATIONS.has(previous.lower)) return SENTENCE_OPENERS.has(next.lower) || next.lineStart;
    }
    return next.spaceBefore || CLOSERS.has(next.text);
  }
  // A dotted abbreviation carries the sentence's full stop ("... in the U.S. The ...").
  if (token.text.endsWith('.') && isWordLike(token)) {
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
