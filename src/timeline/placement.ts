// Where a date's TIMEX3 value sits on a calendar: the first and last day it covers and how
// precise it is. "2024-03-03" is a day, "2024-W10" a week, "2024-Q1" a quarter, "1987/1988" two
// years, "199" the 1990s. A value with placeholders ("XXXX-02-27": a relative date in a story with
// no reference date) has no place; neither has a vague one ("PAST_REF", "P3Y").

export type Precision = 'day' | 'weekend' | 'week' | 'month' | 'season' | 'quarter' | 'half' | 'year' | 'years' | 'decade' | 'century';

export interface Placement {
  /** first day covered, YYYY-MM-DD */
  start: string;
  /** last day covered (inclusive), YYYY-MM-DD */
  end: string;
  precision: Precision;
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

function day(time: number): string {
  const date = new Date(time);
  return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

function lastDayOfMonth(year: number, month: number): string {
  return day(Date.UTC(year, month, 0));
}

function months(year: number, first: number, count: number, precision: Precision): Placement {
  const last = first + count - 1;
  return { start: `${pad(year, 4)}-${pad(first)}-01`, end: lastDayOfMonth(year + Math.floor((last - 1) / 12), ((last - 1) % 12) + 1), precision };
}

const DAY_MS = 86_400_000;

/** Monday of ISO week `week` of `year`: week 1 holds January 4. */
function isoWeekMonday(year: number, week: number): number {
  const jan4 = Date.UTC(year, 0, 4);
  const weekday = new Date(jan4).getUTCDay() || 7;
  return jan4 - (weekday - 1) * DAY_MS + (week - 1) * 7 * DAY_MS;
}

const SEASON_START: Record<string, number> = { SP: 3, SU: 6, FA: 9, WI: 12 };

/** The calendar place of a value, or null when it has none. */
export function placeValue(value: string): Placement | null {
  let m = /^(\d{4})-(\d{2})-(\d{2})(?:T.*)?$/.exec(value);
  if (m) {
    const iso = `${m[1]}-${m[2]}-${m[3]}`;
    return { start: iso, end: iso, precision: 'day' };
  }
  m = /^(\d{4})-W(\d{2})(-WE)?$/.exec(value);
  if (m && +m[2] >= 1 && +m[2] <= 53) {
    const monday = isoWeekMonday(+m[1], +m[2]);
    if (m[3]) return { start: day(monday + 5 * DAY_MS), end: day(monday + 6 * DAY_MS), precision: 'weekend' };
    return { start: day(monday), end: day(monday + 6 * DAY_MS), precision: 'week' };
  }
  m = /^(\d{4})-(\d{2})$/.exec(value);
  if (m && +m[2] >= 1 && +m[2] <= 12) return months(+m[1], +m[2], 1, 'month');
  m = /^(\d{4})-Q([1-4])$/.exec(value);
  if (m) return months(+m[1], (+m[2] - 1) * 3 + 1, 3, 'quarter');
  m = /^(\d{4})-H([12])$/.exec(value);
  if (m) return months(+m[1], +m[2] === 1 ? 1 : 7, 6, 'half');
  m = /^(\d{4})-(SP|SU|FA|WI)$/.exec(value);
  if (m) return months(+m[1], SEASON_START[m[2]], 3, 'season');
  m = /^(\d{4})$/.exec(value);
  if (m) return { start: `${m[1]}-01-01`, end: `${m[1]}-12-31`, precision: 'year' };
  m = /^(\d{4})\/(\d{4})$/.exec(value);
  if (m && m[1] <= m[2]) return { start: `${m[1]}-01-01`, end: `${m[2]}-12-31`, precision: 'years' };
  m = /^(\d{3})$/.exec(value);
  if (m) return { start: `${m[1]}0-01-01`, end: `${m[1]}9-12-31`, precision: 'decade' };
  m = /^(\d{2})$/.exec(value);
  if (m) return { start: `${m[1]}00-01-01`, end: `${m[1]}99-12-31`, precision: 'century' };
  return null;
}

/**
 * A --from / --to bound: "2024", "2024-03" or "2024-03-05", as the first (from) or last (to) day it
 * covers; null when it is none of these.
 */
export function parseBound(text: string, edge: 'from' | 'to'): string | null {
  if (!/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/.test(text)) return null;
  const place = placeValue(text);
  if (place === null) return null;
  if (place.precision === 'day') {
    const [y, mo, d] = text.split('-').map(Number);
    const date = new Date(Date.UTC(y, mo - 1, d));
    if (date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null;
  }
  return edge === 'from' ? place.start : place.end;
}
