// Calendar dates with a month name, in the forms news uses. Reference date 2024-02-28 (a Wednesday).
import { datesIn, spansAndValues } from './helpers';

const REF = '2024-02-28';

test('full dates: "July 6, 2019", "6 July 2019", "Saturday, April 25, 2020"', () => {
  expect(datesIn('The treaty was signed on July 6, 2019, in Geneva.', REF)).toEqual([
    { text: 'July 6, 2019', start: 25, end: 37, value: '2019-07-06' },
  ]);
  expect(datesIn('The court ruled on 6 July 2019 that the law stood.', REF)).toEqual([
    { text: '6 July 2019', start: 19, end: 30, value: '2019-07-06' },
  ]);
  expect(spansAndValues('The editorial ran on Saturday, April 25, 2020: The court erred.', REF)).toEqual([
    ['Saturday, April 25, 2020', '2020-04-25'],
  ]);
});

test('abbreviated months keep their period; a sentence-final full stop stays outside', () => {
  expect(datesIn('Talks resumed Feb. 27 in Astana.', REF)).toEqual([{ text: 'Feb. 27', start: 14, end: 21, value: '2024-02-27' }]);
  expect(spansAndValues('The launch is set for December.', REF)).toEqual([['December', '2024-12']]);
  expect(spansAndValues('The council said on Tuesday, Nov. 3: the bridge stays shut.', '1998-11-03')).toEqual([
    ['Tuesday, Nov. 3', '1998-11-03'],
  ]);
});

test('month and year; month with a relative year', () => {
  expect(spansAndValues('He was born in August 1988 in Almaty.', REF)).toEqual([['August 1988', '1988-08']]);
  expect(spansAndValues('The minister left office in January this year and returned in June last year.', REF)).toEqual([
    ['January this year', '2024-01'],
    ['June last year', '2023-06'],
  ]);
  expect(spansAndValues('Exports grew in August of this year, officials said on June 15th of last year.', REF)).toEqual([
    ['August of this year', '2024-08'],
    ['June 15th of last year', '2023-06-15'],
  ]);
});

test('a year-less date takes its year from the tense of the verb (HeidelTime news rule)', () => {
  // past tense, the verb's own date: before the story
  expect(spansAndValues('The deal was signed on March 3.', REF)).toEqual([['March 3', '2023-03-03']]);
  expect(spansAndValues('The vote took place in December.', REF)).toEqual([['December', '2023-12']]);
  // future and present: this year or the next
  expect(spansAndValues('The company will report results on March 3.', REF)).toEqual([['March 3', '2024-03-03']]);
  expect(spansAndValues('The mission is planned for December.', REF)).toEqual([['December', '2024-12']]);
  expect(spansAndValues('The new board will take over in January.', REF)).toEqual([['January', '2025-01']]);
});

test('present tense and no tense take the nearest such month; half a year ahead is the past; arrangements look ahead', () => {
  // said on Jan. 10, 2024: last October is three months back, next October nine months ahead
  expect(spansAndValues('Harbour rents are down from their peak in October.', '2024-01-10')).toEqual([['October', '2023-10']]);
  // exactly six months either way: news reports the past
  expect(spansAndValues('Harvest festival: Aug. 6.', '2024-02-06')).toEqual([['Aug. 6', '2023-08-06']]);
  expect(spansAndValues('The audit report is due in October.', REF)).toEqual([['October', '2024-10']]);
});

test('edges and parts of a month are in the span: "mid-November", "late December", "the end of July"', () => {
  expect(spansAndValues('Prices fell in mid-November and in late December.', REF)).toEqual([
    ['mid-November', '2023-11'],
    ['late December', '2023-12'],
  ]);
  expect(spansAndValues('The fighting stopped at the end of July.', REF)).toEqual([['the end of July', '2023-07']]);
  expect(spansAndValues('Car sales slipped over the first 8 months of this year.', REF)).toEqual([['the first 8 months of this year', '2024']]);
});

test('"last May", "next March", "this September"', () => {
  expect(spansAndValues('He resigned last May and will return next March.', REF)).toEqual([
    ['last May', '2023-05'],
    ['next March', '2024-03'],
  ]);
  expect(spansAndValues('Elections are due this September.', REF)).toEqual([['this September', '2024-09']]);
});

test('"May" the modal or the name, "August" the first name are not months', () => {
  expect(spansAndValues('Theresa May said the vote may come in May.', REF)).toEqual([['May', '2024-05']]);
  expect(spansAndValues('August Strindberg painted it in March.', REF)).toEqual([['March', '2023-03']]);
  expect(spansAndValues('Troops will march on the capital.', REF)).toEqual([]);
});

test('broadcast transcripts: spoken years and ordinal days', () => {
  expect(spansAndValues('March nineteen ninety-six. Back to Denver.', '1998-02-27')).toEqual([['March nineteen ninety-six', '1996-03']]);
  expect(spansAndValues('The vote is set for March eighth.', '1998-03-01')).toEqual([['March eighth', '1998-03-08']]);
});

test('ordinal days: "on the 30th", "the 4th of July, 1950", "October the 1st"', () => {
  const ref = '1994-10-02';
  expect(spansAndValues('The two unions voted on the 29th to strike, and will meet again on the 6th.', ref)).toEqual([
    ['the 29th', '1994-09-29'],
    ['the 6th', '1994-10-06'],
  ]);
  expect(spansAndValues('It was the 30th anniversary of the war.', ref)).toEqual([]);
  expect(spansAndValues('He was born on the 4th of July, 1950, and left October the 1st.', ref)).toEqual([
    ['the 4th of July, 1950', '1950-07-04'],
    ['October the 1st', '1994-10-01'],
  ]);
});

test('a day range is two dates, each with its own span: "27-28 February", "March 12-14"', () => {
  expect(datesIn('The talks on 27-28 February failed; a new round starts March 12-14.', REF)).toEqual([
    { text: '27', start: 13, end: 15, value: '2024-02-27' },
    { text: '28 February', start: 16, end: 27, value: '2024-02-28' },
    { text: 'March 12', start: 55, end: 63, value: '2024-03-12' },
    { text: '14', start: 64, end: 66, value: '2024-03-14' },
  ]);
});

test('"this April 13", "the following Oct. 1" (after the date just named)', () => {
  expect(spansAndValues('The toll will climb to 12% Jan. 1, 1991, and to 15% the following Jan. 1.', '1989-10-25')).toEqual([
    ['Jan. 1, 1991', '1991-01-01'],
    ['the following Jan. 1', '1992-01-01'],
  ]);
  expect(spansAndValues('The firm filed for bankruptcy this April 13 and last Oct. 7.', '1989-10-25')).toEqual([
    ['this April 13', '1989-04-13'],
    ['Oct. 7', '1989-10-07'],
  ]);
  expect(spansAndValues('Following June 4 the army withdrew.', '1989-10-25')).toEqual([['June 4', '1989-06-04']]);
});

test('"the March accession" dates a noun; "the march on Washington" does not', () => {
  expect(spansAndValues('The March accession matters; the march on Washington does not.', '1999-02-10')).toEqual([['March', '1999-03']]);
});
