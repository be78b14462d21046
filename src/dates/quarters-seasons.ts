// Quarters, halves and seasons, the periods of business and political news:
// "the third quarter" -> 2019-Q3, "third-quarter profit", "the fiscal first quarter of 1990",
// "the year-ago quarter", "the first half of 1999" -> 1999-H1, "last fall" -> 1997-FA.

import { formatYear, quarterOf } from './calendar';
import { DateContext, DateMatch, lowerAt, match, yearAt } from './context';
import { referenceAnchor, written, yearForPeriod } from './values';
import { FUNCTION_WORDS, SEASON_MONTH, SEASONS } from './words';
import { followsMonthsCount, lastCompletedQuarter, sportsContext, talksAboutQuarters } from './earnings';
import { matchCentury, matchSpokenYear, matchYear } from './years';
import { Tense } from './tense';
import { FirstTokenGate } from './first-token';

const QUARTER_ORDINALS = new Map([
  ['first', 1], ['second', 2], ['third', 3], ['fourth', 4], ['1st', 1], ['2nd', 2], ['3rd', 3], ['4th', 4],
]);
/** Determiners a quarter or season phrase may start with; kept in the span ("the third quarter"). */
const DETERMINERS = new Set(['the', 'this', 'that']);

interface PeriodHead {
  /** 1-4 for quarters, 1-2 for halves, 0 for "the quarter" with no ordinal */
  ordinal: number;
  kind: 'quarter' | 'half';
  end: number;
}

/** "third quarter", "third-quarter", "fiscal second-quarter", "first half" at token i. */
function periodHead(ctx: DateContext, i: number): PeriodHead | null {
  let at = i;
  if (lowerAt(ctx, at) === 'fiscal') at++;
  const word = lowerAt(ctx, at);
  const hyphenated = word.includes('-') ? /^([a-z0-9]+)-(quarter|half)$/.exec(word) : null;
  if (hyphenated) {
    const ordinal = QUARTER_ORDINALS.get(hyphenated[1]);
    if (ordinal === undefined || (hyphenated[2] === 'half' && ordinal > 2)) return null;
    return { ordinal, kind: hyphenated[2] as 'quarter' | 'half', end: at + 1 };
  }
  let ordinal = QUARTER_ORDINALS.get(word.startsWith('fiscal-') ? word.slice('fiscal-'.length) : word);
  let next = at + 1;
  if (lowerAt(ctx, next) === 'fiscal') next++;
  const noun = lowerAt(ctx, next);
  // "the final quarter", "the last half of 1990"
  if (ordinal === undefined && word === 'final') ordinal = noun === 'half' ? 2 : 4;
  if (ordinal === undefined && word === 'last' && noun === 'half') ordinal = 2;
  if (ordinal === undefined) return null;
  if (noun === 'quarter') return { ordinal, kind: 'quarter', end: next + 1 };
  if (noun === 'half' && ordinal <= 2) return { ordinal, kind: 'half', end: next + 1 };
  return null;
}

/** "of 1990", "of fiscal 1990", "of this year", "of last year" after a period. */
function ofYear(ctx: DateContext, i: number): { year: number | null; relative: number | null; end: number } | null {
  if (lowerAt(ctx, i) !== 'of') return null;
  let at = i + 1;
  if (lowerAt(ctx, at) === 'fiscal') at++;
  const year = yearAt(ctx, at);
  if (year > 0) return { year, relative: null, end: at + 1 };
  const spoken = spokenYearAt(ctx, at);
  if (spoken) return { year: spoken.year, relative: null, end: spoken.end };
  const word = lowerAt(ctx, at);
  if (lowerAt(ctx, at + 1) === 'year' && (word === 'this' || word === 'last' || word === 'next' || word === 'the')) {
    return { year: null, relative: word === 'this' || word === 'the' ? 0 : word === 'last' ? -1 : 1, end: at + 2 };
  }
  return null;
}

/**
 * A year named right after the period, without "of": "the third quarter last year", "the first
 * half this year", "the fourth quarter a year earlier".
 */
function yearAfter(ctx: DateContext, i: number): { year: number | null; relative: number; end: number } | null {
  const word = lowerAt(ctx, i);
  if (lowerAt(ctx, i + 1) !== 'year') return null;
  if (word === 'last' || word === 'this' || word === 'next') return { year: null, relative: word === 'last' ? -1 : word === 'this' ? 0 : 1, end: i + 2 };
  const ago = lowerAt(ctx, i + 2);
  if (word === 'a' && (ago === 'ago' || ago === 'earlier')) return { year: null, relative: -1, end: i + 3 };
  return null;
}

/** A year as broadcast transcripts say it, "nineteen eighty-two", starting at token i. */
function spokenYearAt(ctx: DateContext, i: number): { year: number; end: number } | null {
  const token = ctx.tokens[i];
  // (only a lower-case word can start one: most tokens after "of" are names or digits)
  if (!token || token.shape !== 'lower') return null;
  const found = matchSpokenYear(ctx, i);
  return found && found.start === i && /^\d{4}$/.test(found.value) ? { year: +found.value, end: found.end } : null;
}

/** A year before the period: "the 1989 second quarter", "this year's third quarter", "last year's". */
function yearBefore(ctx: DateContext, i: number): { year: number | null; relative: number | null; end: number } | null {
  const year = yearAt(ctx, i);
  if (year > 0) return { year, relative: null, end: lowerAt(ctx, i + 1) === "'s" ? i + 2 : i + 1 };
  const word = lowerAt(ctx, i);
  if (lowerAt(ctx, i + 1) === 'year' && lowerAt(ctx, i + 2) === "'s" && (word === 'this' || word === 'last' || word === 'next')) {
    return { year: null, relative: word === 'this' ? 0 : word === 'last' ? -1 : 1, end: i + 3 };
  }
  return null;
}

function isApostrophe(word: string): boolean {
  return word === "'" || word === '’';
}

function quarterValue(year: number, head: PeriodHead): string {
  return head.kind === 'quarter' ? `${formatYear(year)}-Q${head.ordinal}` : `${formatYear(year)}-H${head.ordinal}`;
}

/**
 * A determiner ("the third quarter"), a year before the period ("1989 second quarter", "last
 * year's"), "year-ago", "fiscal", the ordinal ("first", "3rd", "final", "last half") or the
 * hyphenated head ("third-quarter", "fiscal-first").
 */
const QUARTER_HEAD: FirstTokenGate = {
  numbers: { min: 4, max: 4 }, // the year before it ("1st" is a word here, "3rd-quarter" a test)
  words: [...QUARTER_ORDINALS.keys(), 'this', 'last', 'next', 'final', 'fiscal', 'year-ago', 'year-earlier'],
  test: (lower) => /-(?:quarter|half)$/.test(lower) || lower.startsWith('fiscal-'),
};
export const QUARTER_STARTS: FirstTokenGate = {
  ...QUARTER_HEAD,
  words: [...DETERMINERS, ...(QUARTER_HEAD.words ?? [])],
  // "this year's third quarter" too
  after: { the: QUARTER_HEAD, that: QUARTER_HEAD, this: { ...QUARTER_HEAD, words: [...(QUARTER_HEAD.words ?? []), 'year'] } },
  // "1989 second quarter", "1990's fiscal first quarter"
  afterNumber: { words: ["'s", 'fiscal', 'final', 'last', ...QUARTER_ORDINALS.keys()], test: QUARTER_HEAD.test },
};

/** A numbered quarter or half: "the third quarter", "third-quarter", "the first half of 1999". */
export function matchQuarter(ctx: DateContext, i: number): DateMatch | null {
  let at = i;
  // "this year's third quarter" starts with a determiner that belongs to the year
  if (DETERMINERS.has(lowerAt(ctx, at)) && !yearBefore(ctx, at)) at++;
  // "the year-ago third quarter", "the year-earlier third quarter": that quarter a year before
  const yearAgo = lowerAt(ctx, at) === 'year-ago' || lowerAt(ctx, at) === 'year-earlier';
  if (yearAgo) at++;
  const before = yearAgo ? null : yearBefore(ctx, at);
  if (before) at = before.end;
  const head = periodHead(ctx, at);
  if (!head) return null;
  // "the" alone before a hyphenated adjective stays outside: "the third-quarter results" -> "third-quarter"
  let start = i;
  const headWord = lowerAt(ctx, at + (lowerAt(ctx, at) === 'fiscal' ? 1 : 0));
  if (start < at && !before && /-(quarter|half)$/.test(headWord)) start = yearAgo ? start + 1 : at;
  const after = ofYear(ctx, head.end) ?? yearAfter(ctx, head.end);
  // "the second half of the nineteenth century": a part of a longer period keeps that period's value
  if (!after && head.kind === 'half' && lowerAt(ctx, head.end) === 'of') {
    // ("the '70s": the decade's digits come after the apostrophe's token)
    const whole = matchCentury(ctx, head.end + 1) ?? matchYear(ctx, head.end + 2) ?? (isApostrophe(lowerAt(ctx, head.end + 2)) ? matchYear(ctx, head.end + 3) : null);
    if (whole && whole.start === head.end + 1) return match(start, whole.end, 'date.quarter', written(whole.value));
  }
  const end = after ? after.end : head.end;
  // "early in the second half", "a 21-10 lead into the last quarter": a match, not a calendar
  if (!after && !before && sportsContext(ctx, start)) return null;
  const found = quarterMatch(ctx, start, end, head, after ?? before);
  if (yearAgo && /^\d{4}/.test(found.value)) found.value = formatYear(+found.value.slice(0, 4) - 1) + found.value.slice(4);
  return found;
}

function quarterMatch(
  ctx: DateContext,
  start: number,
  end: number,
  head: PeriodHead,
  explicit: { year: number | null; relative: number | null } | null,
): DateMatch {
  const firstMonth = head.kind === 'quarter' ? head.ordinal * 3 - 2 : head.ordinal * 6 - 5;
  if (explicit && explicit.year !== null) {
    const value = quarterValue(explicit.year, head);
    return match(start, end, 'date.quarter', written(value));
  }
  if (!ctx.ref) return match(start, end, 'date.quarter', { value: head.kind === 'quarter' ? `XXXX-Q${head.ordinal}` : `XXXX-H${head.ordinal}`, inferred: [] });
  if (explicit && explicit.relative !== null) {
    const year = ctx.ref.year + explicit.relative;
    return match(start, end, 'date.quarter', { value: quarterValue(year, head), inferred: ['year'], anchor: referenceAnchor(ctx) });
  }
  // a quarter is reported in the three months after it ends
  const { year, tense } = yearForPeriod(ctx, start, end, firstMonth, head.kind === 'quarter' ? 3 : 0);
  const resolvedYear = year ?? ctx.ref.year;
  return match(start, end, 'date.quarter', { value: quarterValue(resolvedYear, head), inferred: ['year'], anchor: referenceAnchor(ctx, tense) });
}

const SHORT_PERIOD = /^([qh])([1-4])$/i;

/** "Q3", "H2", or the year before it: "2023 Q3". */
const SHORT_PERIODS = ['q1', 'q2', 'q3', 'q4', 'h1', 'h2', 'h3', 'h4'];
export const SHORT_QUARTER_STARTS: FirstTokenGate = { numbers: { min: 4, max: 4 }, words: SHORT_PERIODS, afterNumber: { words: SHORT_PERIODS } };

/** "Q3 2023", "2023 Q3", "Q3 of 2023", "H2 2024", "in Q1" (the year from the tense, like "the first quarter"). */
export function matchShortQuarter(ctx: DateContext, i: number): DateMatch | null {
  let at = i;
  const yearFirst = yearAt(ctx, at);
  if (yearFirst > 0) at++;
  const found = SHORT_PERIOD.exec(ctx.tokens[at]?.text ?? '');
  if (!found || ctx.tokens[at].text !== ctx.tokens[at].text.toUpperCase()) return null;
  const kind = found[1].toUpperCase() === 'Q' ? 'quarter' : 'half';
  const ordinal = +found[2];
  if (kind === 'half' && ordinal > 2) return null;
  const head: PeriodHead = { ordinal, kind, end: at + 1 };
  if (yearFirst > 0) return match(i, at + 1, 'date.quarter', written(quarterValue(yearFirst, head)));
  let end = at + 1;
  let year = yearAt(ctx, end);
  if (!(year > 0) && lowerAt(ctx, end) === 'of' && yearAt(ctx, end + 1) > 0) {
    year = yearAt(ctx, end + 1);
    end++;
  }
  if (year > 0) return match(i, end + 1, 'date.quarter', written(quarterValue(year, head)));
  // a bare "Q1" needs a date word in front: "in Q1", "for Q3"
  if (!['in', 'for', 'during', 'by', 'since', 'until', 'through'].includes(lowerAt(ctx, i - 1))) return null;
  return quarterMatch(ctx, i, at + 1, head, null);
}

// "the quarter", "the latest quarter", "the year-ago period": the quarter the story reports on.
const QUARTER_NOUNS = new Set(['quarter', 'period']);
const LATEST = new Set(['latest', 'recent', 'most', 'just-ended', 'just-completed', 'past', 'last', 'previous']);
const YEAR_AGO = new Set(['year-ago', 'year-earlier', 'comparable', 'corresponding', 'prior-year', 'year-before']);

/**
 * The quarter being reported: the last one completed before the story's date ("the quarter" in a
 * late-October earnings story is the third). Quarters named earlier in the story are no better a
 * guide: they are as often forecasts or fiscal quarters.
 */
function reportedQuarter(ctx: DateContext): { year: number; quarter: number } | null {
  return ctx.ref ? lastCompletedQuarter(ctx.ref) : null;
}

export const REPORTED_QUARTER_STARTS: FirstTokenGate = {
  words: ['the', 'this', 'that', 'its', 'year-earlier', 'year-ago', ...YEAR_AGO],
  // "the 1988 period", "the current quarter", "the year-ago period", "the most recent quarter"
  after: {
    the: { numbers: { min: 4, max: 4 }, words: ['current', 'most', 'fiscal', ...YEAR_AGO, ...LATEST, ...QUARTER_NOUNS] },
    this: { words: ['fiscal', ...QUARTER_NOUNS] },
    that: { words: ['fiscal', ...QUARTER_NOUNS] },
    // "its latest quarter", "its fiscal quarter", "its year-ago period", but not "its profit"
    its: { words: ['current', 'most', 'fiscal', ...YEAR_AGO, ...LATEST, ...QUARTER_NOUNS] },
  },
};

export function matchReportedQuarter(ctx: DateContext, i: number): DateMatch | null {
  const first = lowerAt(ctx, i);
  // "the 1988 period", "the 1989 quarter": the reported quarter of that year
  if (first === 'the' && yearAt(ctx, i + 1) > 0 && QUARTER_NOUNS.has(lowerAt(ctx, i + 2))) {
    const quarter = reportedQuarter(ctx);
    const year = yearAt(ctx, i + 1);
    // "net for the first nine months ... the 1988 period": those months of 1988, which TIMEX3
    // can only value as the year
    if (lowerAt(ctx, i + 2) === 'period' && followsMonthsCount(ctx, i)) return match(i, i + 3, 'date.quarter-relative', written(String(year)));
    if (!quarter) return match(i, i + 3, 'date.quarter-relative', { value: `${year}-QX`, inferred: [] });
    return match(i, i + 3, 'date.quarter-relative', { value: `${year}-Q${quarter.quarter}`, inferred: ['quarter'], anchor: referenceAnchor(ctx) });
  }
  // "year-earlier results", "year-ago levels": the same quarter a year before, or the year before
  if ((first === 'year-earlier' || first === 'year-ago') && !QUARTER_NOUNS.has(lowerAt(ctx, i + 1))) {
    const quarter = reportedQuarter(ctx);
    if (!quarter || !ctx.ref) return match(i, i + 1, 'date.quarter-relative', { value: 'XXXX', inferred: [] });
    // ("year-ago net", after "the first nine months": those months a year before, valued as the year)
    const value = talksAboutQuarters(ctx, i) && !followsMonthsCount(ctx, i) ? `${formatYear(quarter.year - 1)}-Q${quarter.quarter}` : formatYear(ctx.ref.year - 1);
    return match(i, i + 1, 'date.quarter-relative', { value, inferred: ['year'], anchor: referenceAnchor(ctx) });
  }
  if (first !== 'the' && first !== 'this' && first !== 'that' && first !== 'its' && !YEAR_AGO.has(first)) return null;
  let at = first === 'the' || first === 'its' ? i + 1 : i;
  let yearAgo = false;
  let current = false;
  let latest = false;
  const modifier = lowerAt(ctx, at);
  if (modifier === 'current') current = true;
  if (modifier === 'comparable' || modifier === 'corresponding') at++;
  if (YEAR_AGO.has(lowerAt(ctx, at))) {
    yearAgo = true;
    at++;
  } else if (modifier === 'most' && lowerAt(ctx, at + 1) === 'recent') {
    latest = true;
    at += 2;
  } else if (LATEST.has(modifier) || current) {
    latest = true;
    at++;
  } else if (first === 'this' || first === 'that') {
    at = i + 1;
  }
  if (lowerAt(ctx, at) === 'fiscal') at++;
  const noun = lowerAt(ctx, at);
  if (!QUARTER_NOUNS.has(noun)) return null;
  // "the period" alone is too vague; "the quarter" is the story's quarter in business news
  if (noun === 'period' && !yearAgo && !latest) return null;
  if (sportsContext(ctx, i)) return null;
  // "this quarter", "the last quarter" in an earnings story: the quarter being reported
  // "the quarter a year ago", "the period last year": the same quarter, the year before
  const before = yearAgo ? null : yearAfter(ctx, at + 1);
  const end = before && before.relative === -1 ? before.end : at + 1;
  let quarter = current ? currentQuarter(ctx) : reportedQuarter(ctx);
  if (!quarter) return match(i, end, 'date.quarter-relative', { value: 'XXXX-QX', inferred: [] });
  if (yearAgo || end > at + 1) quarter = { year: quarter.year - 1, quarter: quarter.quarter };
  return match(i, end, 'date.quarter-relative', {
    value: `${formatYear(quarter.year)}-Q${quarter.quarter}`,
    inferred: ['year', 'quarter'],
    anchor: referenceAnchor(ctx),
  });
}

function currentQuarter(ctx: DateContext): { year: number; quarter: number } | null {
  return ctx.ref ? { year: ctx.ref.year, quarter: quarterOf(ctx.ref.month) } : null;
}

const SEASON_MODIFIERS = new Set(['this', 'last', 'next', 'the', 'early', 'late', 'that', 'mid']);

/** A modifier ("last fall", "the winter of 1994") or the season itself ("summer 1994"). */
export const SEASON_STARTS: FirstTokenGate = {
  words: [...SEASON_MODIFIERS, ...SEASONS.keys()],
  // "the winter of 1994", "the 1989 fall", "the past summer", "the late spring"
  after: {
    the: { numbers: { min: 4, max: 4 }, words: [...SEASON_MODIFIERS, 'past', ...SEASONS.keys()] },
    this: { words: [...SEASON_MODIFIERS, 'past', ...SEASONS.keys()] },
    that: { words: [...SEASON_MODIFIERS, 'past', ...SEASONS.keys()] },
  },
};

/** "last fall", "this summer", "the winter of 1994", "summer 1994", "this past spring". */
export function matchSeason(ctx: DateContext, i: number): DateMatch | null {
  let at = i;
  const words: string[] = [];
  while (SEASON_MODIFIERS.has(lowerAt(ctx, at)) || (lowerAt(ctx, at) === 'past' && words.length > 0)) {
    words.push(lowerAt(ctx, at));
    at++;
    if (words.length > 3) return null;
  }
  // "the 1989 fall": the year before the season
  const yearFirst = words.length === 1 && words[0] === 'the' ? yearAt(ctx, at) : NaN;
  if (yearFirst > 0) at++;
  const seasonWord = lowerAt(ctx, at);
  const season = SEASONS.get(seasonWord);
  if (season === undefined) return null;
  if (yearFirst > 0) return match(i, at + 1, 'date.season', written(`${formatYear(yearFirst)}-${season}`));
  // a bare season word is a season only with something before it ("fall" is also a verb)
  if (words.length === 0) {
    const year = yearAt(ctx, at + 1);
    if (!(year > 0)) return null;
  }
  let end = at + 1;
  let year: number | null = null;
  const spoken = lowerAt(ctx, end) === 'of' ? spokenYearAt(ctx, end + 1) : null;
  if (lowerAt(ctx, end) === 'of' && yearAt(ctx, end + 1) > 0) {
    year = yearAt(ctx, end + 1);
    end += 2;
  } else if (spoken) {
    year = spoken.year;
    end = spoken.end;
  } else if (yearAt(ctx, end) > 0) {
    year = yearAt(ctx, end);
    end += 1;
  }
  if (year !== null) return match(i, end, 'date.season', written(`${formatYear(year)}-${season}`));
  // "the fall of" something else, "spring training", "the summer camp": leave those alone
  if (lowerAt(ctx, end) === 'of') return null;
  // (after "this", "last", "next" the season stands on its own: "rains this summer delayed the harvest")
  const after = ctx.tokens[end];
  const standsAlone = words.includes('this') || words.includes('last') || words.includes('next');
  if (!standsAlone && after && after.shape === 'lower' && !FUNCTION_WORDS.has(after.lower) && after.sentence === ctx.tokens[at].sentence) return null;
  if (!ctx.ref) return match(i, end, 'date.season', { value: `XXXX-${season}`, inferred: [] });
  const seasonMonth = SEASON_MONTH.get(season) ?? 1;
  const ref = ctx.ref;
  let resolved: number;
  let tenseNote: Tense | null = null;
  if (words.includes('last') || words.includes('past')) resolved = seasonMonth + 2 < ref.month ? ref.year : ref.year - 1;
  else if (words.includes('next')) resolved = seasonMonth > ref.month ? ref.year : ref.year + 1;
  else if (words.includes('this')) resolved = ref.year;
  else {
    const byTense = yearForPeriod(ctx, i, end, seasonMonth);
    resolved = byTense.year ?? ref.year;
    tenseNote = byTense.tense;
  }
  return match(i, end, 'date.season', {
    value: `${formatYear(resolved)}-${season}`,
    inferred: ['year'],
    anchor: referenceAnchor(ctx, tenseNote),
  });
}

