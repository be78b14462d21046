// Earnings stories compare quarters: "sales rose from $8 million a year earlier" means the same
// quarter a year before, and "the quarter" is the one just reported. Sports stories have halves and
// quarters too ("early in the second half"), which are no dates at all.

import { CalendarDate, quarterOf } from './calendar';
import { DateContext } from './context';
import { parseCount } from './words';

/** The quarter an earnings story reports: the last one completed before its date. */
export function lastCompletedQuarter(ref: CalendarDate): { year: number; quarter: number } {
  const index = ref.year * 4 + quarterOf(ref.month) - 2;
  return { year: Math.floor(index / 4), quarter: (index % 4) + 1 };
}

/** How many sentences back a quarter still sets the context ("Third-quarter net rose ... a year earlier"). */
const QUARTER_CONTEXT_SENTENCES = 2;

/** Is this sentence, or one just before it, about a quarter ("third-quarter net income")? */
export function talksAboutQuarters(ctx: DateContext, i: number): boolean {
  const sentence = ctx.tokens[i].sentence;
  for (let j = i - 1; j >= 0 && j > i - 100; j--) {
    const token = ctx.tokens[j];
    if (token.sentence < sentence - QUARTER_CONTEXT_SENTENCES) break;
    if (token.lower.includes('quarter')) return true;
  }
  for (let j = i + 1; j < ctx.tokens.length && j < i + 40 && ctx.tokens[j].sentence === sentence; j++) {
    if (ctx.tokens[j].lower.includes('quarter')) return true;
  }
  return false;
}

/**
 * Did the story just name a run of months other than a quarter ("For the first nine months, sales
 * climbed ... from the 2023 period")? The nearest period word before token i, in its sentence or the
 * one before, decides: "N months" (N not 3) says yes, a quarter says no.
 */
export function followsMonthsCount(ctx: DateContext, i: number): boolean {
  const sentence = ctx.tokens[i].sentence;
  for (let j = i - 1; j > 0 && j > i - 100; j--) {
    const token = ctx.tokens[j];
    if (token.sentence < sentence - 1) break;
    if (token.lower.includes('quarter')) return false;
    if (token.lower === 'months') {
      const count = parseCount(ctx.tokens[j - 1].lower);
      return !Number.isNaN(count) && count !== 3;
    }
  }
  return false;
}

// Words of match reports: "scored early in the second half", "a 21-10 lead into the last quarter".
// (only words a business story does not use: "goal", "penalty", "minutes" and "overtime" are out)
const SPORTS_WORDS = new Set([
  'scored', 'scoring', 'scorer', 'half-time', 'halftime', 'substitute', 'substitutes', 'substitution',
  'substitutions', 'touchdown', 'touchdowns', 'playmaker', 'striker', 'defender', 'midfielder', 'referee',
  'inning', 'innings', 'quarterback', 'equaliser', 'equalizer', 'kick-off', 'unassailable', 'goalkeeper',
]);
const SCORELINE = /^\d{1,3}-\d{1,3}$/;

/** Is this sentence, or the one before it, from a match report? Then "the second half" is no date. */
export function sportsContext(ctx: DateContext, i: number): boolean {
  const sentence = ctx.tokens[i].sentence;
  for (let j = i - 1; j >= 0 && j > i - 80; j--) {
    const token = ctx.tokens[j];
    if (token.sentence < sentence - 1) break;
    if (SPORTS_WORDS.has(token.lower) || SCORELINE.test(token.text)) return true;
  }
  for (let j = i + 1; j < ctx.tokens.length && j < i + 40 && ctx.tokens[j].sentence === sentence; j++) {
    if (SPORTS_WORDS.has(ctx.tokens[j].lower) || SCORELINE.test(ctx.tokens[j].text)) return true;
  }
  return false;
}
