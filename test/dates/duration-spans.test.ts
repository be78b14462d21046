// Where a duration's span starts: the words before the count that belong to it, and the ones that do not.
import { datesIn } from './helpers';

const REF = '2024-02-28';

test('"over" before a duration is the preposition, left out of the span; "nearly" stays in', () => {
  const text = 'The loan can be drawn over three years, and the talks ran for nearly five months.';
  expect(datesIn(text, REF)).toEqual([
    { text: 'three years', start: 27, end: 38, value: 'P3Y' },
    { text: 'nearly five months', start: 62, end: 80, value: 'P5M' },
  ]);
});

test('a length of time written as one adjective is a duration of its own: "a five-year lease", "its 90-day review"', () => {
  const text = 'The city signed a five-year lease on the depot, began its 90-day review and sent a two-week survey team.';
  expect(datesIn(text, REF)).toEqual([
    { text: 'five-year', start: 18, end: 27, value: 'P5Y' },
    { text: '90-day', start: 58, end: 64, value: 'P90D' },
    { text: 'two-week', start: 83, end: 91, value: 'P2W' },
  ]);
});

test('not a length of time: an age, a share, a capitalized name, part of a fraction', () => {
  const text = 'A 12-year-old boy, one-quarter of the vote, the Five-Year Plan Office and a 2 1/2-month wait.';
  expect(datesIn(text, REF)).toEqual([]);
});

test('"every week", "each year": a recurrence valued as its period; "every Friday" stays out', () => {
  const text = 'Each year the mill floods, the ferry sails every week and the choir meets every Friday.';
  expect(datesIn(text, REF)).toEqual([
    { text: 'Each year', start: 0, end: 9, value: 'P1Y' },
    { text: 'every week', start: 43, end: 53, value: 'P1W' },
  ]);
});

test('"for a week", "took a year", "lasted one month" are lengths of time; a rate and "one day" meaning some day are not', () => {
  const text = 'The crew stayed for a week, the repairs took a year and the strike lasted one month; tickets cost $4 a day and she hopes to one day sail again.';
  expect(datesIn(text, REF)).toEqual([
    { text: 'a week', start: 20, end: 26, value: 'P1W' },
    { text: 'a year', start: 45, end: 51, value: 'P1Y' },
    { text: 'one month', start: 74, end: 83, value: 'P1M' },
  ]);
});

test('"one year", "one month", "a decade" are lengths of time anywhere; "a week" as a rate is not, and "one day" as some day is a time to come (FUTURE_REF)', () => {
  const text = 'He was jailed one year, the rally drew a decade of anger, fees are $5 a week, she will one day return, one month passed and one year ago it fell.';
  expect(datesIn(text, REF)).toEqual([
    { text: 'one year', start: 14, end: 22, value: 'P1Y' },
    { text: 'a decade', start: 39, end: 47, value: 'P1DE' },
    { text: 'one day', start: 87, end: 94, value: 'FUTURE_REF' },
    { text: 'one month', start: 103, end: 112, value: 'P1M' },
    { text: 'one year ago', start: 124, end: 136, value: '2023' },
  ]);
});

test('"the past couple of years", "the next couple of months": a period like "the past few years" (PXY)', () => {
  const text = 'Rents climbed over the past couple of years and may ease in the next couple of months; the first couple of weeks of June were wet.';
  expect(datesIn(text, REF)).toEqual([
    { text: 'the past couple of years', start: 19, end: 43, value: 'PXY' },
    { text: 'the next couple of months', start: 60, end: 85, value: 'PXM' },
    { text: 'June', start: 116, end: 120, value: '2023-06' },
  ]);
});

test('the adjective written without its hyphen: "a six year high", "the two day auction" (the article outside); not a name, not the end of a number', () => {
  const text = 'Bond prices hit a six year high before the two day auction; the Tenth Five Year Plan began, and a rate of 0.37 day held.';
  expect(datesIn(text, REF)).toEqual([
    { text: 'six year', start: 18, end: 26, value: 'P6Y' },
    { text: 'two day', start: 43, end: 50, value: 'P2D' },
  ]);
});

test('"weekly", "monthly" in lower case are recurrences (P1W, P1M), as "every week" is; not the noun "a news weekly" nor a title', () => {
  const text = 'The town board holds weekly hearings, rents saw a second monthly rise, and she edits the county news weekly; Harbor Weekly printed it.';
  expect(datesIn(text, '2024-02-28')).toEqual([
    { text: 'weekly', start: 21, end: 27, value: 'P1W' },
    { text: 'monthly', start: 57, end: 64, value: 'P1M' },
  ]);
});

test('an age is a length of time: "at age 67" (P67Y), "the age of 94"; "the age of sail" and a capitalized "Age" are not', () => {
  const text = 'The ferry captain retired at age 67 and his mother lived to the age of 94; the age of sail and the Iron Age 12 show were not ages.';
  expect(datesIn(text, '2024-02-28')).toEqual([
    { text: 'age 67', start: 29, end: 35, value: 'P67Y' },
    { text: 'the age of 94', start: 60, end: 73, value: 'P94Y' },
  ]);
});
