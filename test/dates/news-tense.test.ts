// The tense that places a weekday or a month without a year before or after the story's date
// (values.ts, tense.ts): invented news sentences, the reference date a Wednesday.
import { datesIn } from './helpers';

const REF = '2024-03-20'; // a Wednesday

test('"plans" as a noun says nothing about the future: the past verb after it decides', () => {
  const text = 'On Friday, when the minister set aside her holiday plans, aides cheered.';
  expect(datesIn(text, REF)).toEqual([{ text: 'Friday', start: 3, end: 9, value: '2024-03-15' }]);
  // the verb still looks ahead
  expect(datesIn('The minister plans to visit the region on Friday.', REF)).toEqual([
    { text: 'Friday', start: 42, end: 48, value: '2024-03-22' },
  ]);
});
