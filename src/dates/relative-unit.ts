// Dates counted from the story's own date in weeks, months, years: "last week" -> 1998-W08,
// "this year", "next month", "earlier this year", "two years ago", "a year earlier",
// "the past year", "the weekend", "the end of the year", "year-end".
// Not dates: durations ("three years", "the past three months") are left alone.

import { addDays, formatDay, formatWeek, weekdayOf, formatYear } from './calendar';
import { DateContext, DateMatch, DateValue, lowerAt, match, tenseOf } from './context';
import { referenceAnchor, shiftedValue, shiftFrom } from './values';
import { lastCompletedQuarter, talksAboutQuarters } from './earnings';
import { FUNCTION_WORDS, NUMBER_WORDS, parseCount, Unit, UNITS, VAGUE_COUNTS } from './words';
import { FirstTokenGate } from './first-token';

const RELATIVE_WORDS = new Map<string, number>([
  ['last', -1], ['this', 0], ['next', 1], ['past', -1], ['coming', 1], ['previous', -1], ['current', 0],
  ['following', 1], ['prior', -1], ['upcoming', 1], ['latest', 0],
]);
/** Words that need "the" before them to be relative ("the past year", not "past year"). */
const NEED_THE = new Set(['past', 'coming', 'previous', 'current', 'following', 'prior', 'upcoming', 'latest']);
const SINGULAR_UNITS = new Set(['day', 'week', 'month', 'year', 'decade', 'century']);
const EDGE_MODIFIERS = new Set(['early', 'late', 'earlier', 'later', 'mid']);

function weekendValue(ctx: DateContext, start: number, end: number, amount: number | null): DateValue {
  if (!ctx.ref) return { value: 'XXXX-WXX-WE', inferred: [] };
  let offsetWeeks = amount ?? 0;
  if (amount === null) {
    // "the weekend": the last one in a past-tense sentence, the coming one otherwise
    const tense = tenseOf(ctx, start, end);
    const weekday = weekdayOf(ctx.ref);
    if (tense === 'past' && weekday < 6) offsetWeeks = -1;
  }
  return {
    value: `${formatWeek(addDays(ctx.ref, 7 * offsetWeeks))}-WE`,
    inferred: ['year', 'month', 'day'],
    anchor: referenceAnchor(ctx),
  };
}

/** "the same period", "earlier that day", "early next year", "that year", "last week", "the past year". */
export const RELATIVE_UNIT_STARTS: FirstTokenGate = {
  words: ['the', 'that', 'earlier', 'later', ...EDGE_MODIFIERS, ...RELATIVE_WORDS.keys()],
  // "the same period", "the full year", "the week", "the weekend", "the past year"
  after: {
    the: { words: ['same', 'corresponding', 'comparable', 'full', 'whole', 'entire', 'fiscal', 'year', 'week', 'month', 'decade', 'weekend', ...RELATIVE_WORDS.keys()] },
    that: { words: ['same', 'full', 'whole', 'entire', 'fiscal', 'year', 'week'] }, // "that same day", "that year"
    this: { words: ['fiscal', 'weekend', ...SINGULAR_UNITS] }, // "this year", "this weekend"
  },
};

/** "last week", "this year", "next month", "the past year", "earlier this year", "this weekend". */
export function matchRelativeUnit(ctx: DateContext, i: number): DateMatch | null {
  const same = matchSamePeriod(ctx, i) ?? matchSameDay(ctx, i);
  if (same) return same;
  let at = i;
  const hasEdge = EDGE_MODIFIERS.has(lowerAt(ctx, at));
  if (hasEdge) at++;
  const hasThe = lowerAt(ctx, at) === 'the';
  if (hasThe) at++;
  const word = lowerAt(ctx, at);
  const whole = wholePeriod(ctx, i, at, hasThe, hasEdge);
  if (whole) return whole;
  if (word === 'weekend' && hasThe) return match(i, at + 1, 'date.relative-unit', weekendValue(ctx, i, at + 1, null));
  const amount = RELATIVE_WORDS.get(word);
  if (amount === undefined) return null;
  if (NEED_THE.has(word) && !hasThe) return null;
  if (hasThe && word === 'this') return null;
  let unitAt = at + 1;
  let unitWord = lowerAt(ctx, unitAt);
  if (unitWord === 'fiscal' && lowerAt(ctx, unitAt + 1) === 'year') unitWord = lowerAt(ctx, ++unitAt);
  if (unitWord === 'weekend') {
    return match(i, unitAt + 1, 'date.relative-unit', weekendValue(ctx, i, unitAt + 1, amount));
  }
  if (!SINGULAR_UNITS.has(unitWord)) return null;
  // "This day will be remembered": rhetoric, not a date ("the next day" is one)
  if (unitWord === 'day' && !hasThe) return null;
  // "This Week" (a programme), "Next Year" in a title: a capitalized unit is a name
  if (ctx.tokens[unitAt].shape === 'title') return null;
  const unit = UNITS.get(unitWord) as Unit;
  let end = unitAt + 1;
  // "the following year", "the previous year" count from the year the story was just talking about
  const narrative = (word === 'following' || word === 'previous' || word === 'prior') && ctx.lastDate !== null;
  const value = (narrative && narrativeValue(ctx.lastDate as string, unit, amount)) || shiftedValue(ctx, unit, amount);
  // "the past year" / "the last week" / "the past month" is a period ending now, valued as the
  // unit it ends in ("the last month of the year" is another's part)
  const monthEndingNow = unit === 'month' && lowerAt(ctx, end) !== 'of';
  if ((word === 'past' || (word === 'last' && hasThe)) && unit !== 'year' && unit !== 'week' && unit !== 'decade' && !monthEndingNow) return null;
  // "the next year or so", "the next day or two"
  if (lowerAt(ctx, end) === 'or' && (lowerAt(ctx, end + 1) === 'so' || lowerAt(ctx, end + 1) === 'two')) end += 2;
  return match(i, end, 'date.relative-unit', value);
}

/** Words after "the year" that make it part of another expression ("the year ended June 30"). */
const NOT_AFTER_THE_YEAR = new Set(['before', 'after', 'earlier', 'ago', 'to', 'through', 'in', 'of', 'when', 'that', 'since']);
const WHOLE = new Set(['full', 'whole', 'entire', 'fiscal']);

/**
 * "the year", "the full year", "the week", "that year", "earlier in the year": the year or week of
 * the story (or, for "that year", the year it was just talking about).
 */
function wholePeriod(ctx: DateContext, i: number, at: number, hasThe: boolean, hasEdge: boolean): DateMatch | null {
  let start = i;
  let unitAt = at;
  const determiner = hasThe ? 'the' : lowerAt(ctx, at);
  if (!hasThe) {
    // "that year", "later that year" (the edge word in the span, as for "later this year")
    if (determiner !== 'that') return null;
    unitAt = at + 1;
  } else if (hasEdge) {
    return null;
  }
  if (WHOLE.has(lowerAt(ctx, unitAt))) unitAt++;
  const unitWord = lowerAt(ctx, unitAt);
  // "for the month", "over the decade": the story's month or decade, as "the year" is its year
  const longUnit = hasThe && (unitWord === 'month' || unitWord === 'decade');
  if (unitWord !== 'year' && unitWord !== 'week' && !longUnit) return null;
  if (ctx.tokens[unitAt].shape !== 'lower') return null;
  // ("a record for the year of $8.2 million": that "of" opens an amount, not a part of the year)
  const partOf = lowerAt(ctx, unitAt + 1) === 'of' && !amountAt(ctx, unitAt + 2);
  if ((NOT_AFTER_THE_YEAR.has(lowerAt(ctx, unitAt + 1)) && lowerAt(ctx, unitAt + 1) !== 'of') || partOf || lowerAt(ctx, i - 1) === 'of') return null;
  // "the month ended June 9", "the month's sales", "the month-to-month dip" are other spans
  if (longUnit && NOT_AFTER_THE_MONTH.has(lowerAt(ctx, unitAt + 1))) return null;
  // "the year 2005", "the year two thousand", "the year '83" are years of their own
  const next = lowerAt(ctx, unitAt + 1);
  if (/^\d{4}$/.test(next) || next === 'two' || ((next === "'" || next === '’') && /^\d\d$/.test(lowerAt(ctx, unitAt + 2)))) return null;
  // "earlier in the year", "later in the year"
  if (hasThe && lowerAt(ctx, i - 1) === 'in' && (lowerAt(ctx, i - 2) === 'earlier' || lowerAt(ctx, i - 2) === 'later')) start = i - 2;
  const end = unitAt + 1;
  if (determiner === 'that') {
    if (unitWord !== 'year' || ctx.lastDate === null) return null;
    return match(start, end, 'date.relative-unit', { value: ctx.lastDate.slice(0, 4), inferred: ['year'], anchor: `the date named before (${ctx.lastDate})` });
  }
  return match(start, end, 'date.relative-unit', shiftedValue(ctx, unitWord as Unit, 0));
}

const CURRENCY_SIGNS = new Set(['$', '£', '€', '¥', '#']);

/** Does an amount of money start at token i ("$8.2 million", "US$ 4", "£2")? */
function amountAt(ctx: DateContext, i: number): boolean {
  if (CURRENCY_SIGNS.has(lowerAt(ctx, i))) return true;
  // "US$", "C$", "HK$": the tokenizer splits the country's letters from the sign
  const token = ctx.tokens[i];
  return token !== undefined && /^[A-Z]{1,2}$/.test(token.text) && lowerAt(ctx, i + 1) === '$' && !ctx.tokens[i + 1].spaceBefore;
}

const NOT_AFTER_THE_MONTH = new Set(['ended', 'ending', 'before', 'after', 'earlier', 'later', 'prior', 'following', "'s", '’s', '-', '–']);

/** "On the same day", "that same day", "Earlier that day": the day the story was just talking about. */
function matchSameDay(ctx: DateContext, i: number): DateMatch | null {
  let at = i;
  if (lowerAt(ctx, at) === 'earlier' || lowerAt(ctx, at) === 'later') at++;
  const first = lowerAt(ctx, at);
  if (first !== 'the' && first !== 'that') return null;
  let dayAt = at + 1;
  if (lowerAt(ctx, dayAt) === 'same') dayAt++;
  else if (first === 'the' || at === i) return null; // "that day" alone only after "earlier"/"later"
  if (lowerAt(ctx, dayAt) !== 'day') return null;
  const end = dayAt + 1;
  const next = ctx.tokens[end];
  if (next && next.shape === 'lower' && !FUNCTION_WORDS.has(next.lower)) return null; // "the same day care"
  if (ctx.lastDate && /^\d{4}-\d{2}-\d{2}$/.test(ctx.lastDate)) {
    return match(i, end, 'date.relative-unit', { value: ctx.lastDate, inferred: ['year', 'month', 'day'], anchor: `the date named before (${ctx.lastDate})` });
  }
  return match(i, end, 'date.relative-unit', { value: 'XXXX-XX-XX', inferred: [] });
}

const SAME_WORDS = new Set(['same', 'corresponding', 'comparable']);
const SAME_PERIODS = new Set(['period', 'time', 'quarter', 'month', 'day', 'week', 'season', 'date']);

/** "the same period last year", "the same quarter a year ago", "the same time of last year". */
function matchSamePeriod(ctx: DateContext, i: number): DateMatch | null {
  if (lowerAt(ctx, i) !== 'the' || !SAME_WORDS.has(lowerAt(ctx, i + 1)) || !SAME_PERIODS.has(lowerAt(ctx, i + 2))) return null;
  let at = i + 3;
  if (lowerAt(ctx, at) === 'of' || lowerAt(ctx, at) === 'in') at++;
  let end: number;
  if (lowerAt(ctx, at) === 'last' && lowerAt(ctx, at + 1) === 'year') end = at + 2;
  else if (lowerAt(ctx, at) === 'a' && lowerAt(ctx, at + 1) === 'year' && (lowerAt(ctx, at + 2) === 'ago' || lowerAt(ctx, at + 2) === 'earlier')) end = at + 3;
  else return null;
  if (ctx.ref && (lowerAt(ctx, i + 2) === 'quarter' || talksAboutQuarters(ctx, i))) {
    const base = lastCompletedQuarter(ctx.ref);
    return match(i, end, 'date.relative-unit', { value: `${formatYear(base.year - 1)}-Q${base.quarter}`, inferred: ['year', 'quarter'], anchor: referenceAnchor(ctx) });
  }
  return match(i, end, 'date.relative-unit', shiftedValue(ctx, 'year', -1));
}

/** "the following month" after "In March 1989": counted from the date the story just named. */
export function narrativeValue(lastDate: string, unit: Unit, amount: number): DateValue | null {
  const parts = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(lastDate);
  if (!parts) return null;
  const anchor = `the date named before (${lastDate})`;
  if (unit === 'year') return { value: formatYear(+parts[1] + amount), inferred: ['year'], anchor };
  if (unit === 'month' && parts[2]) return { value: shiftFrom({ year: +parts[1], month: +parts[2], day: 1 }, 'month', amount), inferred: ['year', 'month'], anchor };
  if ((unit === 'day' || unit === 'week') && parts[3]) {
    return { value: shiftFrom({ year: +parts[1], month: +parts[2], day: +parts[3] }, unit, amount), inferred: ['year', 'month', 'day'], anchor };
  }
  return null;
}

/** "two years ago", "a year earlier", "six weeks ago", "nearly four years ago", "several years ago". */
const AGO_WORDS = new Map<string, number>([
  ['ago', -1], ['earlier', -1], ['before', -1], ['later', 1], ['hence', 1],
]);
const APPROXIMATORS = new Set(['nearly', 'almost', 'about', 'some', 'around', 'roughly', 'approximately', 'just', 'only', 'barely', 'over']);

/** "nearly two years ago", "more than a decade ago", "three weeks earlier", "a few days later", "years ago". */
/** A count word before its unit: "two years ago", "a few days later". */
const UNIT_AFTER_COUNT: FirstTokenGate = { words: [...UNITS.keys(), 'few', 'couple'] };
/** An approximator before its count: "nearly 10 years ago", "about a week earlier", "some years ago". */
const COUNT_AFTER_APPROXIMATOR: FirstTokenGate = {
  numbers: { min: 1, max: 3 },
  words: [...NUMBER_WORDS.keys(), ...VAGUE_COUNTS, ...[...UNITS.keys()].filter((unit) => unit.endsWith('s'))],
  test: (lower: string) => !Number.isNaN(parseCount(lower)),
};

export const AGO_STARTS: FirstTokenGate = {
  numbers: { min: 1, max: 3 }, // a count up to 999, before its unit
  afterNumber: { words: [...UNITS.keys()] },
  words: [...APPROXIMATORS, 'more', 'less', ...NUMBER_WORDS.keys(), ...VAGUE_COUNTS, ...[...UNITS.keys()].filter((unit) => unit.endsWith('s'))],
  // "twenty-five years ago"
  test: (lower) => !Number.isNaN(parseCount(lower)),
  after: {
    ...Object.fromEntries([...NUMBER_WORDS.keys()].map((count) => [count, UNIT_AFTER_COUNT])),
    ...Object.fromEntries([...APPROXIMATORS].map((approximator) => [approximator, COUNT_AFTER_APPROXIMATOR])),
    more: { words: ['than'] },
    less: { words: ['than'] },
  },
};

export function matchAgo(ctx: DateContext, i: number): DateMatch | null {
  let at = i;
  if (APPROXIMATORS.has(lowerAt(ctx, at))) at++;
  else if ((lowerAt(ctx, at) === 'more' || lowerAt(ctx, at) === 'less') && lowerAt(ctx, at + 1) === 'than') at += 2;
  let count = parseCount(lowerAt(ctx, at));
  let vague = false;
  // "a few months before", "a couple of years ago"
  if (lowerAt(ctx, at) === 'a' && (lowerAt(ctx, at + 1) === 'few' || lowerAt(ctx, at + 1) === 'couple')) {
    vague = true;
    at += lowerAt(ctx, at + 1) === 'couple' && lowerAt(ctx, at + 2) === 'of' ? 2 : 1;
  } else if (Number.isNaN(count)) {
    const word = lowerAt(ctx, at);
    if (VAGUE_COUNTS.has(word)) vague = true;
    else if (UNITS.has(word) && /s$/.test(word)) {
      // "years ago": no count at all
      vague = true;
      at--;
    } else return null;
  }
  if (!vague && (count < 1 || count > 999)) return null;
  const unitWord = lowerAt(ctx, at + 1);
  const unit = UNITS.get(unitWord);
  if (!unit) return null;
  let end = at + 2;
  // "a week or so ago"
  if (lowerAt(ctx, end) === 'or' && lowerAt(ctx, end + 1) === 'so') end += 2;
  const direction = AGO_WORDS.get(lowerAt(ctx, end));
  if (direction === undefined) {
    if (lowerAt(ctx, end) === 'from' && lowerAt(ctx, end + 1) === 'now') return finishAgo(ctx, i, end + 2, unit, vague ? NaN : count, 1);
    return null;
  }
  // "two years before the war" compares with something else than the story's date
  if (lowerAt(ctx, end) === 'before' && lowerAt(ctx, end + 1) !== '.' && lowerAt(ctx, end + 1) !== ',') return null;
  // "Five years ago today": the anniversary day belongs to the span
  const today = lowerAt(ctx, end) === 'ago' && lowerAt(ctx, end + 1) === 'today';
  const found = finishAgo(ctx, i, end + (today ? 2 : 1), unit, vague ? NaN : count, direction);
  if (today && ctx.ref && unit === 'year' && !vague) {
    found.value = formatDay({ year: ctx.ref.year - count, month: ctx.ref.month, day: ctx.ref.day });
    found.inferred = ['month', 'day'];
  }
  return found;
}

function finishAgo(ctx: DateContext, start: number, end: number, unit: Unit, count: number, direction: number): DateMatch {
  if (Number.isNaN(count)) return match(start, end, 'date.ago', { value: direction < 0 ? 'PAST_REF' : 'FUTURE_REF', inferred: [] });
  // "a year earlier" in quarterly results compares quarters: "sales rose from $8 million a year earlier"
  if (unit === 'year' && count === 1 && ctx.ref && talksAboutQuarters(ctx, start)) {
    const base = lastCompletedQuarter(ctx.ref);
    return match(start, end, 'date.ago', {
      value: `${formatYear(base.year - 1)}-Q${base.quarter}`,
      inferred: ['year', 'quarter'],
      anchor: referenceAnchor(ctx),
    });
  }
  // "Three days later", "two weeks earlier" count from the day the story named last (the
  // narrative's time); "ago" and "from now" from the story's own date. Not years: "up from $3
  // million a year earlier" compares with the story's period, whatever year was named before.
  const narrative =
    ctx.lastDate !== null && (unit === 'day' || unit === 'week' || unit === 'month') && NARRATIVE_WORDS.has(lowerAt(ctx, end - 1))
      ? narrativeValue(ctx.lastDate, unit, direction * count)
      : null;
  return match(start, end, 'date.ago', narrative ?? shiftedValue(ctx, unit, direction * count));
}

const NARRATIVE_WORDS = new Set(['later', 'earlier']);

/** "the end of the year", "the beginning of the month", "year-end", "year's end". */
const EDGE_NOUNS = new Set(['end', 'beginning', 'start', 'middle', 'close', 'turn']);

/** "year-end", "year end", "the end of the year". */
export const PERIOD_EDGE_STARTS: FirstTokenGate = { words: ['year-end', 'year', 'the'], after: { the: { words: EDGE_NOUNS } } };

export function matchPeriodEdge(ctx: DateContext, i: number): DateMatch | null {
  const word = lowerAt(ctx, i);
  // "year-end", "year end", "year's end"
  const possessiveEnd = word === 'year' && lowerAt(ctx, i + 1) === "'s" && lowerAt(ctx, i + 2) === 'end';
  if (word === 'year-end' || (word === 'year' && lowerAt(ctx, i + 1) === 'end') || possessiveEnd) {
    const end = word === 'year-end' ? i + 1 : possessiveEnd ? i + 3 : i + 2;
    return match(i, end, 'date.period-edge', shiftedValue(ctx, 'year', 0));
  }
  if (word !== 'the' || !EDGE_NOUNS.has(lowerAt(ctx, i + 1)) || lowerAt(ctx, i + 2) !== 'of') return null;
  const determiner = lowerAt(ctx, i + 3);
  const amount = determiner === 'the' || determiner === 'this' ? 0 : determiner === 'last' ? -1 : determiner === 'next' ? 1 : NaN;
  if (Number.isNaN(amount)) return null;
  const unit = UNITS.get(lowerAt(ctx, i + 4));
  if (!unit || !SINGULAR_UNITS.has(lowerAt(ctx, i + 4))) return null;
  return match(i, i + 5, 'date.period-edge', shiftedValue(ctx, unit, amount));
}
