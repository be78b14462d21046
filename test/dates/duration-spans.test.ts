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
