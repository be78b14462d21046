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
