// Dates: every pattern family of src/dates is tried at each token; the longest match wins, then
// the earlier family in PATTERNS. The reference date is the document's (record, --ref-date) or,
// failing that, a full date in the dateline; without one, relative dates keep placeholders.

import { Doc, Mention, Token } from '../../model';
import { formatDay, parseIsoDate } from '../../dates/calendar';
import { DateContext, DateMatch, DatePattern } from '../../dates/context';
import { extendWithModifiers, matchPrefixedMonth } from '../../dates/modifiers';
import { matchMonthDayYear } from '../../dates/month-day-year';
import { matchNumericDate } from '../../dates/numeric';
import { matchQuarter, matchReportedQuarter, matchSeason, matchShortQuarter } from '../../dates/quarters-seasons';
import { datelineReference } from '../../dates/reference';
import { matchReferenceWord } from '../../dates/reference-words';
import { HOLIDAY_FIRST_WORDS, matchDayWord, matchHoliday, matchWeekday } from '../../dates/relative-day';
import { matchAgo, matchPeriodEdge, matchRelativeUnit } from '../../dates/relative-unit';
import { matchCentury, matchFiscalYear, matchSpokenYear, matchYear } from '../../dates/years';
import { MONTHS, ORDINAL_WORDS, parseCount, WEEKDAYS } from '../../dates/words';

const PATTERNS: DatePattern[] = [
  matchNumericDate,
  matchMonthDayYear,
  matchPrefixedMonth,
  matchQuarter,
  matchShortQuarter,
  matchReportedQuarter,
  matchSeason,
  matchCentury,
  matchFiscalYear,
  matchSpokenYear,
  matchYear,
  matchDayWord,
  matchWeekday,
  matchHoliday,
  matchRelativeUnit,
  matchAgo,
  matchPeriodEdge,
  matchReferenceWord,
];

// Words a date can start with, besides numbers, month and weekday names, holidays and number
// words. A token that is none of these is skipped without trying the patterns: most tokens of a
// story, capitalized names included.
const START_WORDS = new Set([
  'the', 'this', 'that', 'last', 'next', 'early', 'late', 'mid', 'earlier', 'later', 'fiscal', 'a', 'an',
  'nearly', 'almost', 'about', 'some', 'around', 'roughly', 'approximately', 'just', 'only', 'barely', 'over',
  'more', 'less', 'several', 'few', 'many', 'couple', 'year-end', 'year', 'year-ago', 'year-earlier', 'comparable',
  'corresponding', 'prior-year', 'year-before', 'recent', 'past', 'coming', 'these', 'nowadays', 'today',
  'yesterday', 'tomorrow', 'tonight', 'previous', 'following', 'prior', 'upcoming', 'current', 'summer', 'winter',
  'spring', 'fall', 'autumn', 'first', 'second', 'third', 'fourth', 'final', 'years', 'months', 'weeks', 'days',
  'decades', 'twenties', 'thirties', 'forties', 'fifties', 'sixties', 'seventies', 'eighties', 'nineties', "'", '’',
]);
const PREFIXED = /^(?:mid|early|late|pre|post|fiscal)-|-(?:quarter|half)$|^fy|^[qh][1-4]$/;

function mayStartDate(token: Token): boolean {
  if (token.shape === 'number') return true;
  const lower = token.lower;
  return (
    START_WORDS.has(lower) ||
    MONTHS.has(lower) ||
    WEEKDAYS.has(lower) ||
    HOLIDAY_FIRST_WORDS.has(lower) ||
    ORDINAL_WORDS.has(lower) ||
    PREFIXED.test(lower) ||
    !Number.isNaN(parseCount(lower))
  );
}

/** Words before a weekday or date that make it a recurrence, not a date: "every Monday". */
const RECURRENCE = new Set(['every', 'each']);

const STRENGTH = 0.9;

function toMention(doc: Doc, found: DateMatch): Mention {
  const start = found.startChar ?? doc.tokens[found.start].start;
  const end = found.endChar ?? doc.tokens[found.end - 1].end;
  const mention: Mention = {
    type: 'date',
    start,
    end,
    tokenStart: found.start,
    tokenEnd: found.end,
    rule: found.rule,
    strength: STRENGTH,
    value: found.value,
    resolution: found.anchor ? { inferred: found.inferred, anchor: found.anchor } : { inferred: found.inferred },
  };
  return mention;
}

function bestAt(ctx: DateContext, i: number): DateMatch | null {
  let best: DateMatch | null = null;
  for (const pattern of PATTERNS) {
    const found = pattern(ctx, i);
    if (found && found.end > i && (!best || found.end > best.end || (found.end === best.end && found.start < best.start))) best = found;
  }
  return best;
}

export function recognizeDates(doc: Doc): Mention[] {
  const mentions: Mention[] = [];
  try {
    const ctx: DateContext = { doc, tokens: doc.tokens, ref: parseIsoDate(doc.refDate), lastDate: null };
    if (!ctx.ref) {
      const dateline = datelineReference(ctx);
      if (dateline) {
        ctx.ref = dateline;
        doc.refDate = formatDay(dateline);
        doc.refDateSource = 'dateline';
      }
    }
    let lastEnd = 0;
    for (let i = 0; i < doc.tokens.length; i++) {
      if (!mayStartDate(doc.tokens[i])) continue;
      let found: DateMatch | null = null;
      try {
        found = bestAt(ctx, i);
      } catch {
        found = null; // one broken pattern costs that token, never the document
      }
      if (!found || found.start < lastEnd) continue;
      if (RECURRENCE.has(doc.tokens[found.start - 1]?.lower ?? '')) {
        i = found.end - 1;
        lastEnd = found.end;
        continue;
      }
      found.start = extendWithModifiers(ctx, found, lastEnd);
      mentions.push(toMention(doc, found));
      if (/^\d{4}(-\d{2}(-\d{2})?)?$/.test(found.value)) ctx.lastDate = found.value;
      for (const extra of found.extra ?? []) mentions.push(toMention(doc, extra));
      lastEnd = found.end;
      i = found.end - 1;
    }
  } catch {
    // dates are never worth losing a document over
  }
  return mentions;
}
