// Which date patterns can start at a token, decided from that token alone before any pattern runs.
// Most tokens of a story start no date, and of those that may ("the", a number, "a"), each starts
// only a few of the pattern families: trying all of them at every candidate was a fifth of the
// pipeline's time. Each pattern declares the first tokens it can start with (FirstTokenGate, next
// to the pattern); the index turns the declarations into one map lookup per token.

import { Token } from '../model';
import { HOLIDAY_FIRST_WORDS } from './relative-day';
import { MONTHS, ORDINAL_WORDS, parseCount, WEEKDAYS } from './words';

/**
 * The first tokens a pattern can match at, as a superset: a token the gate rejects must make the
 * pattern return null (without throwing), or output would change. When unsure, accept.
 */
export interface FirstTokenGate {
  /** any token of shape 'number' ("27", "1996", "1990s", "3rd", "2002-2005") */
  numbers?: boolean;
  /** lower-case words (token.lower) */
  words?: Iterable<string>;
  /**
   * Other lower-case forms, by rule ("mid-November", "third-quarter", "fy1996"). Only asked about
   * tokens with a hyphen or starting with "fy" (see mayNeedTest): a rule must accept nothing else.
   */
  test?: (lower: string) => boolean;
  /**
   * When the pattern starts at "the": the tokens that may follow it (without this, any). "the" is a
   * third of the tokens that may start a date, and nearly every pattern needs a particular word after it.
   */
  afterThe?: FirstTokenGate;
}

// Words a date can start with, besides numbers, month and weekday names, holidays and number
// words. A token that is none of these is skipped without trying the patterns: most tokens of a
// story, capitalized names included.
const START_WORDS = new Set([
  'the', 'this', 'that', 'last', 'next', 'early', 'late', 'mid', 'earlier', 'later', 'fiscal', 'a', 'an',
  'nearly', 'almost', 'about', 'some', 'around', 'roughly', 'approximately', 'just', 'only', 'barely', 'over',
  'more', 'less', 'several', 'few', 'many', 'couple', 'year-end', 'year', 'year-ago', 'year-earlier', 'comparable',
  'corresponding', 'prior-year', 'year-before', 'recent', 'past', 'coming', 'these', 'nowadays', 'today',
  'yesterday', 'tomorrow', 'tonight', 'previous', 'following', 'prior', 'upcoming', 'current', 'summer', 'winter',
  'spring', 'fall', 'autumn', 'first', 'second', 'third', 'fourth', 'final', 'years', 'months', 'weeks', 'days',
  'decades', 'twenties', 'thirties', 'forties', 'fifties', 'sixties', 'seventies', 'eighties', 'nineties', "'", '’',
]);
const PREFIXED = /^(?:mid|early|late|pre|post|fiscal)-|-(?:quarter|half)$|^fy|^[qh][1-4]$/;

/**
 * The recognizer's first filter, older than the gates and kept as it was: a token that fails it
 * starts no date even where a pattern alone would match ("its latest quarter": "its" is not here).
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

/** Tokens a gate's test may accept: hyphenated words and "fy..." (cheap to tell, rare in text). */
function mayNeedTest(lower: string): boolean {
  return lower.includes('-') || (lower.charCodeAt(0) === 102 /* f */ && lower.charCodeAt(1) === 121 /* y */);
}

/** A bit set over the pattern list: bit k set means pattern k is worth trying at the token. */
export type PatternSet = number;

/** The gates of all patterns compiled into lookups: which patterns accept a token. */
class CompiledGates {
  /** patterns per word, for tokens that pass mayStartDate by their word */
  private readonly byWord = new Map<string, PatternSet>();
  /** patterns per word, whatever mayStartDate says (a number-shaped token always passes it) */
  private readonly byWordAnyShape = new Map<string, PatternSet>();
  private numbers: PatternSet = 0;
  private readonly tests: Array<{ bit: PatternSet; test: (lower: string) => boolean }> = [];

  /** With `startsDate`, a token must also pass mayStartDate (a first token); else any token counts. */
  constructor(gates: ReadonlyArray<FirstTokenGate | undefined>, private readonly startsDate: boolean) {
    gates.forEach((gate, k) => {
      if (!gate) return;
      const bit = 1 << k;
      if (gate.numbers) this.numbers |= bit;
      for (const word of gate.words ?? []) {
        this.byWordAnyShape.set(word, (this.byWordAnyShape.get(word) ?? 0) | bit);
        if (!startsDate || mayStartDate({ shape: 'lower', lower: word } as Token)) this.byWord.set(word, (this.byWord.get(word) ?? 0) | bit);
      }
      if (gate.test) this.tests.push({ bit, test: gate.test });
    });
  }

  accepting(token: Token): PatternSet {
    const lower = token.lower;
    const isNumber = token.shape === 'number';
    let set = isNumber ? this.numbers | (this.byWordAnyShape.get(lower) ?? 0) : this.byWord.get(lower) ?? 0;
    if (mayNeedTest(lower) && (isNumber || !this.startsDate || mayStartDate(token))) {
      for (const { bit, test } of this.tests) if (test(lower)) set |= bit;
    }
    return set;
  }
}

export class FirstTokenIndex {
  private readonly first: CompiledGates;
  /** for "the": the gates of the word after it, of the patterns that say what follows it */
  private readonly afterThe: CompiledGates;

  constructor(gates: readonly FirstTokenGate[]) {
    if (gates.length > 30) throw new Error('FirstTokenIndex: at most 30 patterns fit in a bit set');
    // "the" goes to afterThe for the patterns that say what follows it
    this.first = new CompiledGates(
      gates.map((gate) => (gate.afterThe ? { ...gate, words: [...(gate.words ?? [])].filter((word) => word !== 'the') } : gate)),
      true,
    );
    this.afterThe = new CompiledGates(
      gates.map((gate) => (gate.afterThe && [...(gate.words ?? [])].includes('the') ? gate.afterThe : undefined)),
      false,
    );
  }

  /** The patterns that may start at token i (0: none, skip it). */
  patternsAt(tokens: readonly Token[], i: number): PatternSet {
    const token = tokens[i];
    const set = this.first.accepting(token);
    if (token.lower !== 'the') return set;
    const next = tokens[i + 1];
    return next === undefined ? set : set | this.afterThe.accepting(next);
  }
}
