// The reference date from the dateline: "LONDON 1996-08-30", "WASHINGTON, July 6, 2019 (AP) -".
// Only a full date can be a reference date: "ASTANA, Feb. 27 /TASS/" lacks its year.

import { parseIsoDate, CalendarDate } from './calendar';
import { DateContext } from './context';
import { matchMonthDayYear } from './month-day-year';
import { matchNumericDate } from './numeric';

/** How far into the text a dateline may be: the first lines of a story. */
const DATELINE_LINES = 3;
const DATELINE_CHARS = 400;
const DATELINE_COLUMN = 60;

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
    const found = matchNumericDate(ctx, i) ?? matchMonthDayYear(ctx, i);
    if (!found || found.inferred.length > 0) continue;
    const date = parseIsoDate(found.value);
    if (date) return date;
  }
  return null;
}
