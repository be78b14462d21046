// Calendar arithmetic on plain year/month/day numbers, in UTC only, so a value never depends on
// the machine's time zone or locale. TIMEX3 value formatting lives here too.

export interface CalendarDate {
  year: number;
  month: number; // 1-12
  day: number; // 1-31
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** "2019-07-06" -> {2019, 7, 6}; null for anything that is not a real calendar day. */
export function parseIsoDate(text: string | null | undefined): CalendarDate | null {
  if (!text) return null;
  const match = ISO_DATE.exec(text);
  if (!match) return null;
  const date = { year: +match[1], month: +match[2], day: +match[3] };
  return isValidDate(date.year, date.month, date.day) ? date : null;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function isValidDate(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

function toEpochDay(date: CalendarDate): number {
  return Math.floor(Date.UTC(date.year, date.month - 1, date.day) / 86400000);
}

function fromEpochDay(epochDay: number): CalendarDate {
  const d = new Date(epochDay * 86400000);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

export function addDays(date: CalendarDate, days: number): CalendarDate {
  return fromEpochDay(toEpochDay(date) + days);
}

/** ISO weekday: Monday 1 ... Sunday 7. */
export function weekdayOf(date: CalendarDate): number {
  const day = new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay();
  return day === 0 ? 7 : day;
}

/** ISO 8601 week: the week belongs to the year of its Thursday. */
export function isoWeek(date: CalendarDate): { year: number; week: number } {
  const thursday = addDays(date, 4 - weekdayOf(date));
  const first = toEpochDay({ year: thursday.year, month: 1, day: 1 });
  return { year: thursday.year, week: Math.floor((toEpochDay(thursday) - first) / 7) + 1 };
}

/** Month arithmetic: {2019, 1} - 2 months = {2018, 11}. */
export function addMonths(year: number, month: number, months: number): { year: number; month: number } {
  const index = year * 12 + (month - 1) + months;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

export function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

export function formatYear(year: number): string {
  return pad(year, 4);
}

export function formatMonth(year: number, month: number): string {
  return `${formatYear(year)}-${pad(month)}`;
}

export function formatDay(date: CalendarDate): string {
  return `${formatYear(date.year)}-${pad(date.month)}-${pad(date.day)}`;
}

export function formatWeek(date: CalendarDate): string {
  const week = isoWeek(date);
  return `${formatYear(week.year)}-W${pad(week.week)}`;
}

export function quarterOf(month: number): number {
  return Math.floor((month - 1) / 3) + 1;
}
