// Stock market indexes are no organizations: "the Dow Jones Industrial Average", "the Nikkei
// index", "the Nasdaq composite", "the Halvard 200 Index". A name followed by an index word is the
// index's name, not the company it is named after, and is left out of the results like an event's
// name (refine/events.ts): reported under no type. An institution's full name stays ("In New York
// Stock Exchange composite trading", "the Harbor Stock Exchange index").

import { Doc, Mention } from '../../model';
import { FLAGS } from '../../lexicon';
import { tokenFlags } from '../recognize/gazetteer';
import { isSportsStory } from '../recognize/sports';

/** Last words of an index's name ("average" only capitalized or after an index word: not "the EU average") */
const INDEX_HEADS = new Set(['index', 'indexes', 'indices', 'composite', 'average', 'averages']);
/** Lower-case words an index's name may hold before its last word: "the Dow Jones industrial average" */
const INDEX_WORDS = new Set(['industrial', 'industrials', 'transportation', 'utility', 'utilities', 'composite', 'stock', 'share', 'equity', 'market']);
/** How many words after the name the index word may come: "Nikkei 225 index", "Harbor Equity Market Index" */
const MAX_WORDS = 3;

export function withoutMarketIndexes(doc: Doc, mentions: Mention[]): Mention[] {
  return mentions.filter((m) => m.type !== 'organization' || !isIndexName(doc, m));
}

/** How many stocks an index of a firm's or an exchange's name holds, written after the name: "the Velk 500", "Tarn 100 futures" */
const INDEX_SIZES = new Set(['100', '225', '500', '1000', '2000', '5000']);
/** Lower-case words after such a number that go on with the index: "Velk 500 futures", "the Velk 500 or bonds" */
const AFTER_INDEX_SIZE = new Set(['futures', 'future', 'stocks', 'stock', 'shares', 'options', 'option', 'contract', 'contracts', 'companies', 'firms', 'index', 'pit', 'fund', 'funds', 'or', 'and', 'rose', 'fell', 'gained', 'lost', 'climbed', 'dropped', 'slipped', 'jumped', 'closed', 'ended', 'was', 'is', 'has', 'had']);

/**
 * "the Velk 500", "Tarn 100 futures": a one-word name (a firm's, an exchange's, its initials) with
 * one of an index's usual sizes after it is the index's name, not the firm, where the sentence or a
 * clause ends there or a word of the market or a verb goes on (not a product's model: "Velk 500
 * tires", nor a count: "Velk 500 million"; not in a sports story, where it is a side's score).
 */
function isSizedIndex(doc: Doc, m: Mention): boolean {
  if (m.tokenEnd - m.tokenStart !== 1) return false;
  const tokens = doc.tokens;
  const size = tokens[m.tokenEnd];
  if (!size || size.shape !== 'number' || !size.spaceBefore || !INDEX_SIZES.has(size.text) || size.sentence !== tokens[m.tokenStart].sentence) return false;
  // (a sports story's numbers after a side are its score: "Kestrel 225 all out")
  if (isSportsStory(doc)) return false;
  const after = tokens[m.tokenEnd + 1];
  if (!after || after.sentence !== size.sentence) return true;
  return after.shape === 'punct' || AFTER_INDEX_SIZE.has(after.lower);
}

function isIndexName(doc: Doc, m: Mention): boolean {
  const tokens = doc.tokens;
  if (tokenFlags(tokens[m.tokenEnd - 1]) & (FLAGS.orgHead | FLAGS.media)) return false;
  if (isSizedIndex(doc, m)) return true;
  const sentence = tokens[m.tokenStart].sentence;
  // the mention's own last word too: "Halvard 200 Index" typed as an organization whole
  for (let j = m.tokenEnd - 1; j < Math.min(m.tokenEnd + MAX_WORDS, tokens.length); j++) {
    const token = tokens[j];
    if (token.sentence !== sentence) return false;
    if (INDEX_HEADS.has(token.lower) && isIndexHead(doc, j)) return true;
    if (j < m.tokenEnd) continue;
    const word = token.shape === 'title' || token.shape === 'upper' || (token.shape === 'lower' && INDEX_WORDS.has(token.lower));
    if (!word && token.shape !== 'number') return false;
  }
  return false;
}

function isIndexHead(doc: Doc, j: number): boolean {
  const token = doc.tokens[j];
  // "composite trading" is trading on an exchange
  if (token.lower === 'composite') return doc.tokens[j + 1]?.lower !== 'trading';
  if (token.lower.startsWith('average')) return token.shape === 'title' || INDEX_WORDS.has(doc.tokens[j - 1]?.lower ?? '');
  return true;
}
