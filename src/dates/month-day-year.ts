// Calendar dates written with a month name, in every order news uses:
// "July 6, 2019", "Jul. 6", "Saturday, April 25", "6 July 2019", "August 1988", "October",
// "January this year", "mid-November".

import { addMonths, isValidDate, formatDay, formatMonth, pad, parseIsoDate } from './calendar';
import {
  DateContext,
  DateMatch,
  dayAt,
  isAbbreviationPeriod,
  isCapitalized,
  lowerAt,
  copyMatch,
  match,
  sameSentence,
  tenseOf,
  yearAt,
} from './context';
import { monthDayWithoutYear, referenceAnchor, shiftFrom, written } from './values';
import { AMBIGUOUS_MONTHS, FUNCTION_WORDS, MONTHS, ORDINAL_WORDS, parseOrdinalNumber, SHORT_MONTHS, WEEKDAYS } from './words';
import { matchSpokenYear } from './years';
import { FirstTokenGate } from './first-token';

/** Words after which a lone "May" or "March" is the month: "in May", "since March", "last May". */
const MONTH_CONTEXT = new Set([
  'in', 'since', 'until', 'till', 'by', 'from', 'to', 'through', 'of', 'last', 'this', 'next', 'early', 'late',
  'mid', 'during', 'before', 'after', 'between', 'and', 'or', 'until', 'each', 'every', 'since', 'for', 'that',
  'end', 'beginning', 'middle', 'start', 'around', 'into', 'past', 'coming', 'earlier', 'later', 'in',
]);

/** A month name at token i: its number and the token after it (after the period of "Feb."). */
export function monthAt(ctx: DateContext, i: number): { month: number; end: number } | null {
  const token = ctx.tokens[i];
  if (!token || !isCapitalized(ctx, i)) return null;
  const month = MONTHS.get(token.lower);
  if (month === undefined) return null;
  // the period of "Feb." belongs to the month; the full stop after "December." does not
  if (SHORT_MONTHS.has(token.lower) && isAbbreviationPeriod(ctx, i + 1)) return { month, end: i + 2 };
  // "Sept" without its period is still a month in dense copy, but "Mar" "Jan" "Dec" alone are not
  if (SHORT_MONTHS.has(token.lower) && token.lower !== 'sept' && token.lower !== 'sep' && token.lower !== 'aug') {
    // allowed only when a day or year follows directly
    if (!(dayAt(ctx, i + 1) > 0 || yearAt(ctx, i + 1) > 0)) return null;
  }
  return { month, end: i + 1 };
}

/** "March eighth" in transcripts: an ordinal word as the day. */
function ordinalDayAt(ctx: DateContext, i: number): number {
  const ordinal = ORDINAL_WORDS.get(lowerAt(ctx, i));
  return ordinal !== undefined && ordinal > 0 ? ordinal : NaN;
}

/** Does the number at token i look like a day rather than a count ("May 5" vs "May 5 percent")? */
function dayNotQuantity(ctx: DateContext, i: number): boolean {
  const next = lowerAt(ctx, i + 1);
  // "5:30" is a clock time; "April 25: The court ..." is a date
  const after = ctx.tokens[i + 2];
  if (next === ':' && after && after.shape === 'number' && !after.spaceBefore) return false;
  return !(next === '%' || next === 'percent' || next === 'per' || next === 'million' || next === 'billion');
}

/** ", 1998" or " 1998" after a day: the year of the date, or NaN; and the token after it. */
function yearAfter(ctx: DateContext, i: number): { year: number; end: number } | null {
  // "March of 1996"
  if (lowerAt(ctx, i) === 'of' && yearAt(ctx, i + 1) > 0) return { year: yearAt(ctx, i + 1), end: i + 2 };
  if (lowerAt(ctx, i) === ',' && yearAt(ctx, i + 1) > 0 && sameSentence(ctx, i, i + 1)) return { year: yearAt(ctx, i + 1), end: i + 2 };
  if (yearAt(ctx, i) > 0) return { year: yearAt(ctx, i), end: i + 1 };
  // broadcast transcripts: "January nineteen ninety-seven"
  const spoken = matchSpokenYear(ctx, i);
  if (spoken && spoken.start === i) return { year: +spoken.value, end: spoken.end };
  return null;
}

/**
 * "this year" / "last year" / "next year" after a month: "January this year", "June last year",
 * also with "of": "August of this year", "June 15th of this year".
 */
function relativeYearAfter(ctx: DateContext, i: number): { amount: number; end: number } | null {
  if (lowerAt(ctx, i) === 'of') i++;
  if (lowerAt(ctx, i + 1) !== 'year') return null;
  const word = lowerAt(ctx, i);
  const amount = word === 'this' ? 0 : word === 'last' ? -1 : word === 'next' ? 1 : NaN;
  return Number.isNaN(amount) ? null : { amount, end: i + 2 };
}

/** A leading "Saturday, " (or "this coming Sunday, ") before a month-day date: kept in the span, as TimeML does. */
function weekdayPrefix(ctx: DateContext, i: number): number {
  if (lowerAt(ctx, i) === 'this' && lowerAt(ctx, i + 1) === 'coming') i += 2;
  else if (lowerAt(ctx, i) === 'this' || lowerAt(ctx, i) === 'next' || lowerAt(ctx, i) === 'last') i++;
  const token = ctx.tokens[i];
  if (!token || !isCapitalized(ctx, i) || !WEEKDAYS.has(token.lower)) return -1;
  let j = i + 1;
  if (isAbbreviationPeriod(ctx, j)) j++;
  if (lowerAt(ctx, j) === ',') j++;
  return j;
}

/** "last May", "this September", "next March": the month nearest the reference date that way. */
function matchRelativeMonth(ctx: DateContext, i: number): DateMatch | null {
  let word = lowerAt(ctx, i);
  let at = i + 1;
  // "the following Oct. 1": the first such date after the one the story just named
  if (word === 'the' && lowerAt(ctx, at) === 'following') {
    word = 'following';
    at++;
  }
  let direction = word === 'last' ? -1 : word === 'next' ? 1 : word === 'this' ? 0 : NaN;
  if (word === 'following' && at === i + 2) direction = 1;
  if (Number.isNaN(direction)) return null;
  if (word === 'this' && (lowerAt(ctx, at) === 'past' || lowerAt(ctx, at) === 'coming')) {
    direction = lowerAt(ctx, at) === 'past' ? -1 : 1;
    at++;
  }
  const month = monthAt(ctx, at);
  if (!month || yearAt(ctx, month.end) > 0) return null;
  const day = dayAt(ctx, month.end);
  if (day > 0) {
    // "this April 13", "the following Oct. 1"; in "last Oct. 13" the date stands on its own
    if (word !== 'this' && word !== 'following') return null;
    return relativeMonthDay(ctx, i, month.end + 1, month.month, day, direction, word === 'following');
  }
  if (word === 'following') return null;
  const pad2 = String(month.month).padStart(2, '0');
  if (!ctx.ref) return match(i, month.end, 'date.month-relative', { value: `XXXX-${pad2}`, inferred: [] });
  let year = ctx.ref.year;
  if (direction < 0 && month.month >= ctx.ref.month) year--;
  if (direction > 0 && month.month <= ctx.ref.month) year++;
  return match(i, month.end, 'date.month-relative', { value: `${year}-${pad2}`, inferred: ['year'], anchor: referenceAnchor(ctx) });
}

/** "this April 13", "the following Oct. 1". */
function relativeMonthDay(ctx: DateContext, start: number, end: number, month: number, day: number, direction: number, narrative: boolean): DateMatch | null {
  if (!isValidDate(2000, month, day)) return null;
  const base = narrative && ctx.lastDate && /^\d{4}-\d{2}-\d{2}$/.test(ctx.lastDate) ? parseIsoDate(ctx.lastDate) : ctx.ref;
  if (!base) return match(start, end, 'date.month-day', { value: `XXXX-${pad(month)}-${pad(day)}`, inferred: [] });
  if (direction === 0) return match(start, end, 'date.month-day', monthDayWithoutYear(ctx, start, end, month, day));
  const order = month - base.month || day - base.day;
  let year = base.year;
  if (direction < 0 && order >= 0) year--;
  if (direction > 0 && order <= 0) year++;
  const anchor = base === ctx.ref ? referenceAnchor(ctx) : `the date named before (${ctx.lastDate})`;
  return match(start, end, 'date.month-day', { value: formatDay({ year, month, day }), inferred: ['year'], anchor });
}

/** Prepositions before "the 30th" that make it a day of the month, not a rank ("the 30th anniversary"). */
const DAY_PREPOSITIONS = new Set(['on', 'by', 'until', 'till', 'since', 'from', 'before', 'after', 'to', 'through']);

/** "the 30th of June"; "on the 30th" (this month, or the last one when the verb is past). */
function matchOrdinalDay(ctx: DateContext, i: number): DateMatch | null {
  if (lowerAt(ctx, i) !== 'the') return null;
  const day = parseOrdinalNumber(lowerAt(ctx, i + 1));
  if (!(day >= 1 && day <= 31)) return null;
  if (lowerAt(ctx, i + 2) === 'of') {
    const month = monthAt(ctx, i + 3);
    if (!month) return null;
    return finish(ctx, i, month.end, month.month, day, yearAfter(ctx, month.end), 'date.day-month-year');
  }
  // "the 30th anniversary", "the 11th Circuit": a rank, not a day
  const after = ctx.tokens[i + 2];
  if (!DAY_PREPOSITIONS.has(lowerAt(ctx, i - 1))) return null;
  if (after && after.shape !== 'punct' && !FUNCTION_WORDS.has(after.lower)) return null;
  if (!ctx.ref) return match(i, i + 2, 'date.day-of-month', { value: `XXXX-XX-${pad(day)}`, inferred: [] });
  const tense = tenseOf(ctx, i, i + 2);
  let offset = 0;
  if (tense === 'past' && day > ctx.ref.day) offset = -1;
  if (tense === 'future' && day < ctx.ref.day) offset = 1;
  const month = addMonths(ctx.ref.year, ctx.ref.month, offset);
  if (!isValidDate(month.year, month.month, day)) return null;
  return match(i, i + 2, 'date.day-of-month', {
    value: formatDay({ year: month.year, month: month.month, day }),
    inferred: ['year', 'month'],
    anchor: referenceAnchor(ctx, tense),
  });
}

const DAY_RANGE = /^(\d{1,2})[-–](\d{1,2})$/;

/**
 * "March 12-14", "27-28 February": a range is two dates, the first day and the last, each with
 * its own span inside the range token.
 */
function matchDayRange(ctx: DateContext, i: number): DateMatch | null {
  const dayFirst = DAY_RANGE.exec(ctx.tokens[i]?.text ?? '');
  const monthFirst = dayFirst ? null : monthAt(ctx, i);
  const rangeAt = dayFirst ? i : monthFirst ? monthFirst.end : -1;
  const range = dayFirst ?? (rangeAt >= 0 ? DAY_RANGE.exec(ctx.tokens[rangeAt]?.text ?? '') : null);
  if (!range) return null;
  const [from, to] = [+range[1], +range[2]];
  if (!(from >= 1 && to <= 31 && from < to)) return null;
  const month = dayFirst ? monthAt(ctx, i + 1) : monthFirst;
  if (!month) return null;
  const end = dayFirst ? month.end : rangeAt + 1;
  const year = yearAfter(ctx, end);
  const last = year ? year.end : end;
  const token = ctx.tokens[rangeAt];
  const firstDigits = range[1].length;
  const lastStart = token.end - range[2].length;
  const first = finish(ctx, i, last, month.month, from, year, 'date.day-range');
  const second = finish(ctx, i, last, month.month, to, year, 'date.day-range');
  if (!first || !second) return null;
  // "27" and "28 February 2024"; "March 12" and "14"
  first.endChar = token.start + firstDigits;
  second.startChar = lastStart;
  if (!dayFirst) second.endChar = year ? ctx.tokens[year.end - 1].end : token.end;
  first.extra = [second];
  return first;
}

/**
 * A day range or day ("12-14 March", "6 July"), a month ("July 6"), a weekday before the date
 * ("Saturday, April 25", "this Saturday, ..."), "last May", "the following Oct. 1", "the 30th".
 */
export const MONTH_DAY_YEAR_STARTS: FirstTokenGate = {
  numbers: { min: 1, max: 5 }, // "6", "23rd", "12-14" before the month
  afterNumber: { words: [...MONTHS.keys()] },
  words: [...MONTHS.keys(), ...WEEKDAYS.keys(), 'the', 'this', 'next', 'last'],
  after: {
    the: { numbers: true, words: ['following'] }, // "the 30th of June", "the following Oct. 1"
    this: { words: [...MONTHS.keys(), ...WEEKDAYS.keys(), 'past', 'coming'] }, // "this April 13", "this Saturday, May 3"
  },
};

export function matchMonthDayYear(ctx: DateContext, i: number): DateMatch | null {
  const dayRange = matchDayRange(ctx, i);
  if (dayRange) return dayRange;
  const relativeMonth = matchRelativeMonth(ctx, i);
  if (relativeMonth) return relativeMonth;
  const ordinalDay = matchOrdinalDay(ctx, i);
  if (ordinalDay) return ordinalDay;
  let start = i;
  let at = i;
  const afterWeekday = weekdayPrefix(ctx, i);
  if (afterWeekday > 0) at = afterWeekday;
  // day first: "6 July 2019", "27 February"
  const leadingDay = dayAt(ctx, at);
  if (leadingDay > 0) {
    const month = monthAt(ctx, at + 1);
    if (!month || !sameSentence(ctx, at, at + 1)) return null;
    const year = yearAfter(ctx, month.end);
    return finish(ctx, start, month.end, month.month, leadingDay, year, 'date.day-month-year');
  }
  const month = monthAt(ctx, at);
  if (!month) return null;
  // "Feb. 27", "July 6, 2019", "April 23rd"
  // "October the 1st"
  const theDay = lowerAt(ctx, month.end) === 'the' ? parseOrdinalNumber(lowerAt(ctx, month.end + 1)) : NaN;
  if (theDay >= 1 && theDay <= 31) return finish(ctx, start, month.end + 2, month.month, theDay, yearAfter(ctx, month.end + 2), 'date.month-day-year');
  const day = dayAt(ctx, month.end) || ordinalDayAt(ctx, month.end);
  if (day > 0 && sameSentence(ctx, at, month.end) && dayNotQuantity(ctx, month.end) && yearAt(ctx, month.end) !== day) {
    const year = yearAfter(ctx, month.end + 1);
    const found = finish(ctx, start, month.end + 1, month.month, day, year, 'date.month-day-year');
    return found && !year ? withSecondDay(ctx, found, month.month, day) : found;
  }
  if (afterWeekday > 0) return null; // "Friday, May" is not a date
  // "August 1988", "March, 1996"
  const year = yearAfter(ctx, month.end);
  if (year && sameSentence(ctx, at, year.end - 1)) {
    return match(start, year.end, 'date.month-year', written(formatMonth(year.year, month.month)));
  }
  const relative = relativeYearAfter(ctx, month.end);
  if (relative) {
    if (!ctx.ref) return match(start, relative.end, 'date.month-relative-year', { value: `XXXX-${String(month.month).padStart(2, '0')}`, inferred: [] });
    const value = `${shiftFrom(ctx.ref, 'year', relative.amount)}-${String(month.month).padStart(2, '0')}`;
    return match(start, relative.end, 'date.month-relative-year', { value, inferred: ['year'], anchor: referenceAnchor(ctx) });
  }
  // a month alone: "in October"; "May" and "March" need a date word before them
  const token = ctx.tokens[at];
  const after = ctx.tokens[month.end];
  // "August Strindberg", "April Glaspie": a month name before a capitalized word is a first name
  if (after && after.shape === 'title' && sameSentence(ctx, at, month.end) && !after.sentenceInitial && !MONTHS.has(after.lower) && !WEEKDAYS.has(after.lower)) return null;
  if (AMBIGUOUS_MONTHS.has(token.lower) && !isAbbreviationPeriod(ctx, at + 1)) {
    // "The March accession", "the May elections": the month before the noun it dates
    const dating = lowerAt(ctx, at - 1) === 'the' && after !== undefined && after.shape === 'lower' && !FUNCTION_WORDS.has(after.lower);
    if ((!MONTH_CONTEXT.has(lowerAt(ctx, at - 1)) && !dating) || token.shape === 'upper') return null;
  }
  return match(start, month.end, 'date.month', monthDayWithoutYear(ctx, start, month.end, month.month, null));
}

/**
 * "June 11 and 12", "Dec. 2 or 3, 1989": the second day is a date of its own in the same month
 * (both corpora tag two dates), and a year after it is the first day's year too.
 */
function withSecondDay(ctx: DateContext, first: DateMatch, month: number, day: number): DateMatch {
  const link = first.end;
  const second = dayAt(ctx, link + 1);
  if ((lowerAt(ctx, link) !== 'and' && lowerAt(ctx, link) !== 'or') || !(second > day) || !sameSentence(ctx, link, link + 1)) return first;
  if (!dayNotQuantity(ctx, link + 1) || !isValidDate(2000, month, second)) return first;
  // "June 11 and 12 students": a count, not a day
  const after = ctx.tokens[link + 2];
  if (after && after.shape === 'lower' && !FUNCTION_WORDS.has(after.lower)) return first;
  const year = yearAfter(ctx, link + 2);
  const firstDate = year ? finish(ctx, first.start, first.end, month, day, year, first.rule) : first;
  const secondDate = finish(ctx, link + 1, link + 2, month, second, year, 'date.month-day-year');
  if (!firstDate || !secondDate) return first;
  if (!year) {
    // the second day takes the year the first one was given
    secondDate.value = first.value.slice(0, -2) + pad(second);
    secondDate.inferred = first.inferred;
    secondDate.anchor = first.anchor;
  }
  // the match runs over both days, so no pattern starts again inside it; the first ends at its day
  const both = copyMatch(firstDate);
  both.end = secondDate.end;
  both.endChar = ctx.tokens[first.end - 1].end;
  both.extra = [secondDate];
  return both;
}

function finish(
  ctx: DateContext,
  start: number,
  end: number,
  month: number,
  day: number,
  year: { year: number; end: number } | null,
  rule: string,
): DateMatch | null {
  if (year) {
    if (!isValidDate(year.year, month, day)) return null;
    return match(start, year.end, rule, written(formatDay({ year: year.year, month, day })));
  }
  if (!isValidDate(2000, month, day)) return null; // 2000 is a leap year: Feb. 29 allowed
  const relative = relativeYearAfter(ctx, end);
  if (relative) {
    if (!ctx.ref) return match(start, relative.end, rule, { value: `XXXX-${pad(month)}-${pad(day)}`, inferred: [] });
    const year = ctx.ref.year + relative.amount;
    return match(start, relative.end, rule, { value: formatDay({ year, month, day }), inferred: ['year'], anchor: referenceAnchor(ctx) });
  }
  return match(start, end, rule.replace(/-year$/, ''), monthDayWithoutYear(ctx, start, end, month, day));
}
