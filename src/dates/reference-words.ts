// Phrases that point at the present, the past or the future without naming a date, valued as
// TimeML does: "these days" -> PRESENT_REF; "the past", "recent years", "previous years" -> PAST_REF;
// "the future", "coming months" -> FUTURE_REF.

import { DateContext, DateMatch, lowerAt, match } from './context';
import { shiftedValue, written } from './values';
import { FUNCTION_WORDS, parseCount } from './words';
import { FirstTokenGate } from './first-token';

const SINGLE_WORDS = new Map<string, string>([['nowadays', 'PRESENT_REF']]);
// Left out on purpose: the bare adverbs "now", "currently", "recently", "previously", "soon" and
// the adjective "current". TimeML marks them, OntoNotes never does, and a reporter's list of the
// dates in a story gains nothing from fifty mentions of "now" (measured: on OntoNotes they were
// 140 of 300 false positives). The phrases ("the past", "the future", "recent years") stay.
const PLURAL_PERIODS = new Set(['years', 'months', 'weeks', 'days', 'decades', 'quarters']);

function valueWithPeriods(ctx: DateContext, i: number, value: string, rule: string): DateMatch {
  // "recent weeks and months"
  if (lowerAt(ctx, i + 1) === 'and' && PLURAL_PERIODS.has(lowerAt(ctx, i + 2)) && PLURAL_PERIODS.has(lowerAt(ctx, i))) {
    return match(i - 1, i + 3, rule, written(value));
  }
  return match(i - 1, i + 1, rule, written(value));
}

const MODALS = new Set(['will', "'ll", 'would', "'d", 'could', 'may', 'might', 'can', 'should', 'must', 'shall']);

const TEMPORAL_PREPOSITIONS = new Set(['in', 'into', 'until', 'till', 'for']);

/** "nowadays", "recent years", "future quarters", "the past", "the near future", "these days", "at a later date", "the weeks ahead", "all year". */
export const REFERENCE_WORD_STARTS: FirstTokenGate = {
  words: [...SINGLE_WORDS.keys(), 'recent', 'past', 'coming', 'future', 'previous', 'prior', 'the', 'these', 'a', 'all', 'one'],
  after: { all: { words: ['year'] }, the: { words: ['near', 'distant', 'immediate', 'future', 'past', 'present', 'short', ...PLURAL_PERIODS] }, a: { words: ['later', 'future'] }, one: { words: ['day'] } },
};

/** "at a later date", "to a future date": a time still to be set. */
function laterDate(ctx: DateContext, i: number): DateMatch | null {
  const before = lowerAt(ctx, i - 1);
  if (before !== 'at' && before !== 'to' && before !== 'until' && before !== 'on') return null;
  if (lowerAt(ctx, i + 2) !== 'date') return null;
  return match(i, i + 3, 'date.reference', written('FUTURE_REF'));
}

export function matchReferenceWord(ctx: DateContext, i: number): DateMatch | null {
  const word = lowerAt(ctx, i);
  const next = lowerAt(ctx, i + 1);
  const single = SINGLE_WORDS.get(word);
  if (single !== undefined) {
    return match(i, i + 1, 'date.reference', written(single));
  }
  if (word === 'recent' || word === 'past' || word === 'coming' || word === 'future' || word === 'previous' || word === 'prior') {
    // "recent years", "past years", "coming months", "future quarters", "previous years": the whole
    // phrase is the reference ("the two previous years" is a count of them, left alone)
    const counted = (word === 'previous' || word === 'prior') && !Number.isNaN(parseCount(lowerAt(ctx, i - 1)));
    if (PLURAL_PERIODS.has(next) && !counted) {
      const value = word === 'coming' || word === 'future' ? 'FUTURE_REF' : 'PAST_REF';
      const start = lowerAt(ctx, i - 1) === 'the' ? i - 1 : i;
      const found = valueWithPeriods(ctx, i + 1, value, 'date.reference');
      // (set on the fresh match, not spread into a copy, which would have another shape: context.ts's dateMatch)
      found.start = start;
      return found;
    }
    return null;
  }
  // "the months ahead", "over the weeks ahead": still to come ("the days ahead of the vote" are before it)
  if (word === 'the' && PLURAL_PERIODS.has(next) && lowerAt(ctx, i + 2) === 'ahead' && lowerAt(ctx, i + 3) !== 'of') return match(i, i + 3, 'date.reference', written('FUTURE_REF'));
  if (word === 'the') {
    // "in the past", "into the future", "in the near future": only as a time adverbial;
    // "the future of the old mill", "vital to the future" are about something else
    // ("looked beyond the near term": with "near", "distant", "immediate" it is a time whatever
    // comes before it)
    const modifier = lowerAt(ctx, i + 1);
    const timeModifier = modifier === 'near' || modifier === 'distant' || modifier === 'immediate';
    if (!TEMPORAL_PREPOSITIONS.has(lowerAt(ctx, i - 1)) && !timeModifier) return null;
    let at = i + 1;
    if (timeModifier) at++;
    const noun = lowerAt(ctx, at);
    // "the past three months", "the past year", "the future king": not a bare reference
    const nounFollows = nounFollowsAt(ctx, at + 1);
    if (noun === 'future' && !nounFollows) return match(i, at + 1, 'date.reference', written('FUTURE_REF'));
    if (noun === 'past' && at === i + 1 && !nounFollows) return match(i, at + 1, 'date.reference', written('PAST_REF'));
    if (noun === 'present' && at === i + 1 && !nounFollows) return match(i, at + 1, 'date.reference', written('PRESENT_REF'));
    if (noun === 'term' && modifier === 'near') return match(i, at + 1, 'date.reference', written('FUTURE_REF'));
    if (lowerAt(ctx, i + 1) === 'short' && lowerAt(ctx, i + 2) === 'term' && !nounFollowsAt(ctx, i + 3)) return match(i, i + 3, 'date.reference', written('FUTURE_REF'));
    return null;
  }
  if (word === 'a') return next === 'later' || next === 'future' ? laterDate(ctx, i) : null;
  // "the river may one day reach the road": some time to come ("one day later", "for one day" are
  // other dates, periods.ts)
  if (word === 'one' && next === 'day' && MODALS.has(lowerAt(ctx, i - 1))) return match(i, i + 2, 'date.reference', written('FUTURE_REF'));
  if (word === 'these' && next === 'days') return match(i, i + 2, 'date.reference', written('PRESENT_REF'));
  // "the orchard has struggled all year": the story's year so far ("all year long", "all year round" too)
  if (word === 'all' && next === 'year' && ctx.tokens[i + 1].shape === 'lower') {
    const end = lowerAt(ctx, i + 2) === 'long' || lowerAt(ctx, i + 2) === 'round' ? i + 3 : i + 2;
    return match(i, end, 'date.reference', shiftedValue(ctx, 'year', 0));
  }
  return null;
}

/** Does a content word follow ("the past three months", "the future king")? */
function nounFollowsAt(ctx: DateContext, i: number): boolean {
  const token = ctx.tokens[i];
  if (!token) return false;
  if (token.shape === 'number') return true;
  return token.shape === 'lower' && !FUNCTION_WORDS.has(token.lower);
}
