// Dates anchored to another date: "the day before", "the week after", "the year before". The story
// sets the anchor: "The mayor resigned on March 3. The day before, he had met the council." counts
// from March 3 (the date the narrative last named); with no such date, from the reference date.

import { formatWeek, parseIsoDate } from './calendar';
import { DateContext, DateMatch, DateValue, lowerAt, match } from './context';
import { FirstTokenGate } from './first-token';
import { matchMonthDayYear } from './month-day-year';
import { matchWeekday } from './relative-day';
import { narrativeValue } from './relative-unit';
import { referenceAnchor, refIso, shiftedValue } from './values';
import { ORDINAL_WORDS, Unit } from './words';

const ANCHORED_UNITS = new Map<string, Unit>([['day', 'day'], ['week', 'week'], ['month', 'month'], ['year', 'year']]);
const DIRECTIONS = new Map<string, number>([['before', -1], ['after', 1]]);
/**
 * What may follow: the end of the clause ("The day before, he had met ..."), or "and", "or", "but".
 * Anything else says what it is before or after ("the day before the vote", "the week after his
 * arrest", "the day before leaving", "the day before authorities issued a warrant"): an event, not
 * a date of ours.
 */
const ENDS_ANCHORED = new Set(['and', 'or', 'but']);

/** Ordinals of "the second day of the strike" (first to tenth, last, final). */
const DAY_ORDINALS = [...ORDINAL_WORDS].filter(([, n]) => n <= 10).map(([word]) => word);
/** "the second day", and the longer units counted in an event: "the first year", "her third week" */
const COUNTED_UNITS = new Map([['day', 'XXXX-XX-XX'], ['week', 'XXXX-WXX'], ['month', 'XXXX-XX'], ['year', 'XXXX']]);
const DAY_AFTER_ORDINAL: FirstTokenGate = { words: [...COUNTED_UNITS.keys()] };

/** "the day before", "the week after", "the week of March 18", "the second day", "a fifth day", "her first day". */
export const ANCHORED_STARTS: FirstTokenGate = {
  words: ['the', 'a', ...DAY_ORDINALS],
  after: {
    the: { words: [...ANCHORED_UNITS.keys(), ...DAY_ORDINALS] },
    a: { words: DAY_ORDINALS },
    ...Object.fromEntries(DAY_ORDINALS.map((ordinal) => [ordinal, DAY_AFTER_ORDINAL])),
  },
};

export function matchAnchored(ctx: DateContext, i: number): DateMatch | null {
  const ordinalDay = matchOrdinalDay(ctx, i);
  if (ordinalDay) return ordinalDay;
  if (lowerAt(ctx, i) !== 'the') return null;
  const unit = ANCHORED_UNITS.get(lowerAt(ctx, i + 1));
  if (unit === 'week' && WEEK_BY_DAY.has(lowerAt(ctx, i + 2))) return weekByDay(ctx, i);
  const direction = DIRECTIONS.get(lowerAt(ctx, i + 2));
  if (unit === undefined || direction === undefined) return null;
  const next = ctx.tokens[i + 3];
  if (next && next.sentence === ctx.tokens[i].sentence && next.shape !== 'punct' && !ENDS_ANCHORED.has(next.lower)) return null;
  const value = (ctx.lastDate !== null && narrativeValue(ctx.lastDate, unit, direction)) || shiftedValue(ctx, unit, direction);
  return match(i, i + 3, 'date.anchored', value);
}

/** Words that name a week by one of its days: "the week of March 18", "the week ended Nov. 3". */
const WEEK_BY_DAY = new Set(['of', 'ended', 'ending']);

/**
 * "the week of March 18", "sales fell in the week ended Friday": one date, the week that
 * holds the day (TIMEX3 week value); without a day after it, no date here ("the week of talks").
 */
function weekByDay(ctx: DateContext, i: number): DateMatch | null {
  const day = matchMonthDayYear(ctx, i + 3) ?? matchWeekday(ctx, i + 3);
  if (!day || day.start !== i + 3) return null;
  const date = parseIsoDate(day.value);
  const value = date ? formatWeek(date) : /^XXXX-/.test(day.value) ? 'XXXX-WXX' : null;
  if (value === null) return null;
  return match(i, day.end, 'date.week-of', { value, inferred: day.inferred, anchor: day.anchor });
}

const POSSESSIVES = new Set(['his', 'her', 'their', 'its', 'our', 'my', 'your']);
const CALENDAR_UNITS = new Set(['month', 'year', 'week', 'quarter', 'season', 'decade', 'century']);

/** After "day of": a name or a number ("March", "Ramadan", "2026") or the calendar's unit ("the month") */
function isCalendarAfterOf(ctx: DateContext, i: number): boolean {
  const at = lowerAt(ctx, i) === 'the' || lowerAt(ctx, i) === 'this' || lowerAt(ctx, i) === 'that' ? i + 1 : i;
  const token = ctx.tokens[at];
  if (!token || token.sentence !== ctx.tokens[i - 1].sentence) return false;
  return token.shape !== 'lower' || CALENDAR_UNITS.has(token.lower);
}
const PRESENT_COPULAS = new Set(['is', "'s"]);

/**
 * "the second day of the strike", "for a fifth day", "on her first day in office" (the possessive
 * outside the span, as both corpora draw it), "the third day in a row": a day counted in an event,
 * not in the calendar. "Today is the fifth day of the strike", "it's the second day": the story's
 * own day; otherwise the day is left unplaced.
 */
function matchOrdinalDay(ctx: DateContext, i: number): DateMatch | null {
  const first = lowerAt(ctx, i);
  const possessed = POSSESSIVES.has(lowerAt(ctx, i - 1));
  const at = first === 'the' || first === 'a' ? i + 1 : possessed ? i : -1;
  const unit = lowerAt(ctx, at + 1);
  const unplaced = COUNTED_UNITS.get(unit);
  if (at < 0 || !DAY_ORDINALS.includes(lowerAt(ctx, at)) || unplaced === undefined) return null;
  // "the last year", "the final week" are the story's own (relative-unit.ts); "a second year" is
  // as often "another year" as an event's
  if (unit !== 'day' && ((ORDINAL_WORDS.get(lowerAt(ctx, at)) as number) < 1 || first === 'a')) return null;
  // (a capitalized ordinal is a name: "First Day Covers")
  if (ctx.tokens[at].shape !== 'lower' || ctx.tokens[at + 1].shape !== 'lower') return null;
  let end = at + 2;
  // "the first day of March 2026", "the third day of Ramadan", "the first day of the month": a day
  // of the calendar, no event's (left to the other date forms)
  if (lowerAt(ctx, end) === 'of' && isCalendarAfterOf(ctx, end + 1)) return null;
  if (lowerAt(ctx, end) === 'in' && lowerAt(ctx, end + 1) === 'a' && lowerAt(ctx, end + 2) === 'row') end += 3;
  const today = unit === 'day' && PRESENT_COPULAS.has(lowerAt(ctx, i - 1)) && ctx.ref !== null;
  const value: DateValue = today ? { value: refIso(ctx), inferred: ['year', 'month', 'day'], anchor: referenceAnchor(ctx, 'present') } : { value: unplaced, inferred: [] };
  return match(i, end, 'date.ordinal-day', value);
}
