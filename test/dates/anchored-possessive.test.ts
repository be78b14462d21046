// Dates anchored to the date the story last named ("the day before"), and possessive dates
// ("last year's harvest"). Invented sentences.
import { datesIn, makeDoc, spansAndValues } from './helpers';
import { recognizeDates } from '../../src/pipeline/recognize/dates';

const REF = '2024-04-10';

test('"the day before", "the week after" count from the date the story named last', () => {
  expect(spansAndValues('The mayor resigned on March 3, 2024. The day before, he had met the council.', REF)).toEqual([
    ['March 3, 2024', '2024-03-03'],
    ['The day before', '2024-03-02'],
  ]);
  expect(spansAndValues('The dam failed in May 2019. The year after, the valley flooded again.', REF)).toEqual([
    ['May 2019', '2019-05'],
    ['The year after', '2020'],
  ]);
  // with no date named before: from the reference date
  expect(spansAndValues('The week before, the factory had closed.', REF)).toEqual([['The week before', '2024-W14']]);
});

test('"the week of March 18", "the week ended Thursday": one date, the week that holds the day', () => {
  const text = 'The trial opens the week of March 18. Grain sales slowed in the week ended Thursday.';
  expect(datesIn(text, REF)).toEqual([
    { text: 'the week of March 18', start: 16, end: 36, value: '2024-W12' },
    // the Thursday before the reference date (Wednesday, April 10): April 4, in week 14
    { text: 'the week ended Thursday', start: 60, end: 83, value: '2024-W14' },
  ]);
  expect(spansAndValues('The week of talks ended without a deal.', REF)).toEqual([]);
});

test('a day counted in an event: "the second day of the strike", "her first day at the helm"', () => {
  // said today, in the present: the story's own day (the reference date)
  expect(datesIn("It's the third day of the dock strike.", REF)).toEqual([{ text: 'the third day', start: 5, end: 18, value: '2024-04-10' }]);
  // otherwise no calendar place; the possessive stays outside, "in a row" inside
  expect(spansAndValues('On her first day at the helm she fired the auditor. Shares fell for a fifth day in a row.', REF)).toEqual([
    ['first day', 'XXXX-XX-XX'],
    ['a fifth day in a row', 'XXXX-XX-XX'],
  ]);
  expect(spansAndValues('The First Day Cover sold well.', REF)).toEqual([]);
  // a day of the calendar is no event's: "the first day of March 2026", "of Ramadan", "of the month"
  expect(spansAndValues('The rules take effect on the first day of March 2026. He left on the third day of Ramadan. Rent is due on the first day of the month.', REF)).toEqual([
    ['March 2026', '2026-03'],
  ]);
});

test('the anchor is an event, not a date: "the day before the vote" is left alone', () => {
  expect(spansAndValues('He resigned the day before the vote and the week after Easter.', REF)).toEqual([['Easter', '2024-03-31']]);
  expect(spansAndValues('She met him the day before leaving for Ostrava.', REF)).toEqual([]);
});

test('an anchored date says what it was counted from', () => {
  const doc = makeDoc('The mill closed on June 4, 2021. The day after, workers protested.', REF);
  const found = recognizeDates(doc).map((m) => [m.value, m.resolution?.anchor]);
  expect(found).toEqual([
    ['2021-06-04', undefined],
    ['2021-06-05', 'the date named before (2021-06-04)'],
  ]);
});

test("a date's possessive stays out of its span, as a name's does (and as TimeML draws it)", () => {
  expect(spansAndValues("Last year's harvest was poor, and the second quarter's loss grew.", REF)).toEqual([
    ['Last year', '2023'],
    ['the second quarter', '2024-Q2'],
  ]);
  const doc = makeDoc("Prices fell after last week's storm.", REF);
  expect(recognizeDates(doc).map((m) => [doc.text.slice(m.start, m.end), m.name])).toEqual([['last week', undefined]]);
  expect(spansAndValues("Friday's vote and today's paper.", REF)).toEqual([
    ['Friday', '2024-04-05'],
    ['today', '2024-04-10'],
  ]);
});

test('a stretch counted from the story\'s date is a period, valued as a TIMEX3 duration', () => {
  expect(spansAndValues('Sales fell over the past three years and will rise in the next few months.', REF)).toEqual([
    ['the past three years', 'P3Y'],
    ['the next few months', 'PXM'],
  ]);
  // "the first nine months of 2023" is a part of that year, taken whole by the year
  expect(spansAndValues('Profit rose in the first nine months of 2023.', REF)).toEqual([['the first nine months of 2023', '2023']]);
  // one unit is no stretch of this kind ("the past year" is the year)
  expect(spansAndValues('Prices rose over the past year.', REF)).toEqual([['the past year', '2023']]);
});

test('"three days later", "two weeks earlier" count from the day the story named last; "ago" from the story\'s date', () => {
  expect(spansAndValues('The mill closed on June 4, 2021. Three days later, workers protested. Two months earlier, it had been sold.', REF)).toEqual([
    ['June 4, 2021', '2021-06-04'],
    ['Three days later', '2021-06-07'],
    ['Two months earlier', '2021-04'],
  ]);
  expect(spansAndValues('The mill closed on June 4, 2021. Three days ago, workers protested.', REF)).toEqual([
    ['June 4, 2021', '2021-06-04'],
    ['Three days ago', '2024-04-07'],
  ]);
  // years compare with the story's period: "a year earlier" stays counted from the reference date
  expect(spansAndValues('In 2019 the plant opened. Profit was $3 million a year earlier.', REF)).toEqual([
    ['2019', '2019'],
    ['a year earlier', '2023'],
  ]);
});

test('a duration: "three years", "nearly 30 years", "more than a decade", "two to three weeks", "a few days"', () => {
  expect(spansAndValues('Talks lasted nearly 30 years, then more than a decade, then two to three weeks and a few days.', REF)).toEqual([
    ['nearly 30 years', 'P30Y'],
    ['more than a decade', 'P1DE'],
    ['two to three weeks', 'P3W'],
    ['a few days', 'PXD'],
  ]);
  // ages, dates counted back, and parts of a date are not durations
  expect(spansAndValues('The five years old boy left two years ago, in the first two quarters of 1994.', REF)).toEqual([
    ['two years ago', '2022'],
    ['the first two quarters of 1994', '1994-H1'],
  ]);
  // "30 years of construction" is one
  expect(spansAndValues('After 30 years of construction the dam opened.', REF)).toEqual([['30 years', 'P30Y']]);
});

test('a year, month or week counted in an event: "the first year of the lease", "her third week in office"; not "the last year", not "a second year"', () => {
  const text = 'The ferry line lost money in the first year of the lease. Her third week in office was calm. For the last year it fell, and a second year passed.';
  expect(datesIn(text, '2024-02-28')).toEqual([
    { text: 'the first year', start: 29, end: 43, value: 'XXXX' },
    { text: 'third week', start: 62, end: 72, value: 'XXXX-WXX' },
    { text: 'the last year', start: 97, end: 110, value: '2023' },
  ]);
});
