// A name that opens with a glottal stop written as an apostrophe keeps it (refine/glottal-stops.ts).
// Invented names and sentences.
import { names } from './helpers';

describe('a glottal stop written as an apostrophe', () => {
  test('is the first letter of a name before a capital vowel, with exact offsets', () => {
    expect(names('The case was argued by \'Ofeina Lousiale, who said the fine was fair.').map((r) => [r.text, r.type, r.start, r.end])).toEqual([
      ['\'Ofeina Lousiale', 'person', 23, 39],
    ]);
  });

  test('not an opening quote that closes in the paragraph', () => {
    expect(names('\'Orvelle Brell is here,\' he said.').map((r) => [r.text, r.start, r.end])).toEqual([['Orvelle Brell', 1, 14]]);
  });

  test('not an apostrophe inside a word, nor one before a consonant', () => {
    expect(names('The case was argued by \'Mikaele Lousiale, who said the fine was fair.').map((r) => [r.text, r.start])).toEqual([['Mikaele Lousiale', 24]]);
  });
});
