// Which date patterns can start at a token, decided from that token alone before any pattern runs.
// Most tokens of a story start no date, and of those that may ("the", a number, "a"), each starts
// only a few of the pattern families: trying all of them at every candidate was a fifth of the
// pipeline's time. Each pattern declares the first tokens it can start with (FirstTokenGate, next
// to the pattern), and for "the", "that", a count or a number also the token after; the index turns
// the declarations into a lookup or two per token.

import { Token } from '../model';
import { HOLIDAY_FIRST_WORDS } from './relative-day';
import { MONTHS, ORDINAL_WORDS, parseCount, WEEKDAYS } from './words';
import { WordMap } from '../lexicon/word-map';

/**
 * The first tokens a pattern can match at, as a superset: a token the gate rejects must make the
 * pattern return null (without throwing), or output would change. When unsure, accept.
 */
export interface FirstTokenGate {
  /**
   * Tokens of shape 'number' ("27", "1996", "1990s", "3rd", "2002-2005"): all of them, or those of
   * `min` to `max` characters (the patterns' number forms are ASCII, so token.lower is the text).
   */
  numbers?: boolean | { min: number; max: number };
  /** lower-case words (token.lower); an array or set, never a one-pass iterator (gates are read more than once) */
  words?: ReadonlyArray<string> | ReadonlySet<string>;
  /**
   * Other lower-case forms, by rule ("mid-November", "third-quarter", "fy1996"). Only asked about
   * tokens with a hyphen or starting with "fy" (see mayNeedTest): a rule must accept nothing else.
   */
  test?: (lower: string) => boolean;
  /**
   * For some of `words`: the tokens that may follow the word when the pattern starts at it (for the
   * others, any token). "the", "that", "a" are most of the tokens that may start a date, and a pattern
   * starting there needs a particular word after them: "the third quarter", "that year", "a year ago".
   */
  after?: Record<string, FirstTokenGate>;
  /**
   * When the pattern starts at a number (one `numbers` takes): the tokens that may follow it
   * (without this, any). "6 July", "1989 second quarter", "20th century", "10 years ago".
   */
  afterNumber?: FirstTokenGate;
}

// Words a date can start with, besides numbers, month and weekday names, holidays and number
// words. A token that is none of these is skipped without trying the patterns: most tokens of a
// story, capitalized names included.
const START_WORDS = new Set([
  'the', 'this', 'that', 'its', 'last', 'next', 'early', 'late', 'mid', 'earlier', 'later', 'fiscal', 'a', 'an',
  'nearly', 'almost', 'about', 'some', 'around', 'roughly', 'approximately', 'just', 'only', 'barely', 'over',
  'more', 'less', 'several', 'few', 'many', 'couple', 'year-end', 'year', 'year-ago', 'year-earlier', 'comparable',
  'corresponding', 'prior-year', 'year-before', 'recent', 'past', 'coming', 'future', 'these', 'nowadays', 'today',
  'yesterday', 'tomorrow', 'between', 'tonight', 'previous', 'following', 'prior', 'upcoming', 'current', 'summer', 'winter',
  'spring', 'fall', 'autumn', 'first', 'second', 'third', 'fourth', 'final', 'years', 'months', 'weeks', 'days',
  'decades', 'every', 'each', 'weekly', 'monthly', 'age', 'all', 'twenties', 'thirties', 'forties', 'fifties', 'sixties', 'seventies', 'eighties', 'nineties', "'", '’',
]);
const PREFIXED = /^(?:mid|early|late|pre|post|fiscal)-|-(?:quarter|half|year|month|week|day|century)$|^fy|^[qh][1-4]$|^(?:eighteen|nineteen|twenty)-\w+ies$/;

/**
 * The recognizer's first filter, older than the gates: a token that fails it starts no date even
 * where a pattern alone would match.
 */
export function mayStartDate(token: Token): boolean {
  if (token.shape === 'number') return true;
  const lower = token.lower;
  return (
    START_WORDS.has(lower) ||
    MONTHS.has(lower) ||
    WEEKDAYS.has(lower) ||
    HOLIDAY_FIRST_WORDS.has(lower) ||
    ORDINAL_WORDS.has(lower) ||
    PREFIXED.test(lower) ||
    !Number.isNaN(parseCount(lower))
  );
}

/**
 * Tokens a gate's test may accept: hyphenated words and "fy...", of 4 characters or more (the
 * shortest a test's pattern takes is "fy96"). Cheap to tell, rare in text.
 */
function mayNeedTest(lower: string): boolean {
  return lower.length >= 4 && (lower.includes('-') || (lower.charCodeAt(0) === 102 /* f */ && lower.charCodeAt(1) === 121 /* y */));
}

/** A bit set over the pattern list: bit k set means pattern k is worth trying at the token. */
export type PatternSet = number;

/** At most this many patterns: the bits below LOOK_AHEAD. */
const MAX_PATTERNS = 30;
/** Flag in a word's set: more patterns may start at the word, depending on the token after it. */
const LOOK_AHEAD = 1 << MAX_PATTERNS;

/** Numbers longer than this share the last entry of the by-length table. */
const NUMBER_LENGTHS = 16;

/** Set `bit` in `byLength` at every length of number a gate takes. */
function addNumberLengths(byLength: Int32Array, numbers: true | { min: number; max: number }, bit: PatternSet): void {
  const { min, max } = numbers === true ? { min: 1, max: Infinity } : numbers;
  for (let length = 1; length <= NUMBER_LENGTHS; length++) {
    const inRange = length === NUMBER_LENGTHS ? max >= length : length >= min && length <= max;
    if (inRange) byLength[length] |= bit;
  }
}

/** The gates of all patterns compiled into lookups: which patterns accept a token. */
class CompiledGates {
  /** patterns per word (tests included), for tokens not shaped like a number */
  private readonly byWord = new WordMap<PatternSet>();
  /** patterns per word, for number-shaped tokens ("1st") */
  private readonly numberWords = new WordMap<PatternSet>();
  /** patterns per length of a number-shaped token (the last entry: that length or longer) */
  private readonly numbers = new Int32Array(NUMBER_LENGTHS + 1);
  private readonly tests: Array<{ bit: PatternSet; test: (lower: string) => boolean }> = [];

  /**
   * With `firstToken`, a token must also pass mayStartDate, as a date's first token must; without,
   * any token counts (the token after "the").
   */
  constructor(gates: ReadonlyArray<FirstTokenGate | undefined>, private readonly firstToken: boolean) {
    const words = new Map<string, PatternSet>();
    gates.forEach((gate, k) => {
      if (!gate) return;
      const bit = 1 << k;
      if (gate.numbers) addNumberLengths(this.numbers, gate.numbers, bit);
      for (const word of gate.words ?? []) words.set(word, (words.get(word) ?? 0) | bit);
      if (gate.test) this.tests.push({ bit, test: gate.test });
    });
    for (const [word, set] of words) {
      // (a number-shaped token never starts with a letter)
      if (!/^[a-z]/.test(word)) this.numberWords.set(word, set);
      // a word's own set takes in what the tests say of it, so a word found needs no test
      if (!firstToken || mayStartDate({ shape: 'lower', lower: word } as Token)) this.byWord.set(word, set | this.tested(word));
    }
  }

  /** Mark a word's set with a flag (LOOK_AHEAD), when the word may start a date. */
  flag(word: string, flag: PatternSet): boolean {
    if (this.firstToken && !mayStartDate({ shape: 'lower', lower: word } as Token)) return false;
    // a word met here first takes in what the tests say of it, as in the constructor
    this.byWord.set(word, (this.byWord.get(word) ?? this.tested(word)) | flag);
    return true;
  }

  private tested(lower: string): PatternSet {
    let set = 0;
    if (mayNeedTest(lower)) for (const { bit, test } of this.tests) if (test(lower)) set |= bit;
    return set;
  }

  accepting(token: Token): PatternSet {
    const lower = token.lower;
    if (token.shape === 'number') {
      return this.numbers[Math.min(lower.length, NUMBER_LENGTHS)] | (this.numberWords.get(lower) ?? 0) | this.tested(lower);
    }
    const set = this.byWord.get(lower);
    if (set !== undefined) return set;
    // words no gate names: only a test can take them ("mid-November", "third-quarter"); the tests
    // first, as they reject most hyphenated words at less cost than mayStartDate
    const tested = this.tested(lower);
    return tested !== 0 && (!this.firstToken || mayStartDate(token)) ? tested : 0;
  }
}

export class FirstTokenIndex {
  private readonly first: CompiledGates;
  /** per word with look-ahead: the gates of the token after it, of the patterns that say what follows */
  private readonly after = new WordMap<CompiledGates>();
  /** per length of a number: the patterns that start there only before certain tokens ... */
  private readonly numbersWithLookAhead = new Int32Array(NUMBER_LENGTHS + 1);
  /** ... and the gates of those tokens */
  private readonly afterNumber: CompiledGates;

  constructor(gates: readonly FirstTokenGate[]) {
    if (gates.length > MAX_PATTERNS) throw new Error(`FirstTokenIndex: at most ${MAX_PATTERNS} patterns fit in a bit set`);
    // a word (or number) with look-ahead leaves the pattern's first tokens: the token after it decides
    const withoutLookAhead = gates.map((gate) => {
      const after = gate.after;
      const words = after ? [...(gate.words ?? [])].filter((word) => after[word] === undefined) : gate.words;
      return { ...gate, words, numbers: gate.afterNumber ? undefined : gate.numbers };
    });
    this.first = new CompiledGates(withoutLookAhead, true);
    const lookAheadWords = new Set(gates.flatMap((gate) => Object.keys(gate.after ?? {})));
    // words with the same gates after them share one compiled copy ("two", "three" ... "a")
    const compiled = new Map<string, CompiledGates>();
    const ids = new Map<FirstTokenGate | undefined, number>();
    const idOf = (gate: FirstTokenGate | undefined): number => {
      if (!ids.has(gate)) ids.set(gate, ids.size);
      return ids.get(gate) as number;
    };
    for (const word of lookAheadWords) {
      // (a look-ahead applies only where the pattern names the word itself)
      const next = gates.map((gate) => ([...(gate.words ?? [])].includes(word) ? gate.after?.[word] : undefined));
      const key = next.map(idOf).join();
      const gatesAfter = compiled.get(key) ?? new CompiledGates(next, false);
      compiled.set(key, gatesAfter);
      if (this.first.flag(word, LOOK_AHEAD)) this.after.set(word, gatesAfter);
    }
    gates.forEach((gate, k) => {
      if (gate.afterNumber && gate.numbers) addNumberLengths(this.numbersWithLookAhead, gate.numbers, 1 << k);
    });
    this.afterNumber = new CompiledGates(gates.map((gate) => (gate.numbers ? gate.afterNumber : undefined)), false);
  }

  /** The patterns that may start at token i (0: none, skip it). */
  patternsAt(tokens: readonly Token[], i: number): PatternSet {
    const token = tokens[i];
    let set = this.first.accepting(token);
    const next = tokens[i + 1];
    if (set & LOOK_AHEAD) {
      set &= ~LOOK_AHEAD;
      if (next !== undefined) set |= (this.after.get(token.lower) as CompiledGates).accepting(next);
    }
    if (token.shape === 'number' && next !== undefined) {
      const lookingAhead = this.numbersWithLookAhead[Math.min(token.lower.length, NUMBER_LENGTHS)];
      if (lookingAhead !== 0) set |= lookingAhead & this.afterNumber.accepting(next);
    }
    return set;
  }
}
