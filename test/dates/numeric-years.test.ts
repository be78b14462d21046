// Dates in digits, years, ranges, decades, centuries, fiscal years, spoken years.
import { datesIn, spansAndValues } from './helpers';

const REF = '2024-02-28';

test('ISO and U.S. numeric dates', () => {
  expect(datesIn('LONDON 1996-08-30 Rain stopped play.', null)[0]).toEqual({ text: '1996-08-30', start: 7, end: 17, value: '1996-08-30' });
  expect(spansAndValues('The filing is dated 7/6/2019 and 2019/07/08.', REF)).toEqual([
    ['7/6/2019', '2019-07-06'],
    ['2019/07/08', '2019-07-08'],
  ]);
  // not a calendar day
  expect(spansAndValues('Code 2019-13-45 was rejected.', REF)).toEqual([]);
});

test('years, but not amounts and counts', () => {
  expect(spansAndValues('He was arrested in 2019 and freed in 2021.', REF)).toEqual([
    ['2019', '2019'],
    ['2021', '2021'],
  ]);
  expect(spansAndValues('About 2000 troops and 1500 police joined; the bill cost $1999.', REF)).toEqual([]);
  expect(spansAndValues('The castle was built in 1066 and has 1200 rooms.', REF)).toEqual([['1066', '1066']]);
  expect(spansAndValues('Visitors come for the year 2005 exhibition.', REF)).toEqual([['the year 2005', '2005']]);
});

test('a range of years written out is one date, an ISO interval: "between 2002 and 2005", "1990 - 1995", "1998 - 99"', () => {
  expect(datesIn('Prices doubled between 2002 and 2005.', REF)).toEqual([{ text: 'between 2002 and 2005', start: 15, end: 36, value: '2002/2005' }]);
  expect(spansAndValues('The mill ran from 1990 to 1995, then 1996 through 1998.', REF)).toEqual([
    ['1990 to 1995', '1990/1995'],
    ['1996 through 1998', '1996/1998'],
  ]);
  expect(spansAndValues('In the 1998 - 99 season he scored twice.', REF)).toEqual([['1998 - 99', '1998/1999']]);
  // a count, and a second year before the first, are no range
  expect(spansAndValues('Turnout rose from 1990 to 1995 votes.', REF)).toEqual([['1990', '1990']]);
  expect(spansAndValues('The files are marked 1995 - 1990.', REF)).toEqual([['1995', '1995'], ['1990', '1990']]);
});

test('a range in one token or of months is two dates: "2002-2005", "from May to July"', () => {
  expect(datesIn('He served 2002-2005 as mayor.', REF)).toEqual([
    { text: '2002', start: 10, end: 14, value: '2002' },
    { text: '2005', start: 15, end: 19, value: '2005' },
  ]);
  expect(spansAndValues('The festival ran from May to July.', REF)).toEqual([
    ['May', '2023-05'],
    ['July', '2023-07'],
  ]);
});

test('decades and centuries', () => {
  expect(spansAndValues('Growth slowed in the 1990s and in the mid-1980s.', REF)).toEqual([
    ['the 1990s', '199'],
    ['the mid-1980s', '198'],
  ]);
  expect(spansAndValues("Prices peaked in the late '80s.", '1998-01-01')).toEqual([["the late '80s", '198']]);
  expect(spansAndValues('It was the bloodiest war of the 20th century.', REF)).toEqual([['the 20th century', '19']]);
  expect(spansAndValues('He grew up in the nineties.', REF)).toEqual([['the nineties', '199']]);
  // the century written out: "the nineteen-nineties", "the nineteen eighties", "the eighteen-eighties"
  expect(spansAndValues('The mill opened in the eighteen-eighties, boomed in the nineteen eighties and closed in the nineteen-nineties.', REF)).toEqual([
    ['the eighteen-eighties', '188'],
    ['the nineteen eighties', '198'],
    ['the nineteen-nineties', '199'],
  ]);
});

test('fiscal years and prefixed years', () => {
  expect(spansAndValues('Revenue rose in fiscal 2024 and fell in fiscal year 2023.', REF)).toEqual([
    ['fiscal 2024', '2024'],
    ['fiscal year 2023', '2023'],
  ]);
  expect(spansAndValues('The group split in mid-1996.', REF)).toEqual([['mid-1996', '1996']]);
  expect(spansAndValues('Rates rose in early 1997.', REF)).toEqual([['early 1997', '1997']]);
});

test('spoken years in transcripts', () => {
  expect(spansAndValues('In nineteen ninety-one he was convicted.', REF)).toEqual([['nineteen ninety-one', '1991']]);
  expect(spansAndValues('Her pledge to double the tram network by the year two thousand was shelved.', REF)).toEqual([
    ['the year two thousand', '2000'],
  ]);
});

test('a year inside a compound, and decades written with an apostrophe', () => {
  expect(datesIn('The dealer cut the price of its 1990-model vans.', '1989-10-25')).toEqual([{ text: '1990', start: 32, end: 36, value: '1990' }]);
  expect(spansAndValues("Growth returned in the 90's and the 1980's were worse.", '1989-10-25')).toEqual([
    ["the 90's", '199'],
    ["the 1980's", '198'],
  ]);
});

test('a year with its possessive glued on is the year; "1991\'s last two quarters" takes its part in; "1990\'s" stays a decade', () => {
  const text = "The orchard beat 1993's harvest, and 1991's last two quarters were the worst; the 1990's were calm.";
  expect(datesIn(text, REF)).toEqual([
    { text: '1993', start: 17, end: 21, value: '1993' },
    { text: "1991's last two quarters", start: 37, end: 61, value: '1991' },
    { text: "the 1990's", start: 78, end: 88, value: '199' },
  ]);
});

test("a year cut short at its apostrophe: \"the '74 festival\", \"the year '83\"; the century puts it at most ten years after the story", () => {
  const text = "Veterans of the '74 festival met in the year '83 beside the dam built in '71; the '05 budget passed, rock 'n' roll played and the Joneses' 45 cars stood.";
  expect(datesIn(text, '2003-06-02')).toEqual([
    { text: "'74", start: 16, end: 19, value: '1974' },
    { text: "the year '83", start: 36, end: 48, value: '1983' },
    { text: "'71", start: 73, end: 76, value: '1971' },
    { text: "'05", start: 82, end: 85, value: '2005' },
  ]);
  // without a date for the story, the 20th century
  expect(spansAndValues("The '05 budget passed.", null)).toEqual([["'05", '1905']]);
});

test('a century written as one adjective: "a 19th-century mill", "a nineteenth-century bridge"', () => {
  const text = 'A 19th-century mill, a nineteenth-century bridge, a last-century style, a quarter-century low and a 25th-century myth.';
  expect(datesIn(text, REF)).toEqual([
    { text: '19th-century', start: 2, end: 14, value: '18' },
    { text: 'nineteenth-century', start: 23, end: 41, value: '18' },
  ]);
});
