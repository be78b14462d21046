// Years and longer spans written as such: "1996", "fiscal 1996", "2002-2005" (two dates),
// "mid-1996", decades ("the 1990s", "the '80s", "the nineties" -> 199, TIMEX3's decade), centuries
// ("the 20th century" -> 19) and spoken years ("nineteen ninety-six", "the year two thousand").

import { formatYear, pad } from './calendar';
import { DateContext, DateMatch, isCapitalized, lowerAt, match, withChars, yearAt } from './context';
import { written } from './values';
import { NUMBER_WORDS, ORDINAL_WORDS, parseOrdinalNumber } from './words';
import { FirstTokenGate } from './first-token';
import { yearPartBefore } from './modifiers';

/** Words after which a number like 1500 is a year ("in 1066") rather than a count. */
const YEAR_PREPOSITIONS = new Set(['in', 'since', 'of', 'from', 'until', 'till', 'by', 'to', 'between', 'before', 'after', 'around', 'and', 'circa', 'year', 'during']);
/** Words before a 4-digit number that make it a count or an amount: "$1996", "about 2000 people". */
const COUNT_BEFORE = new Set(['$', '#', '£', '€', '¥', 'no', 'about', 'nearly', 'almost', 'approximately', 'some', 'than', 'over', 'under', 'only', 'just', 'least', 'flight', 'route', 'room', 'number', 'code', 'model', 'page', 'pages']);
/** Words after a 4-digit number that make it a quantity: "2000 troops", "1990 percent". */
const COUNT_AFTER = new Set([
  '%', 'percent', 'people', 'persons', 'troops', 'soldiers', 'workers', 'jobs', 'shares', 'units', 'cars', 'tons',
  'feet', 'foot', 'meters', 'metres', 'miles', 'kilometers', 'kilometres', 'km', 'yards', 'points', 'votes', 'dollars',
  'yen', 'marks', 'pounds', 'barrels', 'acres', 'employees', 'members', 'delegates', 'residents', 'hours', 'gmt',
  'students', 'children', 'families', 'homes', 'houses', 'cases', 'deaths', 'refugees', 'prisoners', 'copies',
  'hectares', 'square', 'meter', 'mile', 'ton', 'police', 'officers', 'men', 'women', 'words', 'lines', 'times',
  'a.m.', 'p.m.', 'hrs', 'local', 'utc', 'et', 'est', 'edt', 'pst', 'pdt',
]);

function isYearNumber(ctx: DateContext, i: number): boolean {
  const year = yearAt(ctx, i);
  if (!(year > 0)) return false;
  const before = lowerAt(ctx, i - 1);
  const after = lowerAt(ctx, i + 1);
  if (COUNT_BEFORE.has(before) || COUNT_AFTER.has(after)) return false;
  const token = ctx.tokens[i];
  // "1,996" "3.1996" are parts of larger numbers
  const previous = ctx.tokens[i - 1];
  if (previous && !token.spaceBefore && (previous.text === ',' || previous.text === '.') && ctx.tokens[i - 2]?.shape === 'number') return false;
  if (year < 1800) return YEAR_PREPOSITIONS.has(before);
  return true;
}

const YEAR_RANGE = /^(1\d{3}|20\d{2})[-/](1\d{3}|20\d{2})$/;
const PREFIXED_YEAR = /^(mid|early|late|pre|post)-(1\d{3}|20\d{2})$/;
const POSSESSIVE_YEAR = /^(1\d{2}[1-9]|20\d[1-9])['’]s$/;
const APOSTROPHES = ["'", '’'];
const DECADE = /^(1\d|20)(\d)0'?s$/;
const SHORT_DECADE = /^(\d)0'?s$/;
// "1990-model cars", "1987-style pressure": the year inside a compound
const YEAR_COMPOUND = /^(1[89]\d{2}|20\d{2})-(?:model|style|era|vintage|level|levels|season|election|budget|campaign|census)$/;
const PREFIXED_DECADE = /^(mid|early|late)-(1\d|20)(\d)0s$/;
const SPOKEN_DECADES = new Map([
  ['twenties', 2], ['thirties', 3], ['forties', 4], ['fifties', 5], ['sixties', 6], ['seventies', 7], ['eighties', 8], ['nineties', 9],
]);

function decadeValue(century: string, decade: string): string {
  return `${century}${decade}`;
}

/**
 * A number ("1996", "1990s", "2002-2005", "1993's"), a prefixed year ("mid-1996", "pre-1990"), "the
 * nineties" at "nineties", a year cut short at its apostrophe ("the '74 festival").
 */
export const YEAR_STARTS: FirstTokenGate = {
  numbers: { min: 3, max: Infinity }, // "80s" (after its apostrophe) has 3 characters
  words: [...SPOKEN_DECADES.keys(), ...APOSTROPHES],
  test: (lower) => /^(?:mid|early|late|pre|post)-/.test(lower) || SPOKEN_DECADE_TOKEN.test(lower),
};

/** "1996", "2002-2005", "mid-1996", "1990s", "mid-1990s". */
export function matchYear(ctx: DateContext, i: number): DateMatch | null {
  const token = ctx.tokens[i];
  const text = token.lower;
  if (APOSTROPHES.includes(text)) return shortYear(ctx, i);
  // only "the nineties" among words; "mid-1996" and "mid-1990s" read as lower-case words
  if (token.shape !== 'number' && token.shape !== 'lower') return token.shape === 'title' ? spokenDecade(ctx, i) : null;
  if (token.shape === 'lower' && !/\d/.test(text)) return spokenDecade(ctx, i);
  if (isYearNumber(ctx, i)) {
    // "the year 2005": TimeML and OntoNotes both keep "the year" in the span
    const start = lowerAt(ctx, i - 1) === 'year' && lowerAt(ctx, i - 2) === 'the' ? i - 2 : i;
    // "the first two quarters of 2025": the span takes the part in (modifiers.ts), the value its half
    const part = yearPartBefore(ctx, i);
    return match(start, i + 1, 'date.year', written(part === null ? text : `${text}-${part}`));
  }
  let found = YEAR_RANGE.exec(text);
  if (found) {
    // a range is two dates: "2002-2005" -> 2002 and 2005
    const first = withChars(match(i, i + 1, 'date.year-range', written(found[1])), token.start, token.start + 4);
    const second = withChars(match(i, i + 1, 'date.year-range', written(found[2])), token.end - 4, token.end);
    first.extra = [second];
    return first;
  }
  found = PREFIXED_YEAR.exec(text);
  if (found) return match(i, i + 1, 'date.year', written(found[2]));
  // "1993's harvest": the tokenizer keeps the possessive on the number; the date is the year
  // ("1990's" is read as the decade below, as it is more often written)
  found = POSSESSIVE_YEAR.exec(text);
  if (found && !COUNT_BEFORE.has(lowerAt(ctx, i - 1))) {
    // "1991's last two quarters", "1991's second half": the part is taken in, as "the last two
    // quarters of 1991" is (modifiers.ts); the value stays the year
    const partEnd = partAfter(ctx, i + 1);
    if (partEnd > 0) return match(i, partEnd, 'date.year', written(found[1]));
    return withChars(match(i, i + 1, 'date.year', written(found[1])), token.start, token.start + 4);
  }
  found = YEAR_COMPOUND.exec(text);
  if (found) return withChars(match(i, i + 1, 'date.year', written(found[1])), token.start, token.start + 4);
  found = DECADE.exec(text);
  if (found) return withThe(ctx, i, i + 1, 'date.decade', decadeValue(found[1], found[2]));
  found = PREFIXED_DECADE.exec(text);
  if (found) return withThe(ctx, i, i + 1, 'date.decade', decadeValue(found[2], found[3]));
  // "the '80s": the apostrophe is its own token
  found = SHORT_DECADE.exec(text);
  if (found && (lowerAt(ctx, i - 1) === "'" || lowerAt(ctx, i - 1) === '’' || lowerAt(ctx, i - 1) === 'the')) {
    // "the '80s", "the 90's": the century of the story's own past
    const century = ctx.ref && ctx.ref.year >= 2030 + +found[1] * 10 ? '20' : '19';
    const start = lowerAt(ctx, i - 1) === 'the' ? i : i - 1;
    return withThe(ctx, start, i + 1, 'date.decade', decadeValue(century, found[1]));
  }
  return null;
}

const PART_EDGES = new Set(['first', 'second', 'third', 'fourth', 'last', 'final']);
const PART_UNITS = new Set(['half', 'quarter', 'months', 'weeks', 'quarters']);

/** The end of "last two quarters", "second half" starting at token i, or -1. */
function partAfter(ctx: DateContext, i: number): number {
  if (!PART_EDGES.has(lowerAt(ctx, i))) return -1;
  let at = i + 1;
  if (!PART_UNITS.has(lowerAt(ctx, at)) && /^(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven)$/.test(lowerAt(ctx, at))) at++;
  return PART_UNITS.has(lowerAt(ctx, at)) ? at + 1 : -1;
}

/**
 * "the '74 festival", "the dam built in '71": an apostrophe, then two digits glued to it. The century is
 * the one that puts the year at most ten years after the story's date ("'05" in a 2003 story is
 * 2005, "'71" is 1971); 19 without a date.
 */
function shortYear(ctx: DateContext, i: number): DateMatch | null {
  const number = ctx.tokens[i + 1];
  if (!number || number.spaceBefore || number.shape !== 'number' || !/^\d\d$/.test(number.text)) return null;
  // an opening apostrophe: at the start or after a space ("rock'n'roll", "Jones'" stay out)
  if (i > 0 && !ctx.tokens[i].spaceBefore) return null;
  const after = lowerAt(ctx, i + 2);
  if (COUNT_AFTER.has(after) || after === 's' || APOSTROPHES.includes(after)) return null;
  const short = +number.text;
  const year = ctx.ref && 2000 + short <= ctx.ref.year + 10 ? 2000 + short : 1900 + short;
  // "the year '83", as "the year 1983"
  const start = lowerAt(ctx, i - 1) === 'year' && lowerAt(ctx, i - 2) === 'the' ? i - 2 : i;
  return match(start, i + 2, 'date.year', written(String(year)));
}

/** "the nineties", "the Eighties", "the nineteen-nineties". */
function spokenDecade(ctx: DateContext, i: number): DateMatch | null {
  const lower = ctx.tokens[i].lower;
  const hyphen = lower.indexOf('-');
  // "nineteen-nineties": the century written out in front
  const century = hyphen > 0 ? SPOKEN_CENTURIES.get(lower.slice(0, hyphen)) : 19;
  const spoken = SPOKEN_DECADES.get(hyphen > 0 ? lower.slice(hyphen + 1) : lower);
  if (century === undefined || spoken === undefined) return null;
  if (hyphen > 0) return withThe(ctx, i, i + 1, 'date.decade', `${century}${spoken}`);
  if (lowerAt(ctx, i - 1) === 'the') return match(i - 1, i + 1, 'date.decade', written(`19${spoken}`));
  return null;
}

/** The century words of spoken decades: "nineteen nineties", "eighteen-eighties". */
const SPOKEN_CENTURIES = new Map([['eighteen', 18], ['nineteen', 19], ['twenty', 20]]);
/** "nineteen-nineties", "eighteen-eighties" as one token. */
const SPOKEN_DECADE_TOKEN = /^(?:eighteen|nineteen|twenty)-(?:twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)$/;

/** "the 1990s", "the mid-1990s": the article belongs to the decade span, as both TimeML and OntoNotes draw it. */
function withThe(ctx: DateContext, start: number, end: number, rule: string, value: string): DateMatch {
  let first = start;
  if (['early', 'late', 'mid'].includes(lowerAt(ctx, first - 1))) first--;
  if (lowerAt(ctx, first - 1) === 'the') first--;
  return match(first, end, rule, written(value));
}

/** "the 20th century", "20th century", "twentieth century". */
const CENTURY_ORDINAL: FirstTokenGate = { numbers: { min: 3, max: 4 }, words: [...ORDINAL_WORDS.keys()] };
/** "19th-century", "nineteenth-century": the adjective, one token. */
const CENTURY_ADJECTIVE = /^([a-z0-9]+)-century$/;
export const CENTURY_STARTS: FirstTokenGate = {
  ...CENTURY_ORDINAL,
  words: ['the', ...ORDINAL_WORDS.keys()],
  after: { the: CENTURY_ORDINAL },
  afterNumber: { words: ['century'] },
  test: (lower) => CENTURY_ADJECTIVE.test(lower),
};

/** "the 20th century", "the twentieth century", "the 1800s" handled as decades above. */
export function matchCentury(ctx: DateContext, i: number): DateMatch | null {
  // "a 19th-century mill": the adjective alone (OntoNotes draws it so; the article stays out)
  const adjective = CENTURY_ADJECTIVE.exec(lowerAt(ctx, i));
  if (adjective) {
    const ordinal = parseOrdinalNumber(adjective[1]);
    const number = Number.isNaN(ordinal) ? ORDINAL_WORDS.get(adjective[1]) ?? NaN : ordinal;
    return number >= 1 && number <= 21 ? match(i, i + 1, 'date.century', written(pad(number - 1))) : null;
  }
  let at = i;
  if (lowerAt(ctx, at) === 'the') at++;
  const ordinal = parseOrdinalNumber(lowerAt(ctx, at));
  const number = Number.isNaN(ordinal) ? ORDINAL_WORDS.get(lowerAt(ctx, at)) ?? NaN : ordinal;
  if (!(number >= 1 && number <= 21)) return null;
  if (lowerAt(ctx, at + 1) !== 'century') return null;
  return match(i, at + 2, 'date.century', written(pad(number - 1)));
}

export const FISCAL_YEAR_STARTS: FirstTokenGate = { words: ['fiscal'], test: (lower) => lower.startsWith('fy') };

/** "fiscal 1996", "fiscal year 1996", "FY1996" (the year the company names, as TimeML values it). */
export function matchFiscalYear(ctx: DateContext, i: number): DateMatch | null {
  const word = lowerAt(ctx, i);
  const fy = /^fy[-']?(\d{4}|\d{2})$/.exec(word);
  if (fy) {
    const year = fy[1].length === 4 ? +fy[1] : +fy[1] + (+fy[1] >= 50 ? 1900 : 2000);
    return match(i, i + 1, 'date.fiscal-year', written(formatYear(year)));
  }
  if (word !== 'fiscal') return null;
  let at = i + 1;
  if (lowerAt(ctx, at) === 'year') at++;
  const year = yearAt(ctx, at);
  if (!(year > 0)) return null;
  return match(i, at + 1, 'date.fiscal-year', written(String(year)));
}

function spokenNumber(lower: string): number {
  const direct = NUMBER_WORDS.get(lower);
  if (direct !== undefined && lower !== 'a' && lower !== 'an') return direct;
  // (asked of the word after every month name: most have no hyphen)
  const compound = lower.includes('-') ? /^([a-z]+)-([a-z]+)$/.exec(lower) : null;
  if (!compound) return NaN;
  const tens = NUMBER_WORDS.get(compound[1]);
  const ones = NUMBER_WORDS.get(compound[2]);
  return tens !== undefined && ones !== undefined && tens >= 20 && ones < 10 ? tens + ones : NaN;
}

/**
 * Years as broadcast transcripts write them: "nineteen ninety-six", "nineteen eighty",
 * "the year two thousand", "two thousand and one" (after "the year" only: else it is a count).
 */
/** "the year two thousand", or the century word "eleven" ... "twenty" ("nineteen ninety-six"). */
export const SPOKEN_YEAR_STARTS: FirstTokenGate = {
  words: ['the', ...[...NUMBER_WORDS].filter(([, n]) => n >= 11 && n <= 20).map(([word]) => word)],
  after: { the: { words: ['year'] } },
};

export function matchSpokenYear(ctx: DateContext, i: number): DateMatch | null {
  let at = i;
  const theYear = lowerAt(ctx, at) === 'the' && lowerAt(ctx, at + 1) === 'year';
  if (theYear) at += 2;
  if (isCapitalized(ctx, at) && ctx.tokens[at].shape === 'upper') return null;
  const first = lowerAt(ctx, at);
  if (first === 'two' && lowerAt(ctx, at + 1) === 'thousand' && theYear) {
    let end = at + 2;
    let year = 2000;
    let next = end;
    if (lowerAt(ctx, next) === 'and') next++;
    const rest = spokenNumber(lowerAt(ctx, next));
    if (rest > 0 && rest < 100) {
      year += rest;
      end = next + 1;
    }
    return match(i, end, 'date.spoken-year', written(String(year)));
  }
  const century = spokenNumber(first);
  if (!(century >= 11 && century <= 20)) return null;
  const rest = lowerAt(ctx, at + 1);
  // "the nineteen nineties": a decade
  const decade = SPOKEN_DECADES.get(rest);
  if (decade !== undefined && century >= 18) return withThe(ctx, at, at + 2, 'date.decade', `${century}${decade}`);
  let years = spokenNumber(rest);
  let end = at + 2;
  if (rest === 'oh' || rest === 'o') {
    years = spokenNumber(lowerAt(ctx, at + 2));
    end = at + 3;
    if (!(years >= 1 && years <= 9)) return null;
  } else if (!(years >= 10 && years <= 99)) return null;
  return match(i, end, 'date.spoken-year', written(String(century * 100 + years)));
}
