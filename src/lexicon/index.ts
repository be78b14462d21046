// The gazetteer at run time: two files compiled by scripts/build-lexicon.js, loaded the first
// time a recognizer asks (so `newsner --version` never pays for it), kept as a trie of bit sets.

import * as fs from 'fs';
import { endianness } from 'os';
import * as path from 'path';
import { FLAGS as FLAG_BITS, PLACE_FLAGS as PLACE_FLAG_BITS } from './flags';
import { isAscii, withoutAccents } from './fold';

// Plain constants, not `export { FLAGS } from './flags'`: TypeScript compiles a re-export into a
// getter, and the recognizers read these flags for every token (it was 1% of the pipeline's time).
export const FLAGS = FLAG_BITS;
export const PLACE_FLAGS = PLACE_FLAG_BITS;

// The compiled lexicon (scripts/build-lexicon.js): lexicon-words.txt holds every word of any
// entry, one a line; a word's line number is its id and the trie node of its one-word key.
// lexicon-numbers.bin holds little-endian 32-bit integers: maxTokens, the word count, the phrase
// count, each word's flags as a one-word key (0: it only occurs inside phrases), then the longer
// keys as (parent node, word id, flags), node wordCount + i, parents first.

// A trie of word ids: a token's lower-case form is looked up once (in the word table below), and
// a phrase is walked from node to node by the next token's word id, so no phrase key is built and
// hashed at run time. The children of all nodes share one open-addressing table keyed by (parent
// node, word id).
interface Trie {
  /** lexicon-words.txt: the words, one a line, a word's line number its id */
  wordText: string;
  /**
   * The words' open-addressing table, four numbers a slot: a word's hash (wordHash), its id + 1
   * (0: an empty slot), and where in wordText it starts and its length. A V8 Map of the 80,000
   * words took three or four reads far apart in memory per look-up (its bucket, its entry, the key
   * string), each a cache miss on a busy machine; here a miss ends at the slot, and a hit reads the
   * slot and the word's characters in wordText. No string is made for a word at all.
   */
  wordSlots: Int32Array;
  wordMask: number;
  /** flags by node */
  flags: Int32Array;
  /** by word id: the flags of all keys of two words or more that end with the word, or'ed */
  endFlags: Int32Array;
  /** by node: the flags of all longer keys that begin with the node's key, or'ed */
  longerFlags: Int32Array;
  /** the table: parent node (-1: empty slot), word id and child node of each slot */
  parents: Int32Array;
  words: Int32Array;
  children: Int32Array;
  mask: number;
  maxTokens: number;
}

let loaded: Trie | null = null;

function lexiconFile(name: string): string {
  // dist/lexicon/index.js sits next to the files; under ts-jest this file is src/lexicon/index.ts.
  const beside = path.join(__dirname, name);
  if (fs.existsSync(beside)) return beside;
  return path.join(__dirname, '..', '..', 'dist', 'lexicon', name);
}

function slotOf(parent: number, word: number, mask: number): number {
  let h = (Math.imul(parent, 0x9e3779b1) + word) | 0;
  h ^= h >>> 15;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  return h & mask;
}

/** The file's little-endian 32-bit integers: the bytes themselves on a little-endian machine. */
function int32sOf(bytes: Buffer): Int32Array {
  const count = bytes.length >> 2;
  if (endianness() === 'LE') return new Int32Array(new Uint8Array(bytes).buffer, 0, count); // a copy, 4-byte aligned
  const numbers = new Int32Array(count);
  for (let i = 0; i < count; i++) numbers[i] = bytes.readInt32LE(4 * i);
  return numbers;
}

// (load's loops are functions of their own: V8 compiles a long loop while it runs, and in one
// function the code after each loop, never run yet, threw that compiled code away four times)

function load(): Trie {
  if (loaded) return loaded;
  const numbers = int32sOf(fs.readFileSync(lexiconFile('lexicon-numbers.bin')));
  const maxTokens = numbers[0];
  const wordCount = numbers[1];
  const phraseCount = numbers[2];
  const wordText = fs.readFileSync(lexiconFile('lexicon-words.txt'), 'utf8');
  const wordSlotCount = wordSlotCountFor(wordCount);
  const wordSlots = wordSlotsOf(wordText, wordCount, wordSlotCount - 1);
  const flags = new Int32Array(wordCount + phraseCount);
  copyWordFlags(numbers, flags, wordCount);
  // at most half full: a miss ends after a probe or two
  let size = 16;
  while (size < phraseCount * 2) size *= 2;
  const mask = size - 1;
  const parents = new Int32Array(size).fill(-1);
  const words = new Int32Array(size);
  const children = new Int32Array(size);
  const endFlags = new Int32Array(wordCount);
  addPhrases(numbers, { flags, parents, words, children, endFlags, mask }, wordCount, phraseCount);
  const longerFlags = longerFlagsOf(numbers, flags, wordCount, phraseCount);
  loaded = { wordText, wordSlots, wordMask: wordSlotCount - 1, flags, endFlags, longerFlags, parents, words, children, mask, maxTokens };
  return loaded;
}

/** FNV-1a over the UTF-16 code units of text[start, end). */
function wordHash(text: string, start: number, end: number): number {
  let hash = 0x811c9dc5 | 0;
  for (let i = start; i < end; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash;
}

/** Is the word the one at text[start, start + length)? */
function isWordAt(text: string, start: number, length: number, word: string): boolean {
  return word.length === length && text.startsWith(word, start);
}

/** Slots for the words: a power of two, at most a third full (a miss ends after a probe or two). */
function wordSlotCountFor(wordCount: number): number {
  let size = 16;
  while (size < wordCount * 3) size *= 2;
  return size;
}

function wordSlotsOf(text: string, wordCount: number, mask: number): Int32Array {
  const slots = new Int32Array(4 * (mask + 1));
  let start = 0;
  for (let id = 0; id < wordCount; id++) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    const hash = wordHash(text, start, end);
    let slot = hash & mask;
    // (a word twice in the list keeps its last id, as a Map's set did)
    while (slots[4 * slot + 1] !== 0 && !(slots[4 * slot] === hash && isWordAt(text, slots[4 * slot + 2], slots[4 * slot + 3], text.slice(start, end)))) slot = (slot + 1) & mask;
    slots[4 * slot] = hash;
    slots[4 * slot + 1] = id + 1;
    slots[4 * slot + 2] = start;
    slots[4 * slot + 3] = end - start;
    start = end + 1;
  }
  return slots;
}

function copyWordFlags(numbers: Int32Array, flags: Int32Array, wordCount: number): void {
  for (let i = 0; i < wordCount; i++) flags[i] = numbers[3 + i];
}

/** The phrases (parent node, last word, flags; after the words' flags in the file) into the hash table. */
function addPhrases(numbers: Int32Array, trie: Pick<Trie, 'flags' | 'parents' | 'words' | 'children' | 'endFlags' | 'mask'>, wordCount: number, phraseCount: number): void {
  const { flags, parents, words, children, endFlags, mask } = trie;
  const phraseAt = 3 + wordCount;
  for (let i = 0; i < phraseCount; i++) {
    const parent = numbers[phraseAt + 3 * i];
    const word = numbers[phraseAt + 3 * i + 1];
    let slot = slotOf(parent, word, mask);
    while (parents[slot] !== -1) slot = (slot + 1) & mask;
    parents[slot] = parent;
    words[slot] = word;
    children[slot] = wordCount + i;
    flags[wordCount + i] = numbers[phraseAt + 3 * i + 2];
    endFlags[word] |= flags[wordCount + i];
  }
}

function longerFlagsOf(numbers: Int32Array, flags: Int32Array, wordCount: number, phraseCount: number): Int32Array {
  const phraseAt = 3 + wordCount;
  // (parents come first: from the last key back, a node's longer keys are all counted before its parent takes them in)
  const longerFlags = new Int32Array(wordCount + phraseCount);
  for (let i = phraseCount - 1; i >= 0; i--) longerFlags[numbers[phraseAt + 3 * i]] |= flags[wordCount + i] | longerFlags[wordCount + i];
  return longerFlags;
}

/** The id of a word exactly as written (one token's lower-case form), or -1 when no entry has it. */
export function exactWordId(word: string): number {
  const trie = loaded ?? load();
  const slots = trie.wordSlots;
  const mask = trie.wordMask;
  const hash = wordHash(word, 0, word.length);
  let slot = hash & mask;
  for (;;) {
    const at = 4 * slot;
    const id = slots[at + 1] - 1;
    if (id < 0) return -1;
    if (slots[at] === hash && isWordAt(trie.wordText, slots[at + 2], slots[at + 3], word)) return id;
    slot = (slot + 1) & mask;
  }
}

/**
 * The id of a word, or of its spelling without accents where the lexicon does not know the word
 * ("côte" -> "cote", as in "cote d'ivoire"), or knows it only inside longer entries and knows the
 * plain spelling alone ("josé" -> "jose", "rodríguez" -> "rodriguez"; "são" stays, as in "são
 * paulo"); -1 when neither is known. Most news keeps names as the English lists spell them.
 */
export function wordId(word: string): number {
  const id = exactWordId(word);
  if ((nodeFlags(id) & ~FLAGS.prefix) !== 0 || isAscii(word)) return id;
  const plainId = exactWordId(withoutAccents(word));
  if (id < 0) return plainId;
  return (nodeFlags(plainId) & ~FLAGS.prefix) !== 0 ? plainId : id;
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

/**
 * What any key of two words or more that ends with the word can be (their flags or'ed; 0 for -1):
 * a run of tokens whose last word's flags here lack a flag is no key with that flag.
 */
export function phraseEndFlags(word: number): number {
  return word < 0 ? 0 : (loaded ?? load()).endFlags[word];
}

/** What any longer key that begins with the node's key can be (their flags or'ed; 0 for -1 or for none). */
export function longerKeyFlags(node: number): number {
  return node < 0 ? 0 : (loaded ?? load()).longerFlags[node];
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
