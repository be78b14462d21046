// Dates anchored to another date: "the day before", "the week after", "the year before". The story
// sets the anchor: "The mayor resigned on March 3. The day before, he had met the council." counts
// from March 3 (the date the narrative last named); with no such date, from the reference date.

import { DateContext, DateMatch, lowerAt, match } from './context';
import { FirstTokenGate } from './first-token';
import { narrativeValue } from './relative-unit';
import { shiftedValue } from './values';
import { Unit } from './words';

const ANCHORED_UNITS = new Map<string, Unit>([['day', 'day'], ['week', 'week'], ['month', 'month'], ['year', 'year']]);
const DIRECTIONS = new Map<string, number>([['before', -1], ['after', 1]]);
/**
 * After "the day before", words that open what it is before: "the day before the vote",
 * "the week after his arrest". Then the anchor is an event, not a date, and the span is not ours.
 */
const OPENS_ANCHOR = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'this', 'that', 'last', 'next', 'he', 'she', 'they', 'it', 'we', 'i', 'you']);

/** "the day before", "the week after". */
export const ANCHORED_STARTS: FirstTokenGate = { words: ['the'], after: { the: { words: [...ANCHORED_UNITS.keys()] } } };

export function matchAnchored(ctx: DateContext, i: number): DateMatch | null {
  if (lowerAt(ctx, i) !== 'the') return null;
  const unit = ANCHORED_UNITS.get(lowerAt(ctx, i + 1));
  const direction = DIRECTIONS.get(lowerAt(ctx, i + 2));
  if (unit === undefined || direction === undefined) return null;
  const next = ctx.tokens[i + 3];
  if (next && next.sentence === ctx.tokens[i].sentence) {
    if (OPENS_ANCHOR.has(next.lower) || next.shape === 'number' || next.shape === 'title' || next.shape === 'upper') return null;
    // "the day before returning home": before an action, not a date
    if (next.shape === 'lower' && next.lower.length > 5 && next.lower.endsWith('ing')) return null;
  }
  const value = (ctx.lastDate !== null && narrativeValue(ctx.lastDate, unit, direction)) || shiftedValue(ctx, unit, direction);
  return match(i, i + 3, 'date.anchored', value);
}
