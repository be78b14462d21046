// Year ranges as one date, as OntoNotes draws them: "between 1987 and 1988", "1990 - 1995",
// "1990 to 1995", "1992 through 1994", "1998 - 99". The value is an ISO 8601 interval of the two
// years ("1987/1988"); a timeline places it at its start.

import { DateContext, DateMatch, lowerAt, match, sameSentence, yearAt } from './context';
import { FirstTokenGate } from './first-token';
import { written } from './values';

const RANGE_WORDS = new Set(['-', '–', 'to', 'through', 'thru']);
/** After the second year, words that make the pair a count or a score: "1990 to 1995 people". */
const NOT_A_RANGE_AFTER = new Set(['%', 'percent', 'people', 'votes', 'points', 'shares', 'dollars']);

export const YEAR_RANGE_STARTS: FirstTokenGate = {
  words: ['between'],
  after: { between: { numbers: { min: 4, max: 4 } } },
  numbers: { min: 4, max: 4 },
  afterNumber: { words: [...RANGE_WORDS] },
};

/** The second year of a range: "1995", or "95" after "1990 -" (same century). */
function secondYear(ctx: DateContext, at: number, first: number): number {
  const full = yearAt(ctx, at);
  if (full > first) return full;
  const token = ctx.tokens[at];
  if (token && token.shape === 'number' && /^\d\d$/.test(token.text)) {
    const year = Math.floor(first / 100) * 100 + +token.text;
    if (year > first && year - first < 10) return year;
  }
  return NaN;
}

export function matchYearRange(ctx: DateContext, i: number): DateMatch | null {
  const between = lowerAt(ctx, i) === 'between';
  const at = between ? i + 1 : i;
  const first = yearAt(ctx, at);
  if (!(first > 0)) return null;
  const link = lowerAt(ctx, at + 1);
  if (between ? link !== 'and' : !RANGE_WORDS.has(link)) return null;
  // "1998 - 99" (a short second year) only with the dash
  const second = secondYear(ctx, at + 2, first);
  if (!(second > 0) || (yearAt(ctx, at + 2) !== second && link !== '-' && link !== '–')) return null;
  if (!sameSentence(ctx, i, at + 2) || NOT_A_RANGE_AFTER.has(lowerAt(ctx, at + 3))) return null;
  // "$1990 - 1995", "about 1990 to 1995": amounts
  const before = lowerAt(ctx, i - 1);
  if (before === '$' || before === 'about' || before === 'from' && between) return null;
  return match(i, at + 3, 'date.year-range', written(`${first}/${second}`));
}
