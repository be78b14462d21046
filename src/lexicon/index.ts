// The gazetteer at run time: one JSON file compiled by scripts/build-lexicon.js, loaded the first
// time a recognizer asks (so `newsner --version` never pays for it), kept as a trie of bit sets.

import * as fs from 'fs';
import * as path from 'path';
import { FLAGS as FLAG_BITS, PLACE_FLAGS as PLACE_FLAG_BITS } from './flags';

// Plain constants, not `export { FLAGS } from './flags'`: TypeScript compiles a re-export into a
// getter, and the recognizers read these flags for every token (it was 1% of the pipeline's time).
export const FLAGS = FLAG_BITS;
export const PLACE_FLAGS = PLACE_FLAG_BITS;

interface CompiledLexicon {
  maxTokens: number;
  /** every word of any entry; its index is its id, and the trie node of the one-word key */
  words: string[];
  /** flags of each word as a one-word key (0: it only occurs inside phrases) */
  wordFlags: number[];
  /** the longer keys, node words.length + i: (parent node, word id, flags) at 3i, parents first */
  phrases: number[];
}

// A trie of word ids: a token's lower-case form is looked up once (a Map from the word, hashed
// by V8 once per string), and a phrase is walked from node to node by the next token's word id, so
// no phrase key is built and hashed at run time. The children of all nodes share one
// open-addressing table keyed by (parent node, word id).
interface Trie {
  wordIds: Map<string, number>;
  /** flags by node */
  flags: Int32Array;
  /** the table: parent node (-1: empty slot), word id and child node of each slot */
  parents: Int32Array;
  words: Int32Array;
  children: Int32Array;
  mask: number;
  maxTokens: number;
}

let loaded: Trie | null = null;

function lexiconPath(): string {
  // dist/lexicon/index.js sits next to lexicon.json; under ts-jest this file is src/lexicon/index.ts.
  const beside = path.join(__dirname, 'lexicon.json');
  if (fs.existsSync(beside)) return beside;
  return path.join(__dirname, '..', '..', 'dist', 'lexicon', 'lexicon.json');
}

function slotOf(parent: number, word: number, mask: number): number {
  let h = (Math.imul(parent, 0x9e3779b1) + word) | 0;
  h ^= h >>> 15;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  return h & mask;
}

function load(): Trie {
  if (loaded) return loaded;
  const compiled = JSON.parse(fs.readFileSync(lexiconPath(), 'utf8')) as CompiledLexicon;
  const wordCount = compiled.words.length;
  const wordIds = new Map<string, number>();
  for (let i = 0; i < wordCount; i++) wordIds.set(compiled.words[i], i);
  const phraseCount = compiled.phrases.length / 3;
  const flags = new Int32Array(wordCount + phraseCount);
  for (let i = 0; i < wordCount; i++) flags[i] = compiled.wordFlags[i];
  // at most half full: a miss ends after a probe or two
  let size = 16;
  while (size < phraseCount * 2) size *= 2;
  const mask = size - 1;
  const parents = new Int32Array(size).fill(-1);
  const words = new Int32Array(size);
  const children = new Int32Array(size);
  for (let i = 0; i < phraseCount; i++) {
    const parent = compiled.phrases[3 * i];
    const word = compiled.phrases[3 * i + 1];
    let slot = slotOf(parent, word, mask);
    while (parents[slot] !== -1) slot = (slot + 1) & mask;
    parents[slot] = parent;
    words[slot] = word;
    children[slot] = wordCount + i;
    flags[wordCount + i] = compiled.phrases[3 * i + 2];
  }
  loaded = { wordIds, flags, parents, words, children, mask, maxTokens: compiled.maxTokens };
  return loaded;
}

/** The id of a word (one token's lower-case form), or -1 when no entry has it. */
export function wordId(word: string): number {
  return (loaded ?? load()).wordIds.get(word) ?? -1;
}

/** The trie node of the key one word longer than `node`'s (a word id is the node of its one-word key), or -1. */
export function nextNode(node: number, word: number): number {
  if (node < 0 || word < 0) return -1;
  const trie = loaded ?? load();
  const parents = trie.parents;
  let slot = slotOf(node, word, trie.mask);
  for (;;) {
    const parent = parents[slot];
    if (parent === -1) return -1;
    if (parent === node && trie.words[slot] === word) return trie.children[slot];
    slot = (slot + 1) & trie.mask;
  }
}

/** Flags of the key a node stands for; 0 for -1 (no such key). */
export function nodeFlags(node: number): number {
  return node < 0 ? 0 : (loaded ?? load()).flags[node];
}

/** Flags of a lower-case key (tokens joined by one space); 0 when unknown. */
export function lookup(key: string): number {
  if (key.indexOf(' ') === -1) return nodeFlags(wordId(key));
  const words = key.split(' ');
  let node = wordId(words[0]);
  for (let i = 1; i < words.length && node >= 0; i++) node = nextNode(node, wordId(words[i]));
  return nodeFlags(node);
}

/** The longest entry, in tokens. */
export function maxPhraseTokens(): number {
  return load().maxTokens;
}

export function has(key: string, flag: number): boolean {
  return (lookup(key) & flag) !== 0;
}
