// Properties that hold for any text: no throw, spans inside the text and in order, no overlaps,
// TIMEX3-shaped values, and the same output whatever the wall clock.
import fc from 'fast-check';
import { recognizeDates } from '../../src/pipeline/recognize/dates';
import { makeDoc, runPatternsUnguarded } from './helpers';

const WORDS = [
  'the', 'last', 'next', 'this', 'week', 'year', 'month', 'quarter', 'third', 'first', 'half', 'of', 'on', 'in',
  'Tuesday', 'Friday', 'May', 'March', 'Feb.', '27', '2019', '1990s', "'80s", 'ago', 'two', 'a', 'earlier',
  'today', 'yesterday', 'fiscal', 'Q3', '12-14', '2002-2005', 'early', 'late', 'mid-November', 'summer', 'fall',
  'Christmas', 'said', 'will', 'was', 'signed', ',', '.', ':', 'the 30th', 'every', 'past', 'future', 'recent',
  'years', 'nineteen', 'ninety-six', 'end', 'same', 'day', 'following', 'Oct.', '1', '2024-02-28', '7/6/2019',
];
// (durations P3Y / PXM / P1DE, ranges of years 1987/1988)
const TIMEX = /^(?:PRESENT_REF|PAST_REF|FUTURE_REF|[\dX]{2,4}(?:-(?:\d{2}|XX|Q[1-4X]|H[12]|SP|SU|FA|WI|W(?:\d{2}|XX)(?:-(?:\d|WE))?)(?:-(?:\d{2}|XX))?)?|P(?:\d+|X)(?:Y|M|W|D|Q|DE|CE)|\d{4}\/\d{4})$/;

test('a date counted from one the text named needs no reference date, and says what it counted from', () => {
  const mentions = recognizeDates(makeDoc('the 2024-02-28 1 day earlier', null));
  expect(mentions.map((m) => [m.value, m.resolution])).toEqual([
    ['2024-02-28', { inferred: [] }],
    ['2024-02-27', { inferred: ['year', 'month', 'day'], anchor: 'the date named before (2024-02-28)' }],
  ]);
});

test('random news-like word salad: no throw, ordered non-overlapping spans, TIMEX3-shaped values', () => {
  fc.assert(
    fc.property(
      fc.array(fc.constantFrom(...WORDS), { maxLength: 40 }),
      fc.constantFrom('2024-02-28', '1998-01-04', '1989-10-25', null),
      (words, ref) => {
        const text = words.join(' ');
        const doc = makeDoc(text, ref);
        const mentions = recognizeDates(doc);
        let lastEnd = 0;
        for (const m of mentions) {
          expect(m.start).toBeGreaterThanOrEqual(lastEnd);
          expect(m.end).toBeGreaterThan(m.start);
          expect(m.end).toBeLessThanOrEqual(text.length);
          expect(m.value).toMatch(TIMEX);
          // no reference date (none given, none in a dateline): nothing is inferred from one; a
          // date counted from a day, month or year the text named ("2024-02-28 ... a day earlier",
          // "2002 ... the following year") may be
          if (doc.refDate === null && m.resolution?.inferred.length) expect(m.resolution.anchor).toMatch(/^the date named before \([^)]+\)$/);
          lastEnd = m.end;
        }
      },
    ),
    { numRuns: 500 },
  );
});

test('arbitrary unicode text never throws, in the recognizer or in any pattern on its own', () => {
  fc.assert(
    fc.property(fc.string({ maxLength: 200 }), (text) => {
      expect(() => recognizeDates(makeDoc(text, '2024-02-28'))).not.toThrow();
      // the recognizer catches what a pattern throws: check the patterns without that net
      expect(() => runPatternsUnguarded(text, '2024-02-28')).not.toThrow();
    }),
    { numRuns: 300 },
  );
});
