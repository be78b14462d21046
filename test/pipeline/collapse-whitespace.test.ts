// A mention's sentence is given with its white space collapsed. Most sentences have only single
// spaces, and collapseWhitespace keeps those as they are instead of replacing every space; the
// result must still be exactly what collapsing every run of white space into one space gives.

import fc from 'fast-check';
import { collapseWhitespace, sentenceContext } from '../../src/pipeline';

const PIECES = ['a', 'Zo', 'é', '中', '.', ' ', ' ', '  ', '\t', '\n', '\r\n', '\u00a0', '\u2009', '\u3000', '\ufeff', '\u2028', '\u200b'];

describe('collapseWhitespace', () => {
  it('collapses runs of any white space into one space', () => {
    expect(collapseWhitespace('Ms. Roe  met\tthe\n\nmayor\u00a0in Lyon.')).toBe('Ms. Roe met the mayor in Lyon.');
    expect(collapseWhitespace(' Lyon ')).toBe(' Lyon ');
    expect(collapseWhitespace('Lyon\u3000\u2009Paris')).toBe('Lyon Paris');
  });

  it('keeps text with single spaces only as it is', () => {
    expect(collapseWhitespace('Ms. Roe met the mayor in Lyon.')).toBe('Ms. Roe met the mayor in Lyon.');
    expect(collapseWhitespace('')).toBe('');
  });

  it('equals replacing every run of white space, for any text', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }), (pieces) => {
        const text = pieces.join('');
        expect(collapseWhitespace(text)).toBe(text.replace(/\s+/g, ' '));
      }),
      { numRuns: 3000 },
    );
  });

  it('is what a sentence and a cut run-on sentence are given with', () => {
    const text = 'He said:\n  "Roe  won."';
    expect(sentenceContext(text, 0, text.length, 13, 16)).toBe('He said: "Roe won."');
    const long = `${'word '.repeat(100)}Roe\n\nwon ${'word '.repeat(100)}`;
    const at = long.indexOf('Roe');
    const cut = sentenceContext(long, 0, long.length, at, at + 3);
    expect(cut.startsWith('…') && cut.endsWith('…')).toBe(true);
    expect(cut).toContain(' Roe won ');
    expect(cut).not.toMatch(/\s\s|\n/);
  });
});
