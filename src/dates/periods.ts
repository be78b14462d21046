// Stretches of time counted back or forward from the story's date: "the past three years", "the
// next two weeks", "the last few months", "the first nine months". OntoNotes marks them as dates;
// TimeML calls them durations. The value is the TIMEX3 duration (P3Y, PXM for "few"): they name
// no point in time, so a timeline leaves them out.

import { DateContext, DateMatch, lowerAt, match } from './context';
import { FirstTokenGate } from './first-token';
import { written } from './values';
import { parseCount, UNITS, VAGUE_COUNTS } from './words';

const PERIOD_WORDS = ['past', 'last', 'next', 'previous', 'coming', 'first', 'following'];
const DURATION_LETTERS: Record<string, string> = { day: 'D', week: 'W', month: 'M', quarter: 'Q', year: 'Y', decade: 'DE', century: 'CE' };

/** "the past three years": "the", then a period word. */
export const PERIOD_STARTS: FirstTokenGate = { words: ['the'], after: { the: { words: PERIOD_WORDS } } };

export function matchPeriod(ctx: DateContext, i: number): DateMatch | null {
  if (lowerAt(ctx, i) !== 'the' || !PERIOD_WORDS.includes(lowerAt(ctx, i + 1))) return null;
  const countWord = lowerAt(ctx, i + 2);
  const count = VAGUE_COUNTS.has(countWord) ? NaN : parseCount(countWord);
  if (!VAGUE_COUNTS.has(countWord) && !(count >= 2 && count <= 999)) return null;
  const unitWord = lowerAt(ctx, i + 3);
  const unit = UNITS.get(unitWord);
  if (unit === undefined || !unitWord.endsWith('s')) return null;
  // "the first nine months of 1997" is a part of the date after it (modifiers.ts takes it whole)
  if (lowerAt(ctx, i + 4) === 'of') return null;
  const amount = Number.isNaN(count) ? 'X' : String(count);
  return match(i, i + 4, 'date.period', written(`P${amount}${DURATION_LETTERS[unit]}`));
}
