// Days named relative to the story's date. Reference date 2024-02-28, a Wednesday.
import { datesIn, spansAndValues } from './helpers';

const REF = '2024-02-28';

test('today, yesterday, tomorrow', () => {
  expect(datesIn('Police arrested him yesterday and he will appear in court tomorrow.', REF)).toEqual([
    { text: 'yesterday', start: 20, end: 29, value: '2024-02-27' },
    { text: 'tomorrow', start: 58, end: 66, value: '2024-02-29' },
  ]);
  expect(spansAndValues('Late yesterday the ministry said talks would resume today.', REF)).toEqual([
    ['Late yesterday', '2024-02-27'],
    ['today', '2024-02-28'],
  ]);
});

test('a weekday is the last one up to the story, unless the verb is in the future', () => {
  expect(datesIn('He resigned on Tuesday.', REF)).toEqual([{ text: 'Tuesday', start: 15, end: 22, value: '2024-02-27' }]);
  expect(spansAndValues('Prosecutors said Wednesday that the charges stand.', REF)).toEqual([['Wednesday', '2024-02-28']]);
  expect(spansAndValues('President Smith on Monday said the talks failed.', REF)).toEqual([['Monday', '2024-02-26']]);
  expect(spansAndValues('The ministers will meet on Thursday in Brussels.', REF)).toEqual([['Thursday', '2024-02-29']]);
  expect(spansAndValues('The court is scheduled to rule Friday.', REF)).toEqual([['Friday', '2024-03-01']]);
});

test('last / next / this coming weekday, and parts of the day in the span', () => {
  expect(spansAndValues('Protesters gathered last Friday and plan to march again next Monday.', REF)).toEqual([
    ['last Friday', '2024-02-23'],
    ['next Monday', '2024-03-04'],
  ]);
  expect(spansAndValues('The vote is this coming Sunday.', REF)).toEqual([['this coming Sunday', '2024-03-03']]);
  expect(spansAndValues('The fire started Sunday night.', REF)).toEqual([['Sunday night', '2024-02-25']]);
});

test('holidays', () => {
  expect(spansAndValues('Voters went to the polls on Thanksgiving Day, and again on Christmas.', REF)).toEqual([
    ['Thanksgiving Day', '2023-11-23'],
    ['Christmas', '2023-12-25'],
  ]);
  expect(spansAndValues('The embassy reopened on Good Friday.', REF)).toEqual([['Good Friday', '2023-04-07']]);
  expect(spansAndValues('The choir sang Christmas carols.', REF)).toEqual([]);
});

test('recurrences and names are not dates: "every Monday", "USA Today"', () => {
  expect(spansAndValues('Stores close every Monday and each Thursday.', REF)).toEqual([]);
  expect(spansAndValues('The poll was published by USA Today.', REF)).toEqual([]);
});

test('"this coming Saturday, March seventh" is one date; "the 11th Circuit" and "This day" are none', () => {
  expect(spansAndValues('The county fair opens this coming Saturday, March seventh.', '1998-03-01')).toEqual([
    ['this coming Saturday, March seventh', '1998-03-07'],
  ]);
  expect(spansAndValues('The case now goes to the 9th Circuit. This day will be remembered; the next day was calm.', '1998-03-01')).toEqual([
    ['the next day', '1998-03-02'],
  ]);
});

test('"Friday the 13th" is one date: the latest 13th that was a Friday', () => {
  expect(spansAndValues('On Friday the 13th, an airline grounded its fleet.', '1989-10-25')).toEqual([['Friday the 13th', '1989-10-13']]);
});

test('"last Thanksgiving", "next Christmas": the word before the holiday is in the span and picks the year', () => {
  expect(datesIn('The ferry sank last Thanksgiving off Malta, and the crew hopes to be home by next Christmas.', '2024-03-20')).toEqual([
    { text: 'last Thanksgiving', start: 15, end: 32, value: '2023-11-23' },
    { text: 'next Christmas', start: 77, end: 91, value: '2024-12-25' },
  ]);
  // on the day itself, "last Christmas" is the year before
  expect(datesIn('Last Christmas the shelter was full.', '2024-12-25')).toEqual([
    { text: 'Last Christmas', start: 0, end: 14, value: '2023-12-25' },
  ]);
});

test('"the previous Friday", "the following Monday" count from the day the story named last', () => {
  // Jan. 12, 2024 is a Friday: the previous one is Jan. 5, the following Monday Jan. 15
  expect(datesIn('Crowds marched on Jan. 12, 2024, as they had the previous Friday.', REF)).toEqual([
    { text: 'Jan. 12, 2024', start: 18, end: 31, value: '2024-01-12' },
    { text: 'the previous Friday', start: 45, end: 64, value: '2024-01-05' },
  ]);
  expect(spansAndValues('The strike began on Jan. 12, 2024, and ended the following Monday.', REF)).toEqual([
    ['Jan. 12, 2024', '2024-01-12'],
    ['the following Monday', '2024-01-15'],
  ]);
  // no day named before: from the reference date (Wednesday, Feb. 28)
  expect(spansAndValues('The crowd was larger than the previous Friday.', REF)).toEqual([['the previous Friday', '2024-02-23']]);
});

test('"Easter week", "Labor Day weekend": the holiday\'s ISO week, or the weekend next to it', () => {
  // Easter 2024 fell on March 31, the Sunday of ISO week 13
  expect(datesIn('Hotels were full during Easter week.', '2024-04-10')).toEqual([
    { text: 'Easter week', start: 24, end: 35, value: '2024-W13' },
  ]);
  // Labor Day 2024 was Monday, Sept. 2: its weekend is Aug. 31 - Sept. 1, in week 35
  expect(spansAndValues('Traffic peaked on Labor Day weekend.', '2024-09-10')).toEqual([['Labor Day weekend', '2024-W35-WE']]);
  // without the unit a one-word holiday still needs a preposition
  expect(spansAndValues('Easter eggs sold out.', '2024-04-10')).toEqual([]);
  // and the unit in capitals is a name's word: "the Easter Week Rising"
  expect(spansAndValues('A play recalls the Easter Week Rising.', '2024-04-10')).toEqual([]);
});

test('after "yesterday" and "tomorrow" the part of the day is a time of its own, outside the span', () => {
  const text = 'The mayor spoke yesterday morning and will speak again tomorrow night.';
  expect(datesIn(text, '2024-02-28')).toEqual([
    { text: 'yesterday', start: 16, end: 25, value: '2024-02-27' },
    { text: 'tomorrow', start: 55, end: 63, value: '2024-02-29' },
  ]);
});
