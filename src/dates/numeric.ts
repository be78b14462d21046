// Dates written in digits: ISO "2019-07-06" (wire datelines: "LONDON 1996-08-30"), "2019/07/06",
// and the American "7/6/2019" or "7/6/19" (month first, as U.S. news writes it).

import { formatDay, isValidDate } from './calendar';
import { DateContext, DateMatch, match } from './context';
import { FirstTokenGate } from './first-token';
import { written } from './values';

const ISO = /^(1\d{3}|20\d{2})[-/](\d{1,2})[-/](\d{1,2})$/;
const US = /^(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4})$/;

/** "2019-07-06", "7/6/2019": one token starting with a digit. */
export const NUMERIC_DATE_STARTS: FirstTokenGate = { numbers: { min: 6, max: 10 } };

export function matchNumericDate(ctx: DateContext, i: number): DateMatch | null {
  const text = ctx.tokens[i].text;
  if (text.length < 6 || text.length > 10) return null;
  let found = ISO.exec(text);
  if (found) {
    const [year, month, day] = [+found[1], +found[2], +found[3]];
    if (!isValidDate(year, month, day)) return null;
    return match(i, i + 1, 'date.numeric-iso', written(formatDay({ year, month, day })));
  }
  found = US.exec(text);
  if (found) {
    const [month, day] = [+found[1], +found[2]];
    let year = +found[3];
    if (found[3].length === 2) year += year >= 50 ? 1900 : 2000;
    if (!isValidDate(year, month, day)) return null;
    return match(i, i + 1, 'date.numeric-us', written(formatDay({ year, month, day })));
  }
  return null;
}
