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

test('a month named without a day after a past verb is the one before the story, even a month or two ahead', () => {
  const text = 'The council moved its meetings to the town hall in May. It named May 2 as the cutoff.';
  expect(datesIn(text, REF)).toEqual([
    { text: 'May', start: 51, end: 54, value: '2023-05' },
    // a month and day a few weeks ahead of a past verb that does not happen on it stays ahead
    { text: 'May 2', start: 65, end: 70, value: '2024-05-02' },
  ]);
});

test('a deadline set in the past ("until May") and a passive infinitive after a noun ("rules to be published in May") are ahead', () => {
  expect(datesIn('The regulator gave the bank until May to answer.', REF)).toEqual([
    { text: 'May', start: 34, end: 37, value: '2024-05' },
  ]);
  expect(datesIn('He said new rules to be published in May would apply to all banks.', REF)).toEqual([
    { text: 'May', start: 37, end: 40, value: '2024-05' },
  ]);
});

test('"effective" before a month and day looks ahead, whatever the tense of the announcement', () => {
  const text = 'The bank created a new risk office, effective Feb. 1.';
  expect(datesIn(text, REF)).toEqual([{ text: 'Feb. 1', start: 46, end: 52, value: '2025-02-01' }]);
});

test('a weekday owning an event ("Monday\'s ruling") is the one just reported, whatever the verb; not "ahead of Sunday\'s vote"', () => {
  expect(datesIn("Lawyers will appeal Monday's ruling.", REF)).toEqual([{ text: 'Monday', start: 20, end: 26, value: '2024-03-18' }]);
  expect(datesIn("The parties will campaign in the north ahead of Sunday's vote.", REF)).toEqual([
    { text: 'Sunday', start: 48, end: 54, value: '2024-03-24' },
  ]);
});

test('an -ed word between a determiner (perhaps an adverb) and its noun is no past verb: "will stage it at a newly repaired arena in January" looks ahead', () => {
  const a = 'The league will stage its final at a newly repaired arena in January.';
  const b = 'Inspectors will tour the reopened mills in January.';
  expect(datesIn(a, REF)).toEqual([{ text: 'January', start: 61, end: 68, value: '2025-01' }]);
  expect(datesIn(b, REF)).toEqual([{ text: 'January', start: 43, end: 50, value: '2025-01' }]);
  // an -ed word after its subject is still the past verb
  expect(datesIn('The league built the arena in January.', REF)).toEqual([{ text: 'January', start: 30, end: 37, value: '2024-01' }]);
});

test('a month that opens its sentence takes the tense of the main verb even after a long aside', () => {
  const text = 'In June, with the old toll bridge over the Amble near the mill town of Portmere still shut for repairs, heavy rain flooded the ferry terminal.';
  expect(datesIn(text, REF)).toEqual([
    { text: 'June', start: 3, end: 7, value: '2023-06' },
  ]);
});
