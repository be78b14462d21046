// Weeks, months and years counted from the story's date, and references to past, present, future.
import { datesIn, spansAndValues } from './helpers';

const REF = '2024-02-28'; // ISO week 2024-W09

test('last / this / next week, month, year', () => {
  expect(spansAndValues('Last week the central bank raised rates; this week it paused, and next week it meets again.', REF)).toEqual([
    ['Last week', '2024-W08'],
    ['this week', '2024-W09'],
    ['next week', '2024-W10'],
  ]);
  expect(spansAndValues('Inflation rose last month and is expected to ease next month.', REF)).toEqual([
    ['last month', '2024-01'],
    ['next month', '2024-03'],
  ]);
  expect(spansAndValues('The party won last year and hopes to win again next year.', REF)).toEqual([
    ['last year', '2023'],
    ['next year', '2025'],
  ]);
  expect(spansAndValues('Earlier this year the firm moved; later this month it opens a new office.', REF)).toEqual([
    ['Earlier this year', '2024'],
    ['later this month', '2024-02'],
  ]);
});

test('"N units ago" at the unit\'s own granularity', () => {
  expect(spansAndValues('He left the company two years ago and returned six weeks ago.', REF)).toEqual([
    ['two years ago', '2022'],
    ['six weeks ago', '2024-W03'],
  ]);
  expect(spansAndValues('The plant closed nearly four years ago; several years ago it employed 900 people.', REF)).toEqual([
    ['nearly four years ago', '2020'],
    ['several years ago', 'PAST_REF'],
  ]);
  expect(spansAndValues('Ten days ago the border reopened.', REF)).toEqual([['Ten days ago', '2024-02-18']]);
});

test('narrative anchors: "the following year" counts from the date just named', () => {
  expect(spansAndValues('On May 22, 1995, she joined the board, and the following year she took over as chair.', REF)).toEqual([
    ['May 22, 1995', '1995-05-22'],
    ['the following year', '1996'],
  ]);
});

test('the weekend, the end of the year, year-end, the past year', () => {
  expect(spansAndValues('The talks will continue over the weekend.', REF)).toEqual([['the weekend', '2024-W09-WE']]);
  expect(spansAndValues('The deal should close by year-end.', REF)).toEqual([['year-end', '2024']]);
  expect(spansAndValues('Sales will peak at the end of the year.', REF)).toEqual([['the end of the year', '2024']]);
  expect(spansAndValues('Prices doubled over the past year.', REF)).toEqual([['the past year', '2023']]);
});

test('references TimeML values: the past, the future, recent years', () => {
  expect(spansAndValues('In the past, the union struck often; in the future it may not.', REF)).toEqual([
    ['the past', 'PAST_REF'],
    ['the future', 'FUTURE_REF'],
  ]);
  expect(spansAndValues('Ties have improved in recent years.', REF)).toEqual([['recent years', 'PAST_REF']]);
  expect(spansAndValues('The future king spoke.', REF)).toEqual([]);
});

test('durations are vague dates valued as TIMEX3 durations (periods.ts); hours are not', () => {
  expect(spansAndValues('He spent three years in prison and the past three months in hiding.', REF)).toEqual([
    ['three years', 'P3Y'],
    ['the past three months', 'P3M'],
  ]);
  expect(spansAndValues('The meeting starts at 10 a.m. and lasts two hours.', REF)).toEqual([]);
  // the one-word form is a duration too (duration-spans.test.ts), the plan's name is not
  expect(spansAndValues('The five-year plan ends soon.', REF)).toEqual([['five-year', 'P5Y']]);
});

test('"a few months before", "a couple of years ago", "five years ago today"', () => {
  expect(spansAndValues('She had bought the van a few months before. A couple of years ago, five years ago today, the road was open.', REF)).toEqual([
    ['a few months before', 'PAST_REF'],
    ['A couple of years ago', 'PAST_REF'],
    ['five years ago today', '2019-02-28'],
  ]);
});

test('"the same day" is the day just named; "the fiscal year", "the latest fiscal year"', () => {
  expect(spansAndValues('The envoy left on Tuesday. On the same day, the minister resigned.', REF)).toEqual([
    ['Tuesday', '2024-02-27'],
    ['the same day', '2024-02-27'],
  ]);
  expect(spansAndValues('Earnings will be lower for the fiscal year, as in the latest fiscal year.', REF)).toEqual([
    ['the fiscal year', '2024'],
    ['the latest fiscal year', '2024'],
  ]);
});

test('"the future" and "the past" only as time adverbials; "today\'s world" is no day', () => {
  expect(spansAndValues('The vote is vital to the future of the harbour, as it was in the past.', REF)).toEqual([['the past', 'PAST_REF']]);
  expect(spansAndValues("It matters in today's world, and at today's meeting.", REF)).toEqual([['today', '2024-02-28']]);
});

test('"the next day or two" keeps its hedge in the span', () => {
  expect(spansAndValues('The ferry should be running again in the next day or two.', REF)).toEqual([['the next day or two', '2024-02-29']]);
});

test('"Earlier that day" is the day just named; "by year\'s end"', () => {
  expect(spansAndValues('The trawler sank on Oct. 23, 1999. Earlier that day, the crew radioed for help. Rules apply by year\'s end.', '1999-10-25')).toEqual([
    ['Oct. 23, 1999', '1999-10-23'],
    ['Earlier that day', '1999-10-23'],
    ["year's end", '1999'],
  ]);
});

test('"at a later date": a time still to be set (FUTURE_REF); without "at", "to", "until" or "on" no date', () => {
  expect(datesIn('The council will set the fee at a later date.', '2024-02-28')).toEqual([
    { text: 'a later date', start: 32, end: 44, value: 'FUTURE_REF' },
  ]);
  expect(spansAndValues('They asked for a later date.', '2024-02-28')).toEqual([]);
});

test('"future quarters", "future years": a reference to the future, as "coming months" is', () => {
  expect(datesIn('Analysts expect margins to recover in future quarters.', REF)).toEqual([
    { text: 'future quarters', start: 38, end: 53, value: 'FUTURE_REF' },
  ]);
  expect(spansAndValues('The future markets rallied.', REF)).toEqual([]);
});

test('"the month", "the decade" are the story\'s own, as "the year" is; not before "ended", "before", a possessive or a hyphen', () => {
  const text = "Ferry bookings slipped for the month, and over the decade they grew. The month's bookings, the month-to-month dip, the month ended June 9.";
  expect(datesIn(text, '2024-02-28')).toEqual([
    { text: 'the month', start: 27, end: 36, value: '2024-02' },
    { text: 'the decade', start: 47, end: 57, value: '202' },
    { text: 'June 9', start: 131, end: 137, value: '2023-06-09' },
  ]);
});

test('"the past month", "the last month": the month ending now, valued as the last whole month, like "the past year"', () => {
  const text = 'Fares rose over the past month, and in the last month two ferries were sold.';
  expect(datesIn(text, '2024-02-28')).toEqual([
    { text: 'the past month', start: 16, end: 30, value: '2024-01' },
    { text: 'the last month', start: 39, end: 53, value: '2024-01' },
  ]);
});

test('"the weeks ahead", "the months ahead" are still to come (FUTURE_REF); "the days ahead of the regatta" are not', () => {
  const text = 'The harbor master expects calm seas in the weeks ahead, and over the months ahead tides may rise; the days ahead of the regatta were tense.';
  expect(datesIn(text, '2024-02-28')).toEqual([
    { text: 'the weeks ahead', start: 39, end: 54, value: 'FUTURE_REF' },
    { text: 'the months ahead', start: 65, end: 81, value: 'FUTURE_REF' },
  ]);
});

test('"previous years", "prior months" point at the past (PAST_REF), as "past years" do; "the two previous years" and "the previous owner" do not', () => {
  const text = 'The choir drew more singers than in previous years, as in prior months; the two previous years were dry, and the previous owner left.';
  expect(datesIn(text, '2024-02-28')).toEqual([
    { text: 'previous years', start: 36, end: 50, value: 'PAST_REF' },
    { text: 'prior months', start: 58, end: 70, value: 'PAST_REF' },
  ]);
});

test('"all year", "all year long", "all year round" are the story\'s year; "all years" and a capitalized name are not', () => {
  const text = 'The orchard has struggled all year, the fair runs all year long, and all years differ; All Year Sales Co. agreed. The inn is open all year round.';
  expect(datesIn(text, '2024-02-28')).toEqual([
    { text: 'all year', start: 26, end: 34, value: '2024' },
    { text: 'all year long', start: 50, end: 63, value: '2024' },
    { text: 'all year round', start: 130, end: 144, value: '2024' },
  ]);
});

test('"a record for the year of $8.2 million": "of" before an amount of money leaves "the year" the story\'s own; "the year of the flood" stays out', () => {
  const text = 'Ticket sales set a record for the year of $8.2 million on Saturday, and a low for the week of C$ 9 followed; the year of the flood is still remembered.';
  expect(datesIn(text, '2024-02-28')).toEqual([
    { text: 'the year', start: 30, end: 38, value: '2024' },
    { text: 'Saturday', start: 58, end: 66, value: '2024-02-24' },
    { text: 'the week', start: 82, end: 90, value: '2024-W09' },
  ]);
});

test('"the near term", "the distant future" are times after any word ("beyond the near term"); "the future" alone still needs a time preposition', () => {
  const text = 'Growers looked beyond the near term and toward the distant future; the future of the orchard is unclear.';
  expect(datesIn(text, '2024-02-28')).toEqual([
    { text: 'the near term', start: 22, end: 35, value: 'FUTURE_REF' },
    { text: 'the distant future', start: 47, end: 65, value: 'FUTURE_REF' },
  ]);
});

test('"one day" after a modal ("may one day sail") is some time to come (FUTURE_REF); "one day later" is not', () => {
  const text = 'The ferry may one day sail again, though it left one day later than planned.';
  expect(datesIn(text, '2024-02-28')).toEqual([
    { text: 'one day', start: 14, end: 21, value: 'FUTURE_REF' },
    { text: 'one day later', start: 49, end: 62, value: '2024-02-29' },
  ]);
});
