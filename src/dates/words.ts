// The words dates are made of, written by hand: month and weekday names with their news
// abbreviations, number words, ordinals, seasons and parts of the day.

/** Month names and abbreviations (the period of "Feb." is its own token). */
export const MONTHS: ReadonlyMap<string, number> = new Map([
  ['january', 1], ['jan', 1], ['february', 2], ['feb', 2], ['march', 3], ['mar', 3],
  ['april', 4], ['apr', 4], ['may', 5], ['june', 6], ['jun', 6], ['july', 7], ['jul', 7],
  ['august', 8], ['aug', 8], ['september', 9], ['sep', 9], ['sept', 9], ['october', 10], ['oct', 10],
  ['november', 11], ['nov', 11], ['december', 12], ['dec', 12],
]);

/** Month names that are also ordinary English words: only taken with a date next to them. */
export const AMBIGUOUS_MONTHS = new Set(['may', 'march', 'mar', 'jan', 'jun', 'jul', 'sep', 'dec']);

/** Abbreviations that are months only when written with their period ("Mar." but not "mar"). */
export const SHORT_MONTHS = new Set(['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec']);

export const WEEKDAYS: ReadonlyMap<string, number> = new Map([
  ['monday', 1], ['tuesday', 2], ['wednesday', 3], ['thursday', 4], ['friday', 5], ['saturday', 6], ['sunday', 7],
  ['mon', 1], ['tue', 2], ['tues', 2], ['wed', 3], ['thu', 4], ['thur', 4], ['thurs', 4], ['fri', 5], ['sat', 6], ['sun', 7],
]);

/** The weekdays' full names only ("tuesday", not "tue" or "sun", which are words and names too) */
export const WEEKDAY_NAMES: ReadonlySet<string> = new Set([...WEEKDAYS.keys()].filter((day) => day.endsWith('day')));

export const NUMBER_WORDS: ReadonlyMap<string, number> = new Map([
  ['a', 1], ['an', 1], ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7],
  ['eight', 8], ['nine', 9], ['ten', 10], ['eleven', 11], ['twelve', 12], ['thirteen', 13], ['fourteen', 14],
  ['fifteen', 15], ['sixteen', 16], ['seventeen', 17], ['eighteen', 18], ['nineteen', 19], ['twenty', 20],
  ['thirty', 30], ['forty', 40], ['fifty', 50], ['sixty', 60], ['seventy', 70], ['eighty', 80], ['ninety', 90],
  ['hundred', 100],
]);

/** Vague counts: "several years ago" is a past reference, not a computable date. */
export const VAGUE_COUNTS = new Set(['several', 'few', 'many', 'some', 'couple']);

export const ORDINAL_WORDS: ReadonlyMap<string, number> = new Map([
  ['first', 1], ['second', 2], ['third', 3], ['fourth', 4], ['fifth', 5], ['sixth', 6], ['seventh', 7],
  ['eighth', 8], ['ninth', 9], ['tenth', 10], ['eleventh', 11], ['twelfth', 12], ['thirteenth', 13],
  ['fourteenth', 14], ['fifteenth', 15], ['sixteenth', 16], ['seventeenth', 17], ['eighteenth', 18],
  ['nineteenth', 19], ['twentieth', 20], ['twenty-first', 21], ['last', -1], ['final', -1],
]);

/** TIMEX3 season codes. */
export const SEASONS: ReadonlyMap<string, string> = new Map([
  ['spring', 'SP'], ['summer', 'SU'], ['fall', 'FA'], ['autumn', 'FA'], ['winter', 'WI'],
]);

/** Month of a season's start, for deciding whether "last winter" is this year's or last year's. */
export const SEASON_MONTH: ReadonlyMap<string, number> = new Map([['SP', 3], ['SU', 6], ['FA', 9], ['WI', 12]]);

/** TIMEX3 parts of the day ("Wednesday night" -> 1998-02-18TNI). */
export const DAY_PARTS: ReadonlyMap<string, string> = new Map([
  ['morning', 'MO'], ['afternoon', 'AF'], ['evening', 'EV'], ['night', 'NI'],
]);

/** Units of relative dates and the granularity their value is written at. */
export const UNITS: ReadonlyMap<string, 'day' | 'week' | 'month' | 'quarter' | 'year' | 'decade' | 'century'> = new Map([
  ['day', 'day'], ['days', 'day'], ['week', 'week'], ['weeks', 'week'], ['month', 'month'], ['months', 'month'],
  ['quarter', 'quarter'], ['quarters', 'quarter'], ['year', 'year'], ['years', 'year'],
  ['decade', 'decade'], ['decades', 'decade'], ['century', 'century'], ['centuries', 'century'],
]);

export type Unit = 'day' | 'week' | 'month' | 'quarter' | 'year' | 'decade' | 'century';

/** "1st" "2nd" "23rd" "5th" -> the number, or NaN. */
export function parseOrdinalNumber(text: string): number {
  const match = /^(\d{1,2})(?:st|nd|rd|th)$/i.exec(text);
  return match ? +match[1] : NaN;
}

/** A number word or numeral up to 99: "two", "twenty-five", "10" -> number, else NaN. */
export function parseCount(lower: string): number {
  const direct = NUMBER_WORDS.get(lower);
  if (direct !== undefined) return direct;
  const first = lower.charCodeAt(0);
  if (first >= 48 && first <= 57) return /^\d{1,3}$/.test(lower) ? +lower : NaN;
  if (!lower.includes('-')) return NaN;
  const compound = /^([a-z]+)-([a-z]+)$/.exec(lower);
  if (compound) {
    const tens = NUMBER_WORDS.get(compound[1]);
    const ones = NUMBER_WORDS.get(compound[2]);
    if (tens !== undefined && ones !== undefined && tens >= 20 && tens % 10 === 0 && ones < 10) return tens + ones;
  }
  return NaN;
}

/** Words that may follow a date word without turning it into a modifier ("the future of", "the past is"). */
export const FUNCTION_WORDS = new Set([
  'of', 'is', 'was', 'are', 'were', 'and', 'or', 'but', 'to', 'in', 'for', 'that', 'will', 'would', 'as', 'with',
  'has', 'had', 'have', 'when', 'if', 'because', 'on', 'at', 'by', 'than', 'he', 'she', 'it', 'they', 'we', 'i',
  'after', 'before', 'until', 'while', 'so', 'since', 'the', 'a', 'an', 'his', 'her', 'its', 'their', 'this',
]);
