// Days named relative to the story: "today", "yesterday", "late yesterday", "tomorrow",
// "on Tuesday", "last Friday", "this coming Monday", "Wednesday night", and holidays
// ("Thanksgiving Day", "Christmas"). The weekday's date comes from the tense rule in values.ts.

import { addDays, CalendarDate, daysInMonth, formatDay, formatWeek, parseIsoDate, weekdayOf } from './calendar';
import { DateContext, DateMatch, DateValue, isCapitalized, lowerAt, match, yearAt } from './context';
import { monthDayWithoutYear, referenceAnchor, weekdayValue, WeekdayMode, written, yearForPeriod } from './values';
import { DAY_PARTS, parseOrdinalNumber, WEEKDAYS } from './words';
import { FirstTokenGate } from './first-token';

const DAY_WORDS = new Map([['today', 0], ['yesterday', -1], ['tomorrow', 1], ['tonight', 0]]);
/**
 * Modifiers kept inside the span: "late yesterday", "early Friday". Not "earlier"/"later": in
 * "Earlier Friday, the council met ..." it says where the event falls in the story's day, and both
 * corpora mostly leave it out.
 */
export const DAY_MODIFIERS = new Set(['early', 'late']);

/** "morning", "night" ... after a day: part of the span. */
function dayPartAfter(ctx: DateContext, i: number): { end: number } | null {
  return DAY_PARTS.has(lowerAt(ctx, i)) ? { end: i + 1 } : null;
}

function dayValue(ctx: DateContext, offset: number): { value: string; inferred: string[]; anchor?: string } {
  if (!ctx.ref) return { value: 'XXXX-XX-XX', inferred: [] };
  return { value: formatDay(addDays(ctx.ref, offset)), inferred: ['year', 'month', 'day'], anchor: referenceAnchor(ctx) };
}

const GENERIC_AFTER_TODAY = new Set([
  'world', 'society', 'youth', 'young', 'generation', 'standards', 'terms', 'dollars', 'economy', 'culture',
  'children', 'kids', 'students', 'people', 'consumers', 'market', 'markets', 'technology', 'computers', 'climate',
  'environment', 'age', 'times', 'life', 'lifestyle', 'politics', 'media', 'business', 'families', 'women', 'men',
]);

/** "today", "late yesterday", "the day before yesterday". */
export const DAY_WORD_STARTS: FirstTokenGate = { words: [...DAY_MODIFIERS, ...DAY_WORDS.keys(), 'the'], after: { the: { words: ['day'] } } };

export function matchDayWord(ctx: DateContext, i: number): DateMatch | null {
  let at = i;
  if (DAY_MODIFIERS.has(lowerAt(ctx, at))) at++;
  const word = lowerAt(ctx, at);
  // "the day before yesterday", "the day after tomorrow"
  if (word === 'the' && lowerAt(ctx, at + 1) === 'day' && at === i) {
    const direction = lowerAt(ctx, at + 2);
    const anchorWord = lowerAt(ctx, at + 3);
    const base = DAY_WORDS.get(anchorWord);
    if ((direction === 'before' || direction === 'after') && base !== undefined && anchorWord !== 'tonight') {
      return match(i, at + 4, 'date.relative-day', dayValue(ctx, base + (direction === 'before' ? -1 : 1)));
    }
    return null;
  }
  const offset = DAY_WORDS.get(word);
  if (offset === undefined) return null;
  // "Today" as a newspaper or show name ("USA Today", "the Today show") is not a date
  if (at > 0 && ctx.tokens[at].shape === 'title' && !ctx.tokens[at].sentenceInitial && isCapitalized(ctx, at - 1) && !ctx.tokens[at - 1].sentenceInitial) return null;
  // "today's world", "today's youth": the present in general, not a day
  if (word === 'today' && lowerAt(ctx, at + 1) === "'s" && GENERIC_AFTER_TODAY.has(lowerAt(ctx, at + 2))) return null;
  let end = at + 1;
  const value = dayValue(ctx, offset);
  // the part of the day after "yesterday" or "tomorrow" is a time of its own ("yesterday morning":
  // OntoNotes draws a date and a time, TimeML a time, which it does not score); after "today" it
  // stays in the span, the value the day
  const part = word === 'yesterday' || word === 'tomorrow' ? null : dayPartAfter(ctx, end);
  if (part) end = part.end;
  return match(i, end, 'date.relative-day', value);
}

function weekdayAt(ctx: DateContext, i: number): number {
  const token = ctx.tokens[i];
  if (!token || !isCapitalized(ctx, i) || token.lower.length < 6) return NaN;
  return WEEKDAYS.get(token.lower) ?? NaN;
}

/** The weekday itself, or the word before it: "the previous Friday", "last Friday", "early Friday". */
export const WEEKDAY_STARTS: FirstTokenGate = {
  words: [...WEEKDAYS.keys(), ...DAY_MODIFIERS, 'the', 'last', 'next', 'this', 'previous', 'past'],
  after: { the: { words: ['previous', 'following'] }, this: { words: [...WEEKDAYS.keys(), 'coming', 'past'] } },
};

/** "Tuesday", "last Friday", "this coming Monday", "early Friday", "Wednesday night". */
export function matchWeekday(ctx: DateContext, i: number): DateMatch | null {
  let at = i;
  let mode: WeekdayMode = 'plain';
  const first = lowerAt(ctx, at);
  // "the previous Friday", "the following Monday"
  if (first === 'the' && (lowerAt(ctx, at + 1) === 'previous' || lowerAt(ctx, at + 1) === 'following')) {
    at++;
    const weekday = weekdayAt(ctx, at + 1);
    if (Number.isNaN(weekday)) return null;
    const direction = lowerAt(ctx, at) === 'previous' ? -1 : 1;
    const value = narrativeWeekday(ctx, weekday, direction) ?? weekdayValue(ctx, i, at + 2, weekday, direction < 0 ? 'last' : 'next');
    return match(i, at + 2, 'date.relative-weekday', value);
  }
  if (first === 'last' || first === 'next' || first === 'this' || first === 'previous' || first === 'past') {
    at++;
    if (first === 'this' && (lowerAt(ctx, at) === 'coming' || lowerAt(ctx, at) === 'past')) {
      mode = lowerAt(ctx, at) === 'coming' ? 'next' : 'last';
      at++;
    } else mode = first === 'next' ? 'next' : first === 'this' ? 'this' : 'last';
  } else if (DAY_MODIFIERS.has(first)) at++;
  const weekday = weekdayAt(ctx, at);
  if (Number.isNaN(weekday)) return null;
  // "next Friday" in most news means the coming one; "this Friday" is the tense rule's
  let end = at + 1;
  // "Friday the 13th": the weekday and its day of the month, one date
  const dayOfMonth = lowerAt(ctx, end) === 'the' ? parseOrdinalNumber(lowerAt(ctx, end + 1)) : NaN;
  if (dayOfMonth >= 1 && dayOfMonth <= 31) {
    const value = weekdayValue(ctx, i, end, weekday, mode);
    if (ctx.ref) value.value = nearestWeekdayOnDay(ctx.ref, weekday, dayOfMonth) ?? value.value;
    return match(i, end + 2, 'date.relative-weekday', value);
  }
  const value = weekdayValue(ctx, i, end, weekday, mode);
  const part = dayPartAfter(ctx, end);
  if (part) end = part.end;
  return match(i, end, 'date.relative-weekday', value);
}

/**
 * "the previous Friday", "the following Monday" point back to the day the story named last ("Crowds
 * marched on Friday, as they had the previous Friday": the Friday before that one);
 * with no day named yet, the reference date is the anchor (weekdayValue).
 */
function narrativeWeekday(ctx: DateContext, weekday: number, direction: number): DateValue | null {
  const named = ctx.lastDate !== null && ctx.lastDate.length === 10 ? parseIsoDate(ctx.lastDate) : null;
  if (!named) return null;
  const namedWeekday = weekdayOf(named);
  const offset = direction < 0 ? -(((namedWeekday - weekday + 6) % 7) + 1) : ((weekday - namedWeekday + 6) % 7) + 1;
  return { value: formatDay(addDays(named, offset)), inferred: ['year', 'month', 'day'], anchor: `the date named before (${ctx.lastDate})` };
}

/** The latest month day `day` up to a year back that falls on `weekday` ("Friday the 13th"). */
function nearestWeekdayOnDay(ref: CalendarDate, weekday: number, day: number): string | null {
  for (let back = 0; back < 14; back++) {
    const index = ref.year * 12 + ref.month - 1 - back;
    const date = { year: Math.floor(index / 12), month: (index % 12) + 1, day };
    if (day <= daysInMonth(date.year, date.month) && weekdayOf(date) === weekday) return formatDay(date);
  }
  return null;
}

// Holidays whose date is fixed, and the ones computed from the year.
const FIXED_HOLIDAYS = new Map<string, [number, number]>([
  ['christmas', [12, 25]], ['christmas day', [12, 25]], ['christmas eve', [12, 24]], ["new year's day", [1, 1]],
  ["new year's eve", [12, 31]], ['independence day', [7, 4]], ['halloween', [10, 31]], ["valentine's day", [2, 14]],
  ['boxing day', [12, 26]], ['veterans day', [11, 11]], ['bastille day', [7, 14]],
]);

function nthWeekday(year: number, month: number, weekday: number, n: number): CalendarDate {
  if (n > 0) {
    const first = { year, month, day: 1 };
    const offset = (weekday - weekdayOf(first) + 7) % 7;
    return addDays(first, offset + 7 * (n - 1));
  }
  const last = { year, month, day: daysInMonth(year, month) };
  return addDays(last, -((weekdayOf(last) - weekday + 7) % 7));
}

/** Easter Sunday (anonymous Gregorian computus). */
function easter(year: number): CalendarDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return { year, month, day };
}

const COMPUTED_HOLIDAYS = new Map<string, { month: number; date: (year: number) => CalendarDate }>([
  ['thanksgiving', { month: 11, date: (y) => nthWeekday(y, 11, 4, 4) }],
  ['thanksgiving day', { month: 11, date: (y) => nthWeekday(y, 11, 4, 4) }],
  ['election day', { month: 11, date: (y) => addDays(nthWeekday(y, 11, 1, 1), 1) }],
  ['labor day', { month: 9, date: (y) => nthWeekday(y, 9, 1, 1) }],
  ['memorial day', { month: 5, date: (y) => nthWeekday(y, 5, 1, -1) }],
  ['easter', { month: 4, date: easter }],
  ['good friday', { month: 4, date: (y) => addDays(easter(y), -2) }],
  ['easter sunday', { month: 4, date: easter }],
]);

const HOLIDAY_PREPOSITIONS = new Set(['on', 'at', 'before', 'after', 'until', 'since', 'by', 'over', 'last', 'this', 'next', 'till', 'through']);

/** "Christmas", "New Year's Day", "Thanksgiving Day", "Election Day 1996". */
/** First words of the holiday names above: every other capitalized word is rejected at once. */
export const HOLIDAY_FIRST_WORDS: ReadonlySet<string> = new Set(
  [...FIXED_HOLIDAYS.keys(), ...COMPUTED_HOLIDAYS.keys()].map((name) => name.split(/[ ']/)[0]),
);

/**
 * The holiday's first word, and after a word that is no holiday alone ("New", "Labor"), the token
 * after it: "Year" ("year's" when the tokenizer leaves it whole), "Day", "Friday", "'s" (Valentine's).
 */
export const HOLIDAY_STARTS: FirstTokenGate = {
  words: [...HOLIDAY_FIRST_WORDS, 'last', 'next'],
  after: { ...secondWordsOfHolidays(), last: { words: HOLIDAY_FIRST_WORDS }, next: { words: HOLIDAY_FIRST_WORDS } },
};

function secondWordsOfHolidays(): Record<string, FirstTokenGate> {
  const names = [...FIXED_HOLIDAYS.keys(), ...COMPUTED_HOLIDAYS.keys()];
  const after: Record<string, FirstTokenGate> = {};
  for (const first of HOLIDAY_FIRST_WORDS) {
    if (names.includes(first)) continue; // "Christmas" alone is one: any token may follow
    const seconds = new Set<string>();
    for (const name of names.filter((candidate) => candidate.split(/[ ']/)[0] === first)) {
      const rest = name.slice(first.length);
      const next = rest.slice(1).split(' ')[0];
      if (rest.startsWith("'")) seconds.add(`'${next}`);
      else seconds.add(next).add(next.replace(/'s$/, ''));
    }
    after[first] = { words: [...seconds] };
  }
  return after;
}

export function matchHoliday(ctx: DateContext, i: number): DateMatch | null {
  const word = lowerAt(ctx, i);
  if (word === 'last' || word === 'next') return relativeHoliday(ctx, i, word === 'last' ? -1 : 1);
  if (!isCapitalized(ctx, i) || !HOLIDAY_FIRST_WORDS.has(word)) return null;
  // longest name first: up to four tokens ("New Year 's Day")
  for (let length = 4; length >= 1; length--) {
    const name = holidayName(ctx, i, length);
    const fixed = FIXED_HOLIDAYS.get(name);
    const computed = COMPUTED_HOLIDAYS.get(name);
    if (!fixed && !computed) continue;
    // "Christmas music", "Easter eggs": a one-word holiday is a date only after a date preposition
    // or before "week"/"weekend" ("during Easter week")
    // (the week word in lower case, as holidayWeek takes it: "the Easter Week Rising" is a name)
    if (length === 1 && !HOLIDAY_PREPOSITIONS.has(lowerAt(ctx, i - 1)) && !(HOLIDAY_WEEKS.has(lowerAt(ctx, i + 1)) && ctx.tokens[i + 1].shape === 'lower')) return null;
    let end = i + length;
    const year = yearAt(ctx, end);
    if (year > 0) end++;
    if (fixed) {
      if (year > 0) return holidayWeek(ctx, match(i, end, 'date.holiday', written(formatDay({ year, month: fixed[0], day: fixed[1] }))));
      return holidayWeek(ctx, match(i, end, 'date.holiday', monthDayWithoutYear(ctx, i, end, fixed[0], fixed[1])));
    }
    if (computed) {
      if (year > 0) return holidayWeek(ctx, match(i, end, 'date.holiday', written(formatDay(computed.date(year)))));
      if (!ctx.ref) return holidayWeek(ctx, match(i, end, 'date.holiday', { value: 'XXXX-XX-XX', inferred: [] }));
      const resolved = yearForPeriod(ctx, i, end, computed.month);
      const date = computed.date(resolved.year ?? ctx.ref.year);
      return holidayWeek(ctx, match(i, end, 'date.holiday', { value: formatDay(date), inferred: ['year'], anchor: referenceAnchor(ctx, resolved.tense) }));
    }
  }
  return null;
}

const HOLIDAY_WEEKS = new Set(['week', 'weekend']);

/**
 * "Easter week", "over Labor Day weekend": the holiday's ISO week, or its weekend (the one before
 * a Monday holiday, the one after a Friday holiday, else the weekend of its week).
 */
function holidayWeek(ctx: DateContext, found: DateMatch): DateMatch {
  const unit = lowerAt(ctx, found.end);
  if (!HOLIDAY_WEEKS.has(unit) || ctx.tokens[found.end].shape !== 'lower') return found;
  const date = parseIsoDate(found.value);
  found.end++;
  if (!date) {
    found.value = unit === 'week' ? 'XXXX-WXX' : 'XXXX-WXX-WE';
    return found;
  }
  if (unit === 'week') found.value = formatWeek(date);
  else {
    const weekday = weekdayOf(date);
    found.value = `${formatWeek(addDays(date, weekday === 1 ? -2 : weekday === 5 ? 1 : 0))}-WE`;
  }
  return found;
}

/** "last Thanksgiving", "next Christmas": the one before (after) the reference date, "last" in the span. */
function relativeHoliday(ctx: DateContext, i: number, direction: number): DateMatch | null {
  if (!isCapitalized(ctx, i + 1) || !HOLIDAY_FIRST_WORDS.has(lowerAt(ctx, i + 1))) return null;
  // ("last" before a holiday's name makes it a date; "Christmas music" alone is no date)
  let found: DateMatch | null = null;
  for (let length = 4; length >= 1 && !found; length--) {
    const name = holidayName(ctx, i + 1, length);
    const fixed = FIXED_HOLIDAYS.get(name);
    const computed = COMPUTED_HOLIDAYS.get(name);
    if (!fixed && !computed) continue;
    if (yearAt(ctx, i + 1 + length) > 0) return null; // "last Christmas 2019" is not said
    const end = i + 1 + length;
    if (!ctx.ref) return match(i, end, 'date.holiday', { value: 'XXXX-XX-XX', inferred: [] });
    const ref = ctx.ref;
    const dateIn = (year: number): CalendarDate => (fixed ? { year, month: fixed[0], day: fixed[1] } : (computed as { date: (y: number) => CalendarDate }).date(year));
    const order = (date: CalendarDate): number => date.month - ref.month || date.day - ref.day;
    let year = ref.year;
    if (direction < 0 && order(dateIn(year)) >= 0) year--;
    if (direction > 0 && order(dateIn(year)) <= 0) year++;
    found = match(i, end, 'date.holiday', { value: formatDay(dateIn(year)), inferred: ['year'], anchor: referenceAnchor(ctx) });
  }
  return found;
}

function holidayName(ctx: DateContext, i: number, length: number): string {
  const words: string[] = [];
  for (let k = 0; k < length; k++) words.push(lowerAt(ctx, i + k));
  return words.join(' ').replace(/ 's/g, "'s");
}
