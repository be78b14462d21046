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
