// The first-token gates: a pattern the index leaves out at a token must have had nothing to find
// there, or skipping it would change the recognizer's output.
import fc from 'fast-check';
import { parseIsoDate } from '../../src/dates/calendar';
import { DateContext } from '../../src/dates/context';
import { FirstTokenIndex, mayStartDate } from '../../src/dates/first-token';
import { MONTH_DAY_YEAR_STARTS } from '../../src/dates/month-day-year';
import { Token } from '../../src/model';
import { FIRST_TOKENS, PATTERNS } from '../../src/pipeline/recognize/dates';
import { makeDoc } from './helpers';

/** A date context; `lastDate` is the date the story named before ("that year" needs one). */
function contextFor(text: string, refDate: string | null, lastDate: string | null = '1996-05-03'): DateContext {
  const doc = makeDoc(text, refDate);
  return { doc, tokens: doc.tokens, ref: parseIsoDate(refDate), lastDate };
}

/** Does pattern k find something at token i (a match, or a throw, which costs the token too)? */
function findsSomething(ctx: DateContext, k: number, i: number): boolean {
  try {
    const found = PATTERNS[k].match(ctx, i);
    return found !== null && found.end > i;
  } catch {
    return true;
  }
}

function patternName(k: number): string {
  return PATTERNS[k].match.name;
}

/** Every pattern that finds something at a token that may start a date is in the token's set. */
function checkGates(ctx: DateContext): void {
  ctx.tokens.forEach((token, i) => {
    if (!mayStartDate(token)) return;
    const set = FIRST_TOKENS.patternsAt(ctx.tokens, i);
    PATTERNS.forEach((_, k) => {
      if (findsSomething(ctx, k, i)) expect([token.text, patternName(k), (set >> k) & 1]).toEqual([token.text, patternName(k), 1]);
    });
  });
}

// One invented example per way each pattern family starts: the first word opens the date, or
// the word after ">" does ("the >nineties": the decade is found at its word and takes "the" in).
const EXAMPLES: Array<[string, string]> = [
  ['matchNumericDate', '1996-08-30 was a Friday.'],
  ['matchNumericDate', '7/6/2019 was a Saturday.'],
  ['matchMonthDayYear', 'July 6, 2019 was hot.'],
  ['matchMonthDayYear', '6 July 2019 was hot.'],
  ['matchMonthDayYear', '12-14 March were busy.'],
  ['matchMonthDayYear', 'Saturday, April 25 was the day.'],
  ['matchMonthDayYear', 'this coming Sunday, May 3 is the vote.'],
  ['matchMonthDayYear', 'last September was dry.'],
  ['matchMonthDayYear', 'the following Oct. 1 he left.'],
  ['matchMonthDayYear', 'the 30th of June is the deadline.'],
  ['matchPrefixedMonth', 'mid-November is the deadline.'],
  ['matchQuarter', 'the third quarter was weak.'],
  ['matchQuarter', 'third-quarter profit rose.'],
  ['matchQuarter', 'fiscal second-quarter profit rose.'],
  ['matchQuarter', 'fiscal-first quarter profit rose.'],
  ['matchQuarter', '1989 second quarter profit rose.'],
  ['matchQuarter', "last year's third quarter was weak."],
  ['matchQuarter', 'year-ago third quarter profit rose.'],
  ['matchQuarter', 'final quarter of 1990 was weak.'],
  ['matchQuarter', '3rd quarter of 1990 was weak.'],
  ['matchShortQuarter', 'Q3 2023 was weak.'],
  ['matchShortQuarter', '2023 Q3 was weak.'],
  ['matchReportedQuarter', 'the year-ago quarter was weak.'],
  ['matchReportedQuarter', 'year-earlier results were weak.'],
  ['matchReportedQuarter', 'comparable year-ago quarter was weak.'],
  ['matchReportedQuarter', 'its year-ago period was weak.'],
  ['matchSeason', 'last fall was wet.'],
  ['matchSeason', 'summer 1994 was wet.'],
  ['matchCentury', 'the 20th century ended.'],
  ['matchCentury', 'twentieth century art sold.'],
  ['matchFiscalYear', 'fiscal 1996 ended.'],
  ['matchFiscalYear', 'FY1996 ended.'],
  ['matchSpokenYear', 'nineteen ninety-six was long.'],
  ['matchSpokenYear', 'the year two thousand came.'],
  ['matchYear', '1996 was long.'],
  ['matchYear', 'mid-1990s saw growth.'],
  ['matchYear', 'pre-1990 rules applied.'],
  ['matchYear', 'the >nineties were long.'],
  ['matchDayWord', 'late yesterday he left.'],
  ['matchDayWord', 'the day before yesterday he left.'],
  ['matchWeekday', 'Tuesday he left.'],
  ['matchWeekday', 'the previous Friday he left.'],
  ['matchWeekday', 'early Friday he left.'],
  ['matchHoliday', "New Year's Day 1996 was cold."],
  ['matchHoliday', "Valentine's Day 1996 was cold."],
  ['matchHoliday', 'Good Friday 1996 was cold.'],
  ['matchHoliday', 'Easter week was busy.'],
  ['matchRelativeUnit', 'the same period last year was weak.'],
  ['matchRelativeUnit', 'earlier that day he left.'],
  ['matchRelativeUnit', 'early next year he leaves.'],
  ['matchRelativeUnit', 'the past year was weak.'],
  ['matchRelativeUnit', 'last week he left.'],
  ['matchRelativeUnit', 'that year he left.'],
  ['matchRelativeUnit', 'this weekend he leaves.'],
  ['matchAgo', 'nearly four years ago he left.'],
  ['matchAgo', 'more than a decade ago he left.'],
  ['matchAgo', 'twenty-five years ago he left.'],
  ['matchAgo', '10 days ago he left.'],
  ['matchAgo', 'a few days later he left.'],
  ['matchAgo', 'years ago he left.'],
  ['matchPeriodEdge', 'year-end results were weak.'],
  ['matchPeriodEdge', 'the end of the year is near.'],
  ['matchReferenceWord', 'nowadays few write letters.'],
  ['matchReferenceWord', 'recent years were hard.'],
  ['matchReferenceWord', 'future years look lean.'],
  ['matchReferenceWord', 'these days few write letters.'],
  ['matchReferenceWord', 'at >a later date he leaves.'],
  ['matchYearRange', 'between 1987 and 1988 he left.'],
  ['matchYearRange', '1990 - 1995 was hard.'],
  ['matchYearRange', '1998 - 99 was hard.'],
  ['matchAnchored', 'the day before, he left.'],
  ['matchAnchored', 'the week of March 6 was busy.'],
  ['matchAnchored', 'the second day of the strike came.'],
  ['matchAnchored', 'the first year of the pact ended.'],
  ['matchRelativeUnit', 'the month was dry.'],
  ['matchRelativeUnit', 'the decade was dry.'],
  ['matchReferenceWord', 'the weeks ahead look dry.'],
  ['matchReferenceWord', 'previous years were dry.'],
  ['matchReferenceWord', 'all year it was dry.'],
  ['matchReferenceWord', 'it may >one day dry up.'],
  ['matchAnchored', 'her >third week in office ended.'],
  ['matchAnchored', 'a fifth day of talks ended.'],
  ['matchAnchored', 'her >first day at the helm came.'],
  ['matchPeriod', 'the past three years were hard.'],
  ['matchPeriod', 'the next few months are hard.'],
  ['matchDuration', 'three years passed.'],
  ['matchDuration', '18 months passed.'],
  ['matchDuration', 'twenty-five years passed.'],
  ['matchDuration', 'nearly 30 years passed.'],
  ['matchDuration', 'more than a decade passed.'],
  ['matchDuration', 'a few days passed.'],
  ['matchDuration', 'several weeks passed.'],
  ['matchDuration', 'two to three weeks passed.'],
  ['matchDuration', 'five-year plans failed.'],
  ['matchDuration', '90-day reviews failed.'],
  ['matchDuration', 'every week he rang.'],
  ['matchDuration', 'Each year it flooded.'],
  ['matchDuration', 'weekly rounds went on.'],
  ['matchDuration', 'a >monthly fee came.'],
  ['matchDuration', 'at >age 40 he left.'],
  ['matchDuration', 'at >the age of 40 he left.'],
  ['matchDuration', 'for >a week it rained.'],
  ['matchDuration', 'it took >one year.'],
  ['matchDuration', 'after >a day of rain.'],
  ['matchDuration', 'one month passed.'],
  ['matchDuration', 'a decade passed.'],
  ['matchDuration', 'six year highs came.'],
  ['matchDuration', '30 day reviews came.'],
  ['matchYear', "'86 was a wet year."],
  ['matchCentury', '19th-century mills stand.'],
  ['matchCentury', 'nineteenth-century mills stand.'],
];

test.each(EXAMPLES)('%s finds a date in "%s" and its gate lets it try there', (name, example) => {
  const marked = example.indexOf('>');
  const text = example.replace('>', '');
  const ctx = contextFor(text, '1998-02-20');
  const at = marked < 0 ? 0 : ctx.tokens.findIndex((token) => token.start === marked);
  const k = PATTERNS.findIndex((pattern) => pattern.match.name === name);
  expect(k).toBeGreaterThanOrEqual(0);
  const found = PATTERNS[k].match(ctx, at);
  expect(found).not.toBeNull();
  expect((FIRST_TOKENS.patternsAt(ctx.tokens, at) >> k) & 1).toBe(1);
  checkGates(ctx);
});

test('tokens that start no date get no pattern at all', () => {
  const ctx = contextFor('Officials of Acme Corp said its profit rose sharply', '1998-02-20');
  for (const token of ctx.tokens) expect([token.text, FIRST_TOKENS.patternsAt(ctx.tokens, ctx.tokens.indexOf(token))]).toEqual([token.text, 0]);
});

test('"the" is tried only by the patterns that can go on with the word after it', () => {
  const namesAt = (text: string): string[] => {
    const ctx = contextFor(text, null);
    return PATTERNS.filter((_, k) => (FIRST_TOKENS.patternsAt(ctx.tokens, 0) >> k) & 1).map((p) => p.match.name);
  };
  expect(namesAt('the company')).toEqual([]);
  // ("the third day" is one of matchAnchored's)
  expect(namesAt('the third quarter')).toEqual(['matchQuarter', 'matchCentury', 'matchAnchored']);
  expect(namesAt('the same day')).toEqual(['matchRelativeUnit']);
  expect(namesAt('the 30th of June')).toEqual(['matchMonthDayYear', 'matchQuarter', 'matchReportedQuarter', 'matchSeason', 'matchCentury']);
});

test('gates can be read again: a second index from the same gates gives the same sets', () => {
  const again = new FirstTokenIndex(PATTERNS.map((pattern) => pattern.starts));
  const ctx = contextFor('On 6 July 1996 , the third quarter of that year , two weeks ago , this Saturday , mid-November .', null);
  ctx.tokens.forEach((token, i) => expect([token.text, again.patternsAt(ctx.tokens, i)]).toEqual([token.text, FIRST_TOKENS.patternsAt(ctx.tokens, i)]));
});

test('the dateline reader may gate its two patterns with the index: their words all pass mayStartDate', () => {
  for (const word of MONTH_DAY_YEAR_STARTS.words ?? []) expect([word, mayStartDate({ shape: 'lower', lower: word } as Token)]).toEqual([word, true]);
});

const WORDS = [
  'the', 'a', 'an', 'its', 'this', 'that', 'last', 'next', 'past', 'coming', 'recent', 'early', 'late', 'mid', 'earlier',
  'later', 'previous', 'following', 'same', 'period', 'quarter', 'half', 'year', 'years', 'month', 'week', 'day', 'days',
  'weekend', 'decade', 'century', 'first', 'third', 'final', '3rd', '20th', 'twentieth', 'third-quarter', 'fiscal-first',
  'fiscal', 'FY1996', 'Q3', 'H2', 'of', 'in', 'on', 'ago', 'or', 'so', "'s", 'end', 'year-end', 'year-ago', 'comparable',
  'Tuesday', 'Sun', 'Feb.', 'May', 'March', 'June', 'today', 'yesterday', 'morning', 'Christmas', 'New', 'Year', 'Day',
  '1996', '2002-2005', '1990s', "'80s", 'mid-1990s', 'pre-1990', '12-14', '6', '23rd', '2024-02-28', '7/6/2019', 'nineteen',
  'ninety-six', 'twenty-five', 'two', 'thousand', 'nineties', 'summer', 'fall', 'mid-November', 'nearly', 'more', 'than',
  'few', 'several', 'future', 'near', 'these', 'nowadays', 'said', 'will', 'was', ',', '.', '%',
  'between', 'and', 'to', 'through', '-', '99', '1987', 'before', 'after', 'at', 'least', 'about', 'another', 'couple', 'old', 'one',
  'five-year', '30-day', 'Two-Week', 'one-quarter', '12-year-old', '$', '/', 'every', 'each', 'Monday', 'Day', 'for', 'took', 'lasted', 'an', 'hour', "'", '’', '71', '05', "1993's", '19th-century', 'twentieth-century', 'last-century', 'decade', 'week', 'month', 'ago', 'weeks', 'ahead', 'previous', 'prior', 'two', 'all', 'long', 'Year',
  'weekly', 'monthly', 'Weekly', 'news', 'age', 'Age', 'may', 'could', 'term', 'distant', 'immediate', '$', 'US', 'C',
];

test('"a quarter" is in the duration gate as in the matcher (a word salad once found it missing)', () => {
  checkGates(contextFor('after a quarter', '1998-02-20', '1996-05-03'));
});

test('random word salad: every pattern that finds something is in its first token\'s set', () => {
  fc.assert(
    fc.property(
      fc.array(fc.constantFrom(...WORDS), { maxLength: 25 }),
      fc.constantFrom('1998-02-20', null),
      fc.constantFrom('1996-05-03', '1996', null),
      (words, ref, lastDate) => checkGates(contextFor(words.join(' '), ref, lastDate)),
    ),
    { numRuns: 400 },
  );
});
