// Quarters, halves and seasons in business and political news.
import { datesIn, spansAndValues } from './helpers';

// an earnings story filed in late October: the quarter being reported is the third
const EARNINGS = '1989-10-25';

test('numbered quarters and halves, with and without a year', () => {
  expect(spansAndValues('Third-quarter profit rose 12% from a year earlier.', EARNINGS)).toEqual([
    ['Third-quarter', '1989-Q3'],
    ['a year earlier', '1988-Q3'],
  ]);
  expect(spansAndValues('The company expects a loss in the fourth quarter of 1989 and in the first half of 1990.', EARNINGS)).toEqual([
    ['the fourth quarter of 1989', '1989-Q4'],
    ['the first half of 1990', '1990-H1'],
  ]);
  expect(spansAndValues('Margins widened during this year\'s third quarter compared with the 1988 period.', EARNINGS)).toEqual([
    ["this year's third quarter", '1989-Q3'],
    ['the 1988 period', '1988-Q3'],
  ]);
});

test('the quarter a story reports on, and the same quarter a year before', () => {
  expect(spansAndValues('Operating profit for the third quarter reached $7.2 million, against $6.1 million in the year-ago quarter.', EARNINGS)).toEqual([
    ['the third quarter', '1989-Q3'],
    ['the year-ago quarter', '1988-Q3'],
  ]);
  // "its": the company's own quarter is the one being reported
  expect(spansAndValues('Harlow Foods said its latest quarter was its best since 1987.', EARNINGS)).toEqual([
    ['its latest quarter', '1989-Q3'],
    ['1987', '1987'],
  ]);
  expect(spansAndValues('In the quarter, sales fell; for the year-earlier period they rose.', EARNINGS)).toEqual([
    ['the quarter', '1989-Q3'],
    ['the year-earlier period', '1988-Q3'],
  ]);
  expect(spansAndValues('Third-quarter shipments climbed 7% from the same period last year.', EARNINGS)).toEqual([
    ['Third-quarter', '1989-Q3'],
    ['the same period last year', '1988-Q3'],
  ]);
  // without a quarter in sight, the same period last year is just last year
  expect(spansAndValues('Exports slipped 4% from the same period last year.', EARNINGS)).toEqual([['the same period last year', '1988']]);
});

test('seasons', () => {
  expect(spansAndValues('The surge began last fall and should last through this summer.', '1998-02-06')).toEqual([
    ['last fall', '1997-FA'],
    ['this summer', '1998-SU'],
  ]);
  expect(spansAndValues('Prices fell in the winter of 1994 and again in summer 1996.', '1998-02-23')).toEqual([
    ['the winter of 1994', '1994-WI'],
    ['summer 1996', '1996-SU'],
  ]);
  expect(spansAndValues('He left in the summer and returned in the fall, when prices rose.', '2024-02-28')).toEqual([
    ['the summer', '2023-SU'],
    ['the fall', '2023-FA'],
  ]);
});

test('season words that are not seasons: "spring training", "prices fall"', () => {
  expect(spansAndValues('The spring training camp opens soon.', '2024-02-28')).toEqual([]);
  expect(spansAndValues('Prices could fall sharply.', '2024-02-28')).toEqual([]);
});

test('"Q3 2023", "2025 Q4", "H2 2024", and a bare "Q1" after a preposition', () => {
  expect(spansAndValues('Revenue rose in Q3 2023 and is forecast to fall in Q1, and again in H2 2024 and 2025 Q4.', '2024-02-28')).toEqual([
    ['Q3 2023', '2023-Q3'],
    ['Q1', '2024-Q1'],
    ['H2 2024', '2024-H2'],
    ['2025 Q4', '2025-Q4'],
  ]);
  expect(spansAndValues('The Q1 team won.', '2024-02-28')).toEqual([]);
});

test('"the 1989 fall", "the second half of the nineteenth century", "year-earlier third-quarter"', () => {
  expect(spansAndValues('The 1989 fall harvest was thin; the second half of the nineteenth century was worse.', EARNINGS)).toEqual([
    ['The 1989 fall', '1989-FA'],
    ['the second half of the nineteenth century', '18'],
  ]);
  expect(spansAndValues('The year-earlier third-quarter loss was restated.', EARNINGS)).toEqual([['year-earlier third-quarter', '1988-Q3']]);
});

test('"the last half of 1990"; a quarter two sentences back still makes "a year earlier" a quarter', () => {
  expect(spansAndValues('The chain warned that margins in the last half of 1990 would narrow. Third-quarter revenue rose 6%. Costs rose 2%. Net was $9 million, up from $8 million a year earlier.', EARNINGS)).toEqual([
    ['the last half of 1990', '1990-H2'],
    ['Third-quarter', '1989-Q3'],
    ['a year earlier', '1988-Q3'],
  ]);
});

test('halves and quarters of a match are no dates', () => {
  expect(spansAndValues('The hosts scored twice early in the second half; the first half had been scrappy.', '1996-08-30')).toEqual([]);
  expect(spansAndValues('The Kestrels carried a 21-10 lead into the last quarter.', '1996-08-30')).toEqual([]);
  // but a business story keeps them
  expect(spansAndValues('Hiring picked up in the third quarter, faster than in the first half.', '1996-08-30')).toEqual([
    ['the third quarter', '1996-Q3'],
    ['the first half', '1996-H1'],
  ]);
});

test('a quarter the future speaks of is still this year\'s while it is being reported (three months after its end)', () => {
  // said in late October: the third quarter just ended; the first quarter is next year's
  expect(spansAndValues('The firm will restructure after a third-quarter loss and will report first-quarter results in May.', '1989-10-26')).toEqual([
    ['third-quarter', '1989-Q3'],
    ['first-quarter', '1990-Q1'],
    ['May', '1990-05'],
  ]);
});

test('a season or quarter of a year said in words, as broadcast transcripts write it', () => {
  expect(datesIn('Fuel ran short in the spring of nineteen seventy-one, the minister recalled.', EARNINGS)).toEqual([
    { text: 'the spring of nineteen seventy-one', start: 18, end: 52, value: '1971-SP' },
  ]);
  expect(spansAndValues('Exports fell in the first quarter of nineteen eighty-six.', EARNINGS)).toEqual([
    ['the first quarter of nineteen eighty-six', '1986-Q1'],
  ]);
});

test('"the last half of the \'60s": a part of a decade written with an apostrophe keeps the decade\'s value', () => {
  expect(datesIn("Rents rose through the last half of the '60s, the survey found.", EARNINGS)).toEqual([
    { text: "the last half of the '60s", start: 19, end: 44, value: '196' },
  ]);
});

test('a year named right after a quarter, without "of": "the third quarter last year", "the quarter a year ago"', () => {
  expect(spansAndValues('Output fell in the second quarter last year and rose in the first half this year.', EARNINGS)).toEqual([
    ['the second quarter last year', '1988-Q2'],
    ['the first half this year', '1989-H1'],
  ]);
  expect(datesIn('The mill earned $2 million in the quarter a year ago.', EARNINGS)).toEqual([
    { text: 'the quarter a year ago', start: 30, end: 52, value: '1988-Q3' },
  ]);
});

test('"the 2023 period" and "year-ago" after a run of months other than a quarter ("the first six months") are that run\'s year; after a quarter, the quarter', () => {
  const months = "The brewer's net for the first six months reached $41 million; it had earned $30 million in the 2023 period. Its year-ago margin was thinner.";
  expect(datesIn(months, '2024-10-28')).toEqual([
    { text: 'the first six months', start: 21, end: 41, value: 'P6M' },
    { text: 'the 2023 period', start: 92, end: 107, value: '2023' },
    { text: 'year-ago', start: 113, end: 121, value: '2023' },
  ]);
  const quarter = "The brewer's net for the third quarter reached $9 million; it had earned $7 million in the 2023 period. Its year-ago margin was thinner.";
  expect(datesIn(quarter, '2024-10-28')).toEqual([
    { text: 'the third quarter', start: 21, end: 38, value: '2024-Q3' },
    { text: 'the 2023 period', start: 87, end: 102, value: '2023-Q3' },
    { text: 'year-ago', start: 108, end: 116, value: '2023-Q3' },
  ]);
});

test('a part of a year that is a half or a quarter ("the first two quarters of 2025", "the last three months of 2023") takes that value; "the first nine months of 2023" keeps the year', () => {
  const text = 'Orders at the shipyard should firm in the first two quarters of 2025 after a slump in the last three months of 2023; the first nine months of 2023 were calm.';
  expect(datesIn(text, '2024-10-28')).toEqual([
    { text: 'the first two quarters of 2025', start: 38, end: 68, value: '2025-H1' },
    { text: 'the last three months of 2023', start: 86, end: 115, value: '2023-Q4' },
    { text: 'the first nine months of 2023', start: 117, end: 146, value: '2023' },
  ]);
});
