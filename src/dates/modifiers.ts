// Words in front of a date that belong to its span, as TimeML and OntoNotes draw them:
// "early 1990", "late November", "mid-November", "the end of July", "the middle of October".
// The value stays the date's own (TIMEX3 keeps the modifier in a separate attribute), except a
// part that is a half or a quarter of a year ("the first two quarters of 2025": yearPartBefore).

import { DateContext, DateMatch, lowerAt, match } from './context';
import { monthDayWithoutYear } from './values';
import { MONTHS } from './words';
import { DAY_MODIFIERS } from './relative-day';
import { FirstTokenGate } from './first-token';

const EDGE_WORDS = new Set(['early', 'late', 'mid', 'earlier', 'later']);
const EDGE_NOUNS = new Set(['end', 'beginning', 'start', 'middle', 'close', 'turn', 'first', 'last', 'rest', 'part', 'bulk']);
/** Rules whose dates take a modifier in front. */
const MODIFIABLE = /^date\.(month|month-year|month-day|month-day-year|month-relative|month-relative-year|year|decade|season|relative-weekday|century|fiscal-year|spoken-year|holiday|day-month|day-month-year|quarter|relative-unit)$/;
/** Plural units of "the first 8 months of this year", "the last three weeks of March". */
const PART_UNITS = new Set(['months', 'weeks', 'days', 'quarters', 'three-quarters', 'years']);
const PART_COUNTS = /^(\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|few)$/;

/** The first token of the span once "early", "the end of" ... in front of it are taken in. */
export function extendWithModifiers(ctx: DateContext, found: DateMatch, floor: number): number {
  if (!MODIFIABLE.test(found.rule)) return found.start;
  let start = found.start;
  // "the first 8 months of this year", "the first three-quarters of 1990": a part of the date
  const part = partBefore(ctx, start);
  if (part >= floor) return part;
  if (found.rule === 'date.relative-unit') return start;
  const edge = lowerAt(ctx, start - 1);
  // a day takes "early"/"late" only (relative-day.ts): "Earlier Friday," is outside its span
  const dayEdge = found.rule !== 'date.relative-weekday' || DAY_MODIFIERS.has(edge);
  if (start - 1 >= floor && EDGE_WORDS.has(edge) && dayEdge && ctx.tokens[start - 1].sentence === ctx.tokens[start].sentence) {
    start--;
  }
  // "the end of July", "the middle of October", "the first half of" is a quarter rule of its own
  if (start - 3 >= floor && lowerAt(ctx, start - 1) === 'of' && EDGE_NOUNS.has(lowerAt(ctx, start - 2)) && lowerAt(ctx, start - 3) === 'the') {
    start -= 3;
  }
  return start;
}

/** Start of "the first|last [N] months|weeks|days of" ending right before token i, or -1. */
function partBefore(ctx: DateContext, i: number): number {
  if (lowerAt(ctx, i - 1) !== 'of') return -1;
  let at = i - 2;
  if (!PART_UNITS.has(lowerAt(ctx, at))) return -1;
  if (PART_COUNTS.test(lowerAt(ctx, at - 1))) at--;
  const edge = lowerAt(ctx, at - 1);
  if (edge !== 'first' && edge !== 'last' && edge !== 'final') return -1;
  return lowerAt(ctx, at - 2) === 'the' ? at - 2 : -1;
}

/** The halves and quarters a part names: "the first two quarters of 2025" is 2025-H1. */
const WHOLE_PARTS = new Map<string, { first: string; last: string }>([
  ['two quarters', { first: 'H1', last: 'H2' }],
  ['six months', { first: 'H1', last: 'H2' }],
  ['three months', { first: 'Q1', last: 'Q4' }],
]);

/**
 * The half or quarter of a year that "the first two quarters of", "the last six months of" right
 * before token i names ("H1", "Q4"), or null: a TIMEX3 value finer than the year. Other parts
 * ("the first nine months of 1990") keep the year's value.
 */
export function yearPartBefore(ctx: DateContext, i: number): string | null {
  const start = partBefore(ctx, i);
  if (start < 0) return null;
  const part = WHOLE_PARTS.get(`${lowerAt(ctx, start + 2)} ${lowerAt(ctx, start + 3)}`);
  if (part === undefined || start + 5 !== i) return null;
  return lowerAt(ctx, start + 1) === 'first' ? part.first : part.last;
}

const PREFIXED_MONTH = /^(mid|early|late)-([a-z]+)$/;

/** "mid-November", "late-November": one token with the month inside. */
export const PREFIXED_MONTH_STARTS: FirstTokenGate = { test: (lower) => PREFIXED_MONTH.test(lower) };

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
