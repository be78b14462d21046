// Gazetteer look-ups over a document's tokens: flags of one token, and the longest lexicon phrase
// that starts at a token. Keys are the tokens' lower-case forms joined by one space, exactly as
// scripts/build-lexicon.js made them.

import { Doc, Token } from '../../model';
import { FLAGS, lookup, maxPhraseTokens } from '../../lexicon';

/** Flags of a single token, with the case-only entries ("US", "AP") checked against its shape. */
export function tokenFlags(token: Token): number {
  const flags = lookup(token.lower);
  if (flags & FLAGS.capsOnly && token.shape !== 'upper') return flags & (FLAGS.common | FLAGS.prefix);
  return flags;
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
  let key = first.lower;
  const max = Math.min(limit, start + maxPhraseTokens(), tokens.length);
  for (let end = start + 2; end <= max; end++) {
    const token = tokens[end - 1];
    if (token.sentence !== first.sentence) break;
    key += ' ' + token.lower;
    const flags = lookup(key);
    if (flags & wanted) best = { end, flags };
    if (!(flags & FLAGS.prefix)) break;
  }
  return best;
}

/** Flags of the exact token range [start, end) as one lexicon key. */
export function phraseFlags(doc: Doc, start: number, end: number): number {
  if (end - start === 1) return tokenFlags(doc.tokens[start]);
  if (!(lookup(doc.tokens[start].lower) & FLAGS.prefix)) return 0;
  let key = doc.tokens[start].lower;
  for (let i = start + 1; i < end; i++) key += ' ' + doc.tokens[i].lower;
  return lookup(key);
}

export function isCapitalized(token: Token | undefined): boolean {
  return !!token && (token.shape === 'title' || token.shape === 'upper' || token.shape === 'initial' || token.shape === 'mixed');
}
