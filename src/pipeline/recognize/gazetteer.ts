// Gazetteer look-ups over a document's tokens: flags of one token, and the longest lexicon phrase
// that starts at a token. Keys are the tokens' lower-case forms joined by one space, exactly as
// scripts/build-lexicon.js made them; a phrase is walked through the lexicon's trie by the word
// ids of its tokens (each token's id looked up once), so no key string is built.

import { Doc, Sentence, Token } from '../../model';
import { FLAGS, exactWordId, longerKeyFlags, maxPhraseTokens, nextNode, nodeFlags, phraseEndFlags, wordId } from '../../lexicon';
import { isAscii } from '../../lexicon/fold';

// Every rule asks for the flags of the same few tokens again and again: the word ids and flags of
// the tokens of the document being analysed are kept in arrays, found by the token's index
// (checked to be that very token, so another document's token never reads a stale value).
let cachedTokens: Token[] | null = null;
let cachedSentences: Sentence[] = [];
let cachedFlags = new Int32Array(0);
let cachedIds = new Int32Array(0);

/** What an all-capitals entry of places.txt, the organizations' lists or the legal forms brings to its word (and "frequent", which no such word keeps in title case) */
const CAPS_ENTRY_FLAGS = FLAGS.capsOnly | FLAGS.organization | FLAGS.country | FLAGS.region | FLAGS.media | FLAGS.frequent | FLAGS.legalSuffix;

function computeFlags(token: Token): number {
  const id = tokenWordId(token);
  let flags = nodeFlags(id);
  // "Müller" read as "muller": a word with accents is no ordinary English word
  // (only a word with letters beyond ASCII can have been folded: no second look-up for the rest)
  // ("Sá" read as "sa" is a Portuguese surname, not the legal form "SA")
  if (flags & (FLAGS.common | FLAGS.legalSuffix) && !isAscii(token.lower) && id !== exactWordId(token.lower)) flags &= ~(FLAGS.common | FLAGS.frequent | FLAGS.legalSuffix);
  // "Pan", "Gao" in title case: the all-capitals entry ("PAN" the party, "GAO" the office) is not
  // meant, but what other lists say of the word (a Chinese family name, a town) still holds
  if (flags & FLAGS.capsOnly && token.shape !== 'upper') return flags & ~CAPS_ENTRY_FLAGS;
  // "NOKIA AS SALES RISE", "VOLVO AS SPONSOR": in capitals text the capitals of "AS", "SE" or "KG"
  // say nothing, and the word is the conjunction or the unit there, not the legal form
  // (only words of the capitals-only legal forms reach this test)
  if (flags & FLAGS.capsOnly && flags & FLAGS.legalSuffix && inCapitalsText(token)) return flags & ~CAPS_ENTRY_FLAGS;
  // "LBO" is never a name, "Led" and "Roe" may be
  if (flags & FLAGS.initialism) return token.shape === 'upper' ? flags | FLAGS.notName : flags & ~FLAGS.initialism;
  return flags;
}

/**
 * Is the token, of the cached document, in an all-capitals sentence or between two words in
 * capitals ("VOLVO AS SPONSOR": a headline too short to count as all-capitals)? Not "Velstad Petro
 * AS said", "BASF SE said".
 */
function inCapitalsText(token: Token): boolean {
  if (cachedTokens === null || cachedTokens[token.index] !== token) return false;
  if (cachedSentences[token.sentence - (cachedSentences[0]?.index ?? 0)]?.allCaps) return true;
  const before = cachedTokens[token.index - 1];
  const after = cachedTokens[token.index + 1];
  return before?.shape === 'upper' && after?.shape === 'upper' && before.sentence === token.sentence && after.sentence === token.sentence;
}

/** From now on, remember the word ids and flags of this document's tokens (each looked up at most once). */
export function cacheTokenFlags(doc: Doc): void {
  if (cachedTokens === doc.tokens) return;
  cachedTokens = doc.tokens;
  cachedSentences = doc.sentences;
  // the arrays are reused from document to document, not made anew for each (two typed arrays
  // allocated per document were about 0.7 % of a run); only the document's own part is reset
  const length = doc.tokens.length;
  if (length > cachedFlags.length || cachedFlags.length > MAX_REUSED_TOKENS) {
    const size = length > MAX_REUSED_TOKENS ? length : Math.min(MAX_REUSED_TOKENS, Math.max(1024, 2 * length));
    cachedFlags = new Int32Array(size);
    cachedIds = new Int32Array(size);
  }
  cachedFlags.fill(NOT_LOOKED_UP, 0, length);
  cachedIds.fill(NOT_LOOKED_UP, 0, length);
}
// arrays for longer documents are not kept for the next one (at most 2 x 256 KB stay allocated)
const MAX_REUSED_TOKENS = 1 << 16;
// flags and word ids are never negative except -1 (an unknown word's id)
const NOT_LOOKED_UP = -2;

/** The lexicon's id of the token's lower-case form, or -1. */
function tokenWordId(token: Token): number {
  if (cachedTokens !== null && cachedTokens[token.index] === token) {
    let id = cachedIds[token.index];
    if (id === NOT_LOOKED_UP) id = cachedIds[token.index] = wordId(token.lower);
    return id;
  }
  return wordId(token.lower);
}

/** The flags of the token's word as the lexicon has them, without tokenFlags' checks of its shape: lookup(token.lower). */
export function wordFlags(token: Token): number {
  return nodeFlags(tokenWordId(token));
}

/** Does no list know the token, not even as a word of its own ("Velmar", "ak"; it may open a listed phrase)? */
export function isUnlisted(token: Token): boolean {
  return (tokenFlags(token) & ~FLAGS.prefix) === 0;
}

/** Flags of a single token, with the case-only entries ("US", "AP") checked against its shape. */
export function tokenFlags(token: Token): number {
  if (cachedTokens !== null && cachedTokens[token.index] === token) {
    let flags = cachedFlags[token.index];
    if (flags === NOT_LOOKED_UP) flags = cachedFlags[token.index] = computeFlags(token);
    return flags;
  }
  return computeFlags(token);
}

export interface PhraseMatch {
  /** exclusive end token */
  end: number;
  flags: number;
}

const IS_WORD = new Set(['upper', 'title', 'initial', 'lower', 'mixed', 'number']);

/**
 * The longest lexicon entry starting at token `start` that carries one of `wanted`, not running
 * past `limit` (exclusive), or null. Phrases only join tokens of one sentence.
 */
export function longestPhraseAt(doc: Doc, start: number, wanted: number, limit = doc.tokens.length): PhraseMatch | null {
  const tokens = doc.tokens;
  const first = tokens[start];
  if (!first || !IS_WORD.has(first.shape)) return null;
  let best: PhraseMatch | null = null;
  const singleFlags = tokenFlags(first);
  if (singleFlags & wanted) best = { end: start + 1, flags: singleFlags };
  if (!(singleFlags & FLAGS.prefix)) return best;
  let node = tokenWordId(first);
  // (no walk where no longer key of a wanted kind begins here: "new" opens places, no title)
  if (!(longerKeyFlags(node) & wanted)) return best;
  const max = Math.min(limit, start + maxPhraseTokens(), tokens.length);
  for (let end = start + 2; end <= max; end++) {
    const token = tokens[end - 1];
    if (token.sentence !== first.sentence) break;
    node = nextNode(node, tokenWordId(token));
    const flags = nodeFlags(node);
    if (flags & wanted) best = { end, flags };
    if (!(flags & FLAGS.prefix) || !(longerKeyFlags(node) & wanted)) break;
  }
  return best;
}

/** The lexicon's key of tokens [start, end): their lower-case forms joined by one space. */
export function phraseKey(doc: Doc, start: number, end: number): string {
  let key = doc.tokens[start].lower;
  for (let i = start + 1; i < end; i++) key += ' ' + doc.tokens[i].lower;
  return key;
}

/** Flags of the exact token range [start, end) as one lexicon key. */
export function phraseFlags(doc: Doc, start: number, end: number): number {
  const tokens = doc.tokens;
  if (end - start === 1) return tokenFlags(tokens[start]);
  // a phrase entry's first word carries the prefix flag (case-only filtering keeps it)
  if (!(tokenFlags(tokens[start]) & FLAGS.prefix)) return 0;
  let node = tokenWordId(tokens[start]);
  for (let i = start + 1; i < end && node >= 0; i++) node = nextNode(node, tokenWordId(tokens[i]));
  return nodeFlags(node);
}

/**
 * The flags any lexicon key of two words or more that ends with this token may have: where one
 * is missing, phraseFlags of no run of two tokens or more ending here has it.
 */
export function endingPhraseFlags(token: Token): number {
  return phraseEndFlags(tokenWordId(token));
}

export function isCapitalized(token: Token | undefined): boolean {
  return !!token && (token.shape === 'title' || token.shape === 'upper' || token.shape === 'initial' || token.shape === 'mixed');
}
