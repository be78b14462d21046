// The tokenizer takes shortcuts for speed: a token of ASCII without capitals is its own lower case
// (no toLowerCase call), and sentence ends are found by character codes, not regexes. These tests
// hold the shortcuts to the plain definitions: norm = normalizeToken(text), lower = norm in lower
// case, shape = shapeOf(text), whatever the text; and sentences end where they ended before.

import fc from 'fast-check';
import { normalizeToken, shapeOf, splitSentences, tokenize } from '../../src/pipeline/segment';

const PIECES = [
  'the', 'The', 'THE', 'said', 'McDonald', 'eBay', 'a', 'Z', '7', '1996', '3.5', '1996A', 'x86', "o'clock", 'rock`n', '`', "'",
  'é', 'É', 'straße', 'İstanbul', 'Ⅻ', 'ⅻ', 'Ⓐ', 'Ж', 'ж', '中', 'ǅ', '\u0301', 'e\u0301', '½', 'ª',
  '’', '‘', '-', '‐', '‑', '–', '—', '.', '&', '/', ',', '"', '(', ')', '!', '?', '…', '$',
  ' ', '\t', '\n', '\u00a0', "'s", '’S', 'U.S', 'Nur-Sultan', 'Reagan-era', 'AT&T', '\u{1F600}', '\u{1D400}',
];

const text = fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 3 })), { maxLength: 30 }).map((parts) => parts.join(''));

describe('token fields', () => {
  test('norm, lower and shape are what their definitions give, for any text', () => {
    fc.assert(
      fc.property(text, (t) => {
        for (const token of tokenize(t)) {
          expect(token.norm).toBe(normalizeToken(token.text));
          expect(token.lower).toBe(normalizeToken(token.text).toLowerCase());
          // the clitic of a possessive is punctuation by decision, not by its letters
          if (!/^['’][sS]$/.test(token.text)) expect(token.shape).toBe(shapeOf(token.text));
        }
      }),
      { numRuns: 3000 },
    );
  });

  test('examples: lower-case ASCII, capitals, a backquote, letters toLowerCase changes outside ASCII', () => {
    const fields = tokenize('the THE McDonald rock`n x86 1996A Ⅻ İstanbul ,').map((t) => [t.text, t.norm, t.lower, t.shape]);
    expect(fields).toEqual([
      ['the', 'the', 'the', 'lower'],
      ['THE', 'THE', 'the', 'upper'],
      ['McDonald', 'McDonald', 'mcdonald', 'title'],
      ['rock', 'rock', 'rock', 'lower'],
      ['`', "'", "'", 'punct'],
      ['n', 'n', 'n', 'lower'],
      ['x86', 'x86', 'x86', 'lower'],
      ['1996A', '1996A', '1996a', 'number'],
      ['Ⅻ', 'Ⅻ', 'ⅻ', 'number'],
      ['İstanbul', 'İstanbul', 'i̇stanbul', 'title'],
      [',', ',', ',', 'punct'],
    ]);
  });
});

describe('sentence ends', () => {
  const sentencesOf = (t: string): string[] => splitSentences(tokenize(t), t).map((s) => t.slice(s.start, s.end));

  test('a period, !, ? and … end a sentence; a closing quote stays with it', () => {
    expect(sentencesOf('Ana Lima left. Was it late? "Yes!" Then… Nothing.')).toEqual([
      'Ana Lima left.',
      'Was it late?',
      '"Yes!"',
      'Then…',
      'Nothing.',
    ]);
  });

  test('a dotted abbreviation ends a sentence before an opener, not before a noun; titles never', () => {
    expect(sentencesOf('Dr. Vell flew to the U.S. The trip was short.')).toEqual(['Dr. Vell flew to the U.S.', 'The trip was short.']);
    expect(sentencesOf('The U.S. envoy met Gov. Hale in Oslo.')).toEqual(['The U.S. envoy met Gov. Hale in Oslo.']);
    expect(sentencesOf('It was 3.5 percent, said Acme Inc. The firm grew.')).toEqual(['It was 3.5 percent, said Acme Inc.', 'The firm grew.']);
  });
});
