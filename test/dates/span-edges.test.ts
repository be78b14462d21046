// Words at the edges of a date's span that TimeML and OntoNotes both put inside it.
import { datesIn } from './helpers';

const REF = '2024-03-20';

test('"later that year": the edge word belongs to the span, the year is the one just named', () => {
  const text = 'She left in June 2021 and returned later that year.';
  expect(datesIn(text, REF)).toEqual([
    { text: 'June 2021', start: 12, end: 21, value: '2021-06' },
    { text: 'later that year', start: 35, end: 50, value: '2021' },
  ]);
});

test('"June 11 and 12": the second day is a date of its own, in the first one\'s month and year', () => {
  expect(datesIn('The fair will be held on June 11 and 12 in Graz.', REF)).toEqual([
    { text: 'June 11', start: 25, end: 32, value: '2024-06-11' },
    { text: '12', start: 37, end: 39, value: '2024-06-12' },
  ]);
  // a year after the second day dates both
  expect(datesIn('Talks were held Dec. 2 and 3, 1989, in Vaduz.', REF)).toEqual([
    { text: 'Dec. 2', start: 16, end: 22, value: '1989-12-02' },
    { text: '3, 1989', start: 27, end: 34, value: '1989-12-03' },
  ]);
  // a count after "and" is no day
  expect(datesIn('By May 5 and 6 percent of the vote, the count was over.', REF)).toEqual([
    { text: 'May 5', start: 3, end: 8, value: '2024-05-05' },
  ]);
});

test('"Earlier Friday," and "later today" leave the edge word out; "late Monday" keeps it', () => {
  const text = 'Earlier Friday, the council met briefly. A hearing is set for later today. Talks ended late Monday.';
  expect(datesIn(text, REF)).toEqual([
    { text: 'Friday', start: 8, end: 14, value: '2024-03-15' },
    { text: 'today', start: 68, end: 73, value: '2024-03-20' },
    { text: 'late Monday', start: 87, end: 98, value: '2024-03-18' },
  ]);
});
