// Dates: at each token, the pattern families of src/dates that can start there (first-token.ts)
// are tried; the longest match wins, then the earlier family in PATTERNS. The reference date is the
// document's (record, --ref-date) or, failing that, a full date in the dateline; without one,
// relative dates keep placeholders.

import { Doc, EveryField, Mention } from '../../model';
import { formatDay, parseIsoDate } from '../../dates/calendar';
import { DateContext, DateMatch, DatePattern } from '../../dates/context';
import { FirstTokenGate, FirstTokenIndex } from '../../dates/first-token';
import { extendWithModifiers, matchPrefixedMonth, PREFIXED_MONTH_STARTS } from '../../dates/modifiers';
import { matchMonthDayYear, MONTH_DAY_YEAR_STARTS } from '../../dates/month-day-year';
import { matchNumericDate, NUMERIC_DATE_STARTS } from '../../dates/numeric';
import {
  matchQuarter,
  matchReportedQuarter,
  matchSeason,
  matchShortQuarter,
  QUARTER_STARTS,
  REPORTED_QUARTER_STARTS,
  SEASON_STARTS,
  SHORT_QUARTER_STARTS,
} from '../../dates/quarters-seasons';
import { ANCHORED_STARTS, matchAnchored } from '../../dates/anchored';
import { DURATION_STARTS, matchDuration, matchPeriod, PERIOD_STARTS } from '../../dates/periods';
import { matchYearRange, YEAR_RANGE_STARTS } from '../../dates/ranges';
import { datelineReference } from '../../dates/reference';
import { matchReferenceWord, REFERENCE_WORD_STARTS } from '../../dates/reference-words';
import { DAY_WORD_STARTS, HOLIDAY_STARTS, matchDayWord, matchHoliday, matchWeekday, WEEKDAY_STARTS } from '../../dates/relative-day';
import { AGO_STARTS, matchAgo, matchPeriodEdge, matchRelativeUnit, PERIOD_EDGE_STARTS, RELATIVE_UNIT_STARTS } from '../../dates/relative-unit';
import {
  CENTURY_STARTS,
  FISCAL_YEAR_STARTS,
  matchCentury,
  matchFiscalYear,
  matchSpokenYear,
  matchYear,
  SPOKEN_YEAR_STARTS,
  YEAR_STARTS,
} from '../../dates/years';

/** The pattern families in order of preference, each with the first tokens it can start with. */
const PATTERNS: ReadonlyArray<{ match: DatePattern; starts: FirstTokenGate }> = [
  { match: matchNumericDate, starts: NUMERIC_DATE_STARTS },
  { match: matchYearRange, starts: YEAR_RANGE_STARTS },
  { match: matchMonthDayYear, starts: MONTH_DAY_YEAR_STARTS },
  { match: matchPrefixedMonth, starts: PREFIXED_MONTH_STARTS },
  { match: matchQuarter, starts: QUARTER_STARTS },
  { match: matchShortQuarter, starts: SHORT_QUARTER_STARTS },
  { match: matchReportedQuarter, starts: REPORTED_QUARTER_STARTS },
  { match: matchSeason, starts: SEASON_STARTS },
  { match: matchCentury, starts: CENTURY_STARTS },
  { match: matchFiscalYear, starts: FISCAL_YEAR_STARTS },
  { match: matchSpokenYear, starts: SPOKEN_YEAR_STARTS },
  { match: matchYear, starts: YEAR_STARTS },
  { match: matchDayWord, starts: DAY_WORD_STARTS },
  { match: matchWeekday, starts: WEEKDAY_STARTS },
  { match: matchHoliday, starts: HOLIDAY_STARTS },
  { match: matchRelativeUnit, starts: RELATIVE_UNIT_STARTS },
  { match: matchAgo, starts: AGO_STARTS },
  { match: matchAnchored, starts: ANCHORED_STARTS },
  { match: matchPeriod, starts: PERIOD_STARTS },
  { match: matchDuration, starts: DURATION_STARTS },
  { match: matchPeriodEdge, starts: PERIOD_EDGE_STARTS },
  { match: matchReferenceWord, starts: REFERENCE_WORD_STARTS },
];

const FIRST_TOKENS = new FirstTokenIndex(PATTERNS.map((pattern) => pattern.starts));

// (exported apart from the declarations: TypeScript's CommonJS output would read every use inside
// this module through `exports.`, in the loop over all tokens)
export { PATTERNS, FIRST_TOKENS };

/** Words before a weekday or date that make it a recurrence, not a date: "every Monday". */
const RECURRENCE = new Set(['every', 'each']);

const STRENGTH = 0.9;

function toMention(doc: Doc, found: DateMatch): Mention {
  const start = found.startChar ?? doc.tokens[found.start].start;
  const end = found.endChar ?? doc.tokens[found.end - 1].end;
  const mention: EveryField<Mention> = {
    type: 'date',
    start,
    end,
    tokenStart: found.start,
    tokenEnd: found.end,
    rule: found.rule,
    strength: STRENGTH,
    name: undefined, // the fields of every mention, in mention.ts's order (one shape for V8)
    roles: undefined,
    value: found.value,
    resolution: found.anchor ? { inferred: found.inferred, anchor: found.anchor } : { inferred: found.inferred },
    source: undefined,
  };
  return mention;
}

/** The best match starting at token i among the patterns in `candidates` (a FirstTokenIndex set). */
function bestAt(ctx: DateContext, i: number, candidates: number): DateMatch | null {
  let best: DateMatch | null = null;
  // the set bits from the lowest up: the patterns in PATTERNS order
  for (let rest = candidates; rest !== 0; rest &= rest - 1) {
    const k = 31 - Math.clz32(rest & -rest);
    const found = PATTERNS[k].match(ctx, i);
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
      const candidates = FIRST_TOKENS.patternsAt(doc.tokens, i);
      if (candidates === 0) continue;
      let found: DateMatch | null = null;
      try {
        found = bestAt(ctx, i, candidates);
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
