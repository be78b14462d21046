// Stretches of time counted back or forward from the story's date: "the past three years", "the
// next two weeks", "the last few months", "the past couple of years", "the first nine months". OntoNotes marks them as dates;
// TimeML calls them durations. The value is the TIMEX3 duration (P3Y, PXM for "few"): they name
// no point in time, so a timeline leaves them out.

import { DateContext, DateMatch, DateValue, lowerAt, match, yearAt } from './context';
import { FirstTokenGate } from './first-token';
import { written } from './values';
import { MONTHS, NUMBER_WORDS, parseCount, UNITS, VAGUE_COUNTS } from './words';

const PERIOD_WORDS = ['past', 'last', 'next', 'previous', 'coming', 'first', 'following'];
const DURATION_LETTERS: Record<string, string> = { day: 'D', week: 'W', month: 'M', quarter: 'Q', year: 'Y', decade: 'DE', century: 'CE' };

/** "the past three years": "the", then a period word. */
export const PERIOD_STARTS: FirstTokenGate = { words: ['the'], after: { the: { words: PERIOD_WORDS } } };

export function matchPeriod(ctx: DateContext, i: number): DateMatch | null {
  if (lowerAt(ctx, i) !== 'the' || !PERIOD_WORDS.includes(lowerAt(ctx, i + 1))) return null;
  const countWord = lowerAt(ctx, i + 2);
  const count = VAGUE_COUNTS.has(countWord) ? NaN : parseCount(countWord);
  if (!VAGUE_COUNTS.has(countWord) && !(count >= 2 && count <= 999)) return null;
  // "the past couple of years": "of" after the count
  const unitAt = countWord === 'couple' && lowerAt(ctx, i + 3) === 'of' ? i + 4 : i + 3;
  const unitWord = lowerAt(ctx, unitAt);
  const unit = UNITS.get(unitWord);
  if (unit === undefined || !unitWord.endsWith('s')) return null;
  // "the first nine months of 1997" is a part of the date after it (modifiers.ts takes it whole)
  if (lowerAt(ctx, unitAt + 1) === 'of') return null;
  const amount = Number.isNaN(count) ? 'X' : String(count);
  return match(i, unitAt + 1, 'date.period', written(`P${amount}${DURATION_LETTERS[unit]}`));
}

/** Counts a duration starts with: "three years", "18 months", "several weeks", "a few days". */
const DURATION_COUNT_WORDS = [...NUMBER_WORDS.keys()].filter((word) => (NUMBER_WORDS.get(word) as number) >= 2);
const PLURAL_UNITS = [...UNITS.keys()].filter((unit) => unit.endsWith('s'));
/** After the unit: an age ("five years old"), a count of something else ("three years' pay" is fine). */
const NOT_A_DURATION_AFTER = new Set(['old', '-old', 'ago', 'earlier', 'later', 'hence', 'after', 'before']);
const RANGE_LINKS = new Set(['to', 'or', '-', '–']);

/**
 * Words before the count that belong to the span: "nearly 30 years", "more than two years", "the two days".
 * Not "over": in "the works ran on over three years" it is the preposition both corpora leave out.
 */
const APPROXIMATORS = new Set(['nearly', 'almost', 'about', 'some', 'around', 'roughly', 'approximately', 'only', 'just', 'another', 'the']);
/** Two-word ones: "more than", "less than", "at least". */
const APPROXIMATOR_PAIRS = new Map([['more', 'than'], ['less', 'than'], ['fewer', 'than'], ['at', 'least']]);
/** "twenty-five years": compound count words, by rule */
const isCount = (lower: string): boolean => !Number.isNaN(parseCount(lower));

/**
 * A length of time written as one adjective: "a five-year plan", "the 30-day review", "a two-week
 * tour". OntoNotes marks the adjective as a date, TimeML as a duration. Not "quarter" ("one-quarter"
 * is a share) nor "decade" or "century", which neither corpus draws this way often enough to tell.
 */
const UNIT_ADJECTIVE = /^(.+)-(year|month|week|day)$/;

/** The count and unit of a one-token length of time ("five-year" -> 5 years), or null. */
export function unitAdjective(lower: string): { count: number; unit: 'year' | 'month' | 'week' | 'day' } | null {
  const found = lower.length >= 5 ? UNIT_ADJECTIVE.exec(lower) : null;
  if (!found) return null;
  const count = parseCount(found[1]);
  return count >= 1 && count <= 999 ? { count, unit: found[2] as 'year' | 'month' | 'week' | 'day' } : null;
}
const isCountOrUnitAdjective = (lower: string): boolean => isCount(lower) || unitAdjective(lower) !== null;
const A_COUNT: FirstTokenGate = { numbers: { min: 1, max: 3 }, words: [...DURATION_COUNT_WORDS, ...VAGUE_COUNTS, 'a', 'an', 'one'], test: isCountOrUnitAdjective };

/**
 * "one month", "one year", "a decade" are lengths of time wherever they stand ("jailed one year",
 * "a decade of growth"): a rate is "a year", "a week" ("$5 a week"), and "one day" is as often
 * "some day" ("she will one day return").
 */
function plainLength(count: string, unit: string): boolean {
  return count === 'one' ? unit === 'year' || unit === 'month' || unit === 'week' || unit === 'decade' : unit === 'decade';
}

/**
 * Words after which "a year", "one week" is a length of time, not a rate ("$5 a day") nor a
 * stand-in for "some day" ("will one day return"): "stayed for a week", "after a month of talks",
 * "took a year", "the strike lasted a month".
 */
const LENGTH_BEFORE = new Set(['for', 'after', 'spent', 'spend', 'spends', 'took', 'take', 'takes', 'lasted', 'last', 'lasts']);
/** The units in the singular, after "a", "an" or "one" (all of UNITS': the gate must pass what matchDuration matches) */
const SINGLE_UNITS = new Set([...UNITS.keys()].filter((unit) => !unit.endsWith('s')));

/** Units of an adjective written without its hyphen ("a six year high"). */
const SPACED_ADJECTIVE_UNITS = new Set(['year', 'month', 'week', 'day']);

/**
 * "every year", "each month": a recurrence (a TIMEX3 set, valued as its period: P1Y). OntoNotes
 * marks it as a date, TimeML as a set, which it does not score. Not "every Monday": the
 * recognizer drops a date after "every" (a weekday repeats, it names no day).
 */
const RECURRENCE_WORDS = ['every', 'each'];
/**
 * "the weekly cabinet meeting", "a third monthly decline": the same set in one word, as OntoNotes
 * draws it (TimeML leaves it to its unscored sets). Lower case only ("Publishers Weekly"), and not
 * the noun ("a news weekly").
 */
const RECURRENCE_ADJECTIVES = new Map([['weekly', 'P1W'], ['monthly', 'P1M']]);
const RECURRING_UNITS = new Set(['year', 'month', 'week', 'day']);

/**
 * "three years", "18 months", "several weeks", "a few days", "two to three years", "nearly 30 years",
 * "more than a decade"; "five-year", "30-day" (one token: the test, not the look-ahead after a number).
 */
export const DURATION_STARTS: FirstTokenGate = {
  numbers: { min: 1, max: 3 },
  afterNumber: { words: [...PLURAL_UNITS, ...RANGE_LINKS, ...SPACED_ADJECTIVE_UNITS] },
  words: [...DURATION_COUNT_WORDS, ...VAGUE_COUNTS, 'a', 'an', 'one', ...APPROXIMATORS, ...APPROXIMATOR_PAIRS.keys(), ...RECURRENCE_WORDS, ...RECURRENCE_ADJECTIVES.keys(), 'age'],
  test: isCountOrUnitAdjective,
  after: {
    ...Object.fromEntries(DURATION_COUNT_WORDS.map((word) => [word, { words: [...PLURAL_UNITS, ...RANGE_LINKS, ...SPACED_ADJECTIVE_UNITS] }])),
    ...Object.fromEntries([...APPROXIMATORS].map((word) => [word, A_COUNT])),
    // "the age of 81"
    the: { ...A_COUNT, words: [...(A_COUNT.words as string[]), 'age'] },
    ...Object.fromEntries([...APPROXIMATOR_PAIRS].map(([word, second]) => [word, { words: [second] }])),
    a: { words: ['few', 'couple', ...SINGLE_UNITS] },
    an: { words: [...SINGLE_UNITS] },
    one: { words: [...SINGLE_UNITS] },
    ...Object.fromEntries(RECURRENCE_WORDS.map((word) => [word, { words: [...RECURRING_UNITS] }])),
  },
};

/** "every year", "each day": the word and its unit (written in lower case: "Each Day" may be a title). */
function recurrence(ctx: DateContext, i: number): DateMatch | null {
  const unitWord = lowerAt(ctx, i + 1);
  if (!RECURRING_UNITS.has(unitWord) || ctx.tokens[i + 1].shape !== 'lower') return null;
  return match(i, i + 2, 'date.recurrence', written(`P1${DURATION_LETTERS[unitWord]}`));
}

/**
 * "retired at age 62", "died at the age of 81": an age is a length of time (P62Y, vague), as
 * OntoNotes draws it; TimeML leaves such spans out.
 */
function age(ctx: DateContext, i: number): DateMatch | null {
  const ageAt = lowerAt(ctx, i) === 'the' ? i + 1 : i;
  if (lowerAt(ctx, ageAt) !== 'age' || ctx.tokens[ageAt].shape !== 'lower') return null;
  const numberAt = ageAt > i ? ageAt + 2 : ageAt + 1;
  if (ageAt > i && lowerAt(ctx, ageAt + 1) !== 'of') return null;
  const token = ctx.tokens[numberAt];
  if (!token || token.shape !== 'number' || !/^\d{1,3}$/.test(token.text) || +token.text < 1 || +token.text > 120) return null;
  return match(i, numberAt + 1, 'date.duration', written(`P${+token.text}Y`));
}

function recurrenceAdjective(ctx: DateContext, i: number, value: string): DateMatch | null {
  if (ctx.tokens[i].shape !== 'lower' || lowerAt(ctx, i - 1) === 'news') return null;
  return match(i, i + 1, 'date.recurrence', written(value));
}

/**
 * "a five-year plan", "its 90-day review": the adjective alone is the span (the article and the noun
 * stay out, as OntoNotes draws them). Written in lower case or digits: "Five-Year" starts a name
 * ("the Five-Year Plan Committee") as often as a sentence.
 */
function unitAdjectiveAt(ctx: DateContext, i: number): DateValue | null {
  const token = ctx.tokens[i];
  if (!token || (token.shape !== 'lower' && token.shape !== 'number')) return null;
  const found = unitAdjective(token.lower);
  if (!found) return null;
  // "3 1/2-year", "$5-a-day": part of a bigger number or an amount
  const before = ctx.tokens[i - 1];
  if (before && !token.spaceBefore && (before.text === ',' || before.text === '.' || before.text === '$' || before.text === '/')) return null;
  return written(`P${found.count}${DURATION_LETTERS[found.unit]}`);
}

/** "of 1990", "of the year", "of this year", "of March": a date to be a part of. */
function dateFollows(ctx: DateContext, i: number): boolean {
  const word = lowerAt(ctx, i);
  return yearAt(ctx, i) > 0 || PART_OF.has(word) || (MONTHS.has(word) && ctx.tokens[i].shape === 'title');
}
const PART_OF = new Set(['the', 'this', 'last', 'next', 'that', 'fiscal', 'its']);

function countAt(ctx: DateContext, i: number): number {
  const token = ctx.tokens[i];
  if (!token) return NaN;
  if (token.shape === 'number') return /^\d{1,3}$/.test(token.text) ? +token.text : NaN;
  const count = parseCount(token.lower);
  return count >= 2 ? count : NaN;
}

/**
 * A stretch of time that is no point in time: "He spent three years in prison", "talks lasted
 * several weeks". OntoNotes marks them as dates, TimeML as durations; valued P3Y (PXW for
 * "several weeks"), they are vague: JSON has them, the table, summary and timeline do not.
 */
export function matchDuration(ctx: DateContext, i: number): DateMatch | null {
  let at = i;
  let amount: string;
  const first = lowerAt(ctx, at);
  if (first === 'every' || first === 'each') return recurrence(ctx, i);
  const set = RECURRENCE_ADJECTIVES.get(first);
  if (set !== undefined) return recurrenceAdjective(ctx, i, set);
  if (first === 'age' || (first === 'the' && lowerAt(ctx, i + 1) === 'age')) return age(ctx, i);
  if (APPROXIMATORS.has(first)) at++;
  else if (APPROXIMATOR_PAIRS.has(first)) {
    if (lowerAt(ctx, at + 1) !== APPROXIMATOR_PAIRS.get(first)) return null;
    at += 2;
  }
  const approximated = at > i;
  const word = lowerAt(ctx, at);
  // "a five-year plan": the adjective alone ("nearly" and the others stay out, as with "the")
  const adjective = unitAdjectiveAt(ctx, at);
  if (adjective) return approximated ? null : match(i, at + 1, 'date.duration', adjective);
  if (word === 'a' && (lowerAt(ctx, at + 1) === 'few' || lowerAt(ctx, at + 1) === 'couple')) {
    at += lowerAt(ctx, at + 1) === 'couple' && lowerAt(ctx, at + 2) === 'of' ? 3 : 2;
    amount = 'X';
  } else if (VAGUE_COUNTS.has(word) && word !== 'couple') {
    at++;
    amount = 'X';
  } else if ((word === 'a' || word === 'an' || word === 'one') && ((approximated && first !== 'the') || (!approximated && (LENGTH_BEFORE.has(lowerAt(ctx, i - 1)) || plainLength(word, lowerAt(ctx, at + 1)))))) {
    // "more than a year", "nearly a decade"; "stayed for a week", "took a year" (LENGTH_BEFORE);
    // "one year", "a decade" anywhere (plainLength)
    at++;
    amount = '1';
  } else {
    const count = countAt(ctx, at);
    if (Number.isNaN(count)) return null;
    amount = String(count);
    // "two to three years", "10-12 days": the range is one stretch, valued by its upper end
    if (RANGE_LINKS.has(lowerAt(ctx, at + 1)) && countAt(ctx, at + 2) > count) {
      at += 2;
      amount = String(countAt(ctx, at));
    }
    at++;
  }
  const unitWord = lowerAt(ctx, at);
  const unit = UNITS.get(unitWord);
  if (unit === undefined || ctx.tokens[at].shape !== 'lower') return null;
  // "a six year high", "a two day rally": the adjective written without its hyphen, as "five-year"
  const spacedAdjective = !approximated && amount !== '1' && amount !== 'X' && SPACED_ADJECTIVE_UNITS.has(unitWord) && ctx.tokens[at + 1]?.shape === 'lower';
  if (unitWord.endsWith('s') === (amount === '1') && !spacedAdjective) return null;
  // "the 1974 - 75 year", "0.37 day": the count is the end of another number
  const beforeCount = ctx.tokens[at - 2]?.text;
  if (spacedAdjective && (beforeCount === '-' || beforeCount === '–' || beforeCount === '.')) return null;
  // "five years old"; "the first two quarters of 2025" is a part of the date after it (modifiers.ts)
  if (NOT_A_DURATION_AFTER.has(lowerAt(ctx, at + 1)) || (lowerAt(ctx, at + 1) === 'of' && dateFollows(ctx, at + 2))) return null;
  // "1,000 days", "$5": part of a bigger number or an amount
  const before = ctx.tokens[i - 1];
  if (before && !ctx.tokens[i].spaceBefore && (before.text === ',' || before.text === '.' || before.text === '$')) return null;
  return match(i, at + 1, 'date.duration', written(`P${amount}${DURATION_LETTERS[unit]}`));
}
