// The gazetteer at run time: one JSON file compiled by scripts/build-lexicon.js, loaded the first
// time a recognizer asks (so `newsner --version` never pays for it), kept as a Map of bit sets.

import * as fs from 'fs';
import * as path from 'path';
import { FLAGS as FLAG_BITS, PLACE_FLAGS as PLACE_FLAG_BITS } from './flags';

// Plain constants, not `export { FLAGS } from './flags'`: TypeScript compiles a re-export into a
// getter, and the recognizers read these flags for every token (it was 1% of the pipeline's time).
export const FLAGS = FLAG_BITS;
export const PLACE_FLAGS = PLACE_FLAG_BITS;

interface CompiledLexicon {
  maxTokens: number;
  /** keys[i] has the flags flags[i] */
  keys: string[];
  flags: number[];
}

// The entries go into a Map: keys are built at run time (lower-cased, joined), and a Map looks such
// a string up by its hash, where a plain object must first intern it. The copy costs about 20 ms
// once, against a look-up for every token and phrase.
let loaded: { table: Map<string, number>; maxTokens: number } | null = null;

function lexiconPath(): string {
  // dist/lexicon/index.js sits next to lexicon.json; under ts-jest this file is src/lexicon/index.ts.
  const beside = path.join(__dirname, 'lexicon.json');
  if (fs.existsSync(beside)) return beside;
  return path.join(__dirname, '..', '..', 'dist', 'lexicon', 'lexicon.json');
}

function load(): { table: Map<string, number>; maxTokens: number } {
  if (loaded) return loaded;
  const compiled = JSON.parse(fs.readFileSync(lexiconPath(), 'utf8')) as CompiledLexicon;
  const table = new Map<string, number>();
  for (let i = 0; i < compiled.keys.length; i++) table.set(compiled.keys[i], compiled.flags[i]);
  loaded = { table, maxTokens: compiled.maxTokens };
  return loaded;
}

/** Flags of a lower-case key (tokens joined by one space); 0 when unknown. */
export function lookup(key: string): number {
  return (loaded ?? load()).table.get(key) ?? 0;
}

/** The longest entry, in tokens. */
export function maxPhraseTokens(): number {
  return load().maxTokens;
}

export function has(key: string, flag: number): boolean {
  return (lookup(key) & flag) !== 0;
}
