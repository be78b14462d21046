// The reference date from the dateline: "LONDON 1996-08-30", "WASHINGTON, July 6, 2019 (AP) -".
// Only a full date can be a reference date: "ASTANA, Feb. 27 /TASS/" lacks its year.

import { parseIsoDate, CalendarDate } from './calendar';
import { DateContext } from './context';
import { FirstTokenIndex } from './first-token';
import { matchMonthDayYear, MONTH_DAY_YEAR_STARTS } from './month-day-year';
import { matchNumericDate, NUMERIC_DATE_STARTS } from './numeric';

/** How far into the text a dateline may be: the first lines of a story. */
const DATELINE_LINES = 3;
const DATELINE_CHARS = 400;
const DATELINE_COLUMN = 60;

/**
 * The tokens a dateline's date can start at, as bits: 1 numeric, 2 month-day-year. (Every word these
 * gates name passes mayStartDate, which the index also asks: the index leaves nothing out.)
 */
const DATELINE_STARTS = new FirstTokenIndex([NUMERIC_DATE_STARTS, MONTH_DAY_YEAR_STARTS]);
const NUMERIC = 1;
const MONTH_DAY_YEAR = 2;

export function datelineReference(ctx: DateContext): CalendarDate | null {
  const tokens = ctx.tokens;
  if (tokens.length === 0) return null;
  // the dateline is at the top of the document, so only the chunk that starts the text has it
  const before = ctx.doc.text.slice(0, tokens[0].start);
  if (before.trim().length > 0) return null;
  let lines = 0;
  // kept up to date token by token: the start of the current line, and whether a lower-case word
  // precedes the token on it (only a place, an agency and punctuation may precede a dateline's date)
  let lineStart = 0;
  let wordsBefore = false;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (token.start > DATELINE_CHARS) break;
    if (token.lineStart && i > 0 && ++lines >= DATELINE_LINES) break;
    if (i === 0 || token.lineStart) {
      lineStart = ctx.doc.text.lastIndexOf('\n', token.start) + 1;
      wordsBefore = false;
    } else if (tokens[i - 1].shape === 'lower') {
      wordsBefore = true;
    }
    // a dateline date sits near its line's start ("LONDON 1996-08-30"), not deep in a sentence
    if (token.start - lineStart > DATELINE_COLUMN || wordsBefore) continue;
    const candidates = DATELINE_STARTS.patternsAt(tokens, i);
    if (candidates === 0) continue;
    const numeric = candidates & NUMERIC ? matchNumericDate(ctx, i) : null;
    const found = numeric ?? (candidates & MONTH_DAY_YEAR ? matchMonthDayYear(ctx, i) : null);
    if (!found || found.inferred.length > 0) continue;
    const date = parseIsoDate(found.value);
    if (date) return date;
  }
  return null;
}
