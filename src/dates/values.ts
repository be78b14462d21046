// Turning what a date expression says into a TIMEX3 value, completing missing parts from the
// reference date with the news rule: the tense of the governing verb decides past or future.
// Without a reference date the missing parts stay placeholders (XXXX-02-27), never the wall clock.

import {
  addDays,
  addMonths,
  CalendarDate,
  formatDay,
  formatMonth,
  formatWeek,
  formatYear,
  pad,
  quarterOf,
  weekdayOf,
} from './calendar';
import { DateContext, DateValue, lowerAt, tenseOf } from './context';
import { Unit } from './words';
import { isPastVerb, Tense } from './tense';

export function refIso(ctx: DateContext): string {
  return ctx.ref ? formatDay(ctx.ref) : '';
}

/** How a date was anchored: "reference date 2024-03-04", and the tense when it chose the year. */
export function referenceAnchor(ctx: DateContext, tense: Tense | null = null): string {
  return `reference date ${refIso(ctx)}` + (tense ? `, tense: ${tense}` : '');
}

/** A date with every part written: nothing to infer. */
export function written(value: string): DateValue {
  return { value, inferred: [] };
}

/**
 * A month (and day) without a year: "on March 3", "in December". Past tense puts a later
 * month-day in the year before ("The vote took place in December", filed in February), except a
 * date a few weeks ahead that the verb does not happen on; future tense puts an earlier one in
 * the next year; present tense and no tense take the nearest such date.
 */
export function monthDayWithoutYear(
  ctx: DateContext,
  start: number,
  end: number,
  month: number,
  day: number | null,
): DateValue {
  const monthDay = day === null ? `${pad(month)}` : `${pad(month)}-${pad(day)}`;
  if (!ctx.ref) return { value: `XXXX-${monthDay}`, inferred: [] };
  // "the merged desk opens, effective Feb. 1": a change announced takes effect ahead
  const tense = lowerAt(ctx, start - 1) === 'effective' ? 'future' : tenseOf(ctx, start, end);
  const ref = ctx.ref;
  // how far the month (day) is from the reference date, in months: -11 .. 11
  const distance = month - ref.month + (day === null ? 0 : (day - ref.day) / 31);
  let year = ref.year;
  if (tense === 'past' && !isDeadline(ctx, start)) {
    // "was signed on March 3" (the past verb's own date) and a whole month ("moved its meetings to
    // the town hall in May", said in March) are before the story; a month and day a few weeks
    // ahead stays in this year otherwise: "has named Nov. 14 as the cutoff", "a column on April 25"
    if (distance > (isPastEventDate(ctx, start) || day === null ? 0 : NEAR_MONTHS)) year--;
  } else if (tense === 'future') {
    if (distance < 0) year++; // "will take over in January", said in February
  } else if (tense === 'present') {
    // the present tense leans neither way: the nearest such date ("is payable Jan. 2" in
    // November; "rents are down from their peak in October" in January). Plans
    // and arrangements ("is planned for", "is set for") are future (tense.ts).
    if (distance < -6) year++;
    else if (distance >= 6) year--;
  } else if (distance >= 6) year--; // no tense: the nearest such date (half a year ahead: the past)
  else if (distance < -6) year++;
  return { value: `${formatYear(year)}-${monthDay}`, inferred: ['year'], anchor: referenceAnchor(ctx, tense) };
}

// "wrote in a column on April 25": another preposition between verb and date breaks the link
const CLAUSE_PREPOSITIONS = new Set(['in', 'on', 'at', 'of', 'for', 'with', 'by', 'to', 'from', 'that', 'about']);

/** "gave the tenants until mid-November to leave": a deadline is ahead of the past verb that set it. */
function isDeadline(ctx: DateContext, start: number): boolean {
  const before = lowerAt(ctx, start - 1);
  return before === 'until' || before === 'till';
}

/** "signed on March 3", "took place in December": the date right after a past verb and on/in. */
function isPastEventDate(ctx: DateContext, start: number): boolean {
  const preposition = lowerAt(ctx, start - 1);
  if (preposition !== 'on' && preposition !== 'in') return false;
  // the verb and its object before the preposition: "painted it in March", "signed the deal on May 3"
  for (let i = start - 2; i >= Math.max(0, start - 5); i--) {
    if (isPastVerb(ctx.doc, i)) return true;
    const token = ctx.doc.tokens[i];
    if (token.shape === 'punct' || token.shape === 'number' || CLAUSE_PREPOSITIONS.has(token.lower)) return false;
  }
  return false;
}

/** Months ahead of (or behind) the reference date that the tense rule leaves in the same year. */
const NEAR_MONTHS = 2;

export type WeekdayMode = 'plain' | 'last' | 'next' | 'this';

/**
 * A weekday: "on Tuesday". News reports mostly what happened, so a weekday is the latest such
 * day up to the reference date unless the verb is in the future ("will meet on Thursday").
 */
export function weekdayValue(ctx: DateContext, start: number, end: number, weekday: number, mode: WeekdayMode): DateValue {
  if (!ctx.ref) return { value: `XXXX-WXX-${weekday}`, inferred: [] };
  const ref = ctx.ref;
  const refWeekday = weekdayOf(ref);
  const tense = mode === 'last' || mode === 'next' ? null : possessiveWeekday(ctx, start, end) ? 'past' : tenseOf(ctx, start, end);
  let offset: number;
  if (mode === 'last') offset = -(((refWeekday - weekday + 6) % 7) + 1);
  else if (mode === 'next') offset = ((weekday - refWeekday + 6) % 7) + 1;
  else if (tense === 'future' || (mode === 'this' && tense !== 'past')) offset = (weekday - refWeekday + 7) % 7;
  else offset = -((refWeekday - weekday + 7) % 7);
  return {
    value: formatDay(addDays(ref, offset)),
    inferred: ['year', 'month', 'day'],
    anchor: referenceAnchor(ctx, tense),
  };
}

/**
 * "appeal Wednesday's verdict", "Friday's turnover": a weekday owning an event is the one
 * the story has just reported, whatever the verb says; except "ahead of Sunday's poll".
 */
function possessiveWeekday(ctx: DateContext, start: number, end: number): boolean {
  return lowerAt(ctx, end) === "'s" && !(lowerAt(ctx, start - 1) === 'of' && lowerAt(ctx, start - 2) === 'ahead');
}

const PLACEHOLDERS: Record<Unit, string> = {
  day: 'XXXX-XX-XX',
  week: 'XXXX-WXX',
  month: 'XXXX-XX',
  quarter: 'XXXX-QX',
  year: 'XXXX',
  decade: 'XXX',
  century: 'XX',
};

/** The value of a date `amount` units away from the reference date, at that unit's granularity. */
export function shiftedValue(ctx: DateContext, unit: Unit, amount: number, anchor = 'reference date'): DateValue {
  if (!ctx.ref) return { value: PLACEHOLDERS[unit], inferred: [] };
  return { value: shiftFrom(ctx.ref, unit, amount), inferred: inferredFor(unit), anchor: `${anchor} ${refIso(ctx)}` };
}

export function shiftFrom(ref: CalendarDate, unit: Unit, amount: number): string {
  switch (unit) {
    case 'day':
      return formatDay(addDays(ref, amount));
    case 'week':
      return formatWeek(addDays(ref, 7 * amount));
    case 'month': {
      const m = addMonths(ref.year, ref.month, amount);
      return formatMonth(m.year, m.month);
    }
    case 'quarter': {
      const index = ref.year * 4 + quarterOf(ref.month) - 1 + amount;
      return `${formatYear(Math.floor(index / 4))}-Q${(index % 4) + 1}`;
    }
    case 'year':
      return formatYear(ref.year + amount);
    case 'decade':
      return `${String(Math.floor((ref.year + 10 * amount) / 10)).padStart(3, '0')}`;
    case 'century':
      return pad(Math.floor((ref.year + 100 * amount) / 100));
  }
}

export function inferredFor(unit: Unit): string[] {
  switch (unit) {
    case 'day':
    case 'week':
      return ['year', 'month', 'day'];
    case 'month':
    case 'quarter':
      return ['year', 'month'];
    default:
      return ['year'];
  }
}

/**
 * A year-less quarter or season: the reference year, moved by tense like a month. `reportingMonths`:
 * how long after its end a period is still the one the future speaks of ("will report third-quarter
 * results", said in October, is this year's third quarter: results come out after the quarter).
 */
export function yearForPeriod(
  ctx: DateContext,
  start: number,
  end: number,
  firstMonth: number,
  reportingMonths = 0,
): { year: number | null; tense: Tense | null } {
  if (!ctx.ref) return { year: null, tense: null };
  const tense = tenseOf(ctx, start, end);
  let year = ctx.ref.year;
  if (tense === 'past' && firstMonth > ctx.ref.month) year--;
  else if (tense === 'future' && firstMonth + 2 + reportingMonths < ctx.ref.month) year++;
  return { year, tense };
}
