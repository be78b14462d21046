/**
 * A Map from words whose misses cost no hashing: a fresh string is hashed in full at its first
 * lookup, and most tokens are misses. A key of the word's length and first and last characters
 * (5 bits each) says "maybe" first; equal words have equal keys, so a word of the map always passes.
 */
export class WordMap<T> {
  /** A set of words as a WordMap (each word maps to true) */
  static of(words: Iterable<string>): WordMap<true> {
    const map = new WordMap<true>();
    for (const word of words) map.set(word, true);
    return map;
  }

  private readonly map = new Map<string, T>();
  /** a bit per key: 2^15 bits, made at the first word (most maps of look-ahead gates stay empty) */
  private maybe: Uint32Array | null = null;

  private static key(word: string): number {
    return (Math.min(word.length, 31) << 10) | ((word.charCodeAt(0) & 31) << 5) | (word.charCodeAt(word.length - 1) & 31);
  }

  get(word: string): T | undefined {
    const maybe = this.maybe;
    if (maybe === null) return undefined;
    const key = WordMap.key(word);
    return (maybe[key >>> 5] >>> (key & 31)) & 1 ? this.map.get(word) : undefined;
  }

  set(word: string, value: T): void {
    this.map.set(word, value);
    const key = WordMap.key(word);
    this.maybe ??= new Uint32Array(1 << 10);
    this.maybe[key >>> 5] |= 1 << (key & 31);
  }
}
