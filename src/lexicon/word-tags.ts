// Grammatical tags of ordinary words (PastTense, Infinitive, Adjective, ...) from compromise's
// lexicon, compiled at build time by scripts/build-word-tags.js and loaded on first use.

import * as fs from 'fs';
import * as path from 'path';

export type WordTags = string | string[] | undefined;

let table: Record<string, WordTags> | null = null;

function tablePath(): string {
  // dist/lexicon/word-tags.js sits next to word-tags.json; under ts-jest this file is in src/lexicon.
  const beside = path.join(__dirname, 'word-tags.json');
  if (fs.existsSync(beside)) return beside;
  return path.join(__dirname, '..', '..', 'dist', 'lexicon', 'word-tags.json');
}

export function wordTags(word: string): WordTags {
  if (table === null) {
    table = JSON.parse(fs.readFileSync(tablePath(), 'utf8')) as Record<string, WordTags>;
    Object.setPrototypeOf(table, null);
  }
  return table[word];
}

const FINITE_VERB_TAGS = new Set(['PastTense', 'PresentTense', 'Modal']);

/** Is the word a finite verb ("agreed", "says", "will"), as the recognizers ask after a name? */
export function isFiniteVerb(word: string): boolean {
  const tags = wordTags(word);
  if (tags === undefined) return false;
  return Array.isArray(tags) ? tags.some((t) => FINITE_VERB_TAGS.has(t)) : FINITE_VERB_TAGS.has(tags);
}

/** A finite verb, or a word no tags know ending as a past does ("founded", "tarvelled"): a clause's verb after a name */
export function looksLikeVerb(word: string): boolean {
  return isFiniteVerb(word) || word.endsWith('ed');
}
