// The gazetteer at run time: one JSON file compiled by scripts/build-lexicon.js, loaded the first
// time a recognizer asks (so `newsner --version` never pays for it), kept as a Map of bit sets.

import * as fs from 'fs';
import * as path from 'path';
import { FLAGS } from './flags';

export { FLAGS, PLACE_FLAGS } from './flags';

interface CompiledLexicon {
  maxTokens: number;
  entries: Record<string, number>;
}

// The parsed entries object itself is the table: no prototype (so "constructor" is no entry), and
// no copy into a Map, which would double the load time.
let loaded: { table: Record<string, number | undefined>; maxTokens: number } | null = null;

function lexiconPath(): string {
  // dist/lexicon/index.js sits next to lexicon.json; under ts-jest this file is src/lexicon/index.ts.
  const beside = path.join(__dirname, 'lexicon.json');
  if (fs.existsSync(beside)) return beside;
  return path.join(__dirname, '..', '..', 'dist', 'lexicon', 'lexicon.json');
}

function load(): { table: Record<string, number | undefined>; maxTokens: number } {
  if (loaded) return loaded;
  const compiled = JSON.parse(fs.readFileSync(lexiconPath(), 'utf8')) as CompiledLexicon;
  Object.setPrototypeOf(compiled.entries, null);
  loaded = { table: compiled.entries, maxTokens: compiled.maxTokens };
  return loaded;
}

/** Flags of a lower-case key (tokens joined by one space); 0 when unknown. */
export function lookup(key: string): number {
  return (loaded ?? load()).table[key] ?? 0;
}

/** The longest entry, in tokens. */
export function maxPhraseTokens(): number {
  return load().maxTokens;
}

export function has(key: string, flag: number): boolean {
  return (lookup(key) & flag) !== 0;
}

export function flagsOf(key: string): number {
  return lookup(key);
}

export { FLAGS as LEXICON_FLAGS };
