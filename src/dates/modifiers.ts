// Words in front of a date that belong to its span, as TimeML and OntoNotes draw them:
// "early 1990", "late November", "mid-November", "the end of July", "the middle of October".
// The value stays the date's own (TIMEX3 keeps the modifier in a separate attribute).

import { DateContext, DateMatch, lowerAt, match } from './context';
import { monthDayWithoutYear } from './values';
import { MONTHS } from './words';

const EDGE_WORDS = new Set(['early', 'late', 'mid', 'earlier', 'later']);
const EDGE_NOUNS = new Set(['end', 'beginning', 'start', 'middle', 'close', 'turn', 'first', 'last', 'rest', 'part', 'bulk']);
/** Rules whose dates take a modifier in front. */
const MODIFIABLE = /^date\.(month|month-year|month-day|month-day-year|year|decade|season|relative-weekday|century|fiscal-year|spoken-year|holiday|day-month|day-month-year|quarter)$/;

/** The first token of the span once "early", "the end of" ... in front of it are taken in. */
export function extendWithModifiers(ctx: DateContext, found: DateMatch, floor: number): number {
  if (!MODIFIABLE.test(found.rule)) return found.start;
  let start = found.start;
  if (start - 1 >= floor && EDGE_WORDS.has(lowerAt(ctx, start - 1)) && ctx.tokens[start - 1].sentence === ctx.tokens[start].sentence) {
    start--;
  }
  // "the end of July", "the middle of October", "the first half of" is a quarter rule of its own
  if (start - 3 >= floor && lowerAt(ctx, start - 1) === 'of' && EDGE_NOUNS.has(lowerAt(ctx, start - 2)) && lowerAt(ctx, start - 3) === 'the') {
    start -= 3;
  }
  return start;
}

const PREFIXED_MONTH = /^(mid|early|late)-([a-z]+)$/;

/** "mid-November", "late-November": one token with the month inside. */
export function matchPrefixedMonth(ctx: DateContext, i: number): DateMatch | null {
  const token = ctx.tokens[i];
  const found = PREFIXED_MONTH.exec(token.lower);
  if (!found) return null;
  const month = MONTHS.get(found[2]);
  // the month keeps its capital: "mid-November", not "mid-may"
  const monthInitial = token.text[found[1].length + 1];
  if (month === undefined || found[2].length < 3 || monthInitial !== monthInitial.toUpperCase()) return null;
  return match(i, i + 1, 'date.month', monthDayWithoutYear(ctx, i, i + 1, month, null));
}
