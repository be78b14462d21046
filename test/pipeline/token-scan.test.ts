// The tokenizer scans character codes instead of running TOKEN_PATTERN (no match array per
// token). It must find exactly the regex's matches, in unicode mode, whatever the text: surrogate
// pairs, lone surrogates, combining marks, every kind of white space, runs of one mark, and a scan
// that starts or stops anywhere (the pipeline tokenizes long documents chunk by chunk).

import fc from 'fast-check';
import { scanToken, tokenize, TOKEN_PATTERN } from '../../src/pipeline/segment';

type Match = [number, number, boolean];

function byRegex(text: string, from: number, to: number): Match[] {
  const pattern = new RegExp(TOKEN_PATTERN.source, 'gu');
  const slice = text.slice(0, to);
  pattern.lastIndex = from;
  const found: Match[] = [];
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(slice)) !== null) found.push([match.index, match.index + match[0].length, match[1] === undefined]);
  return found;
}

function byScan(text: string, from: number, to: number): Match[] {
  const slice = text.slice(0, to);
  const found: Match[] = [];
  const next = { start: 0, end: 0, word: false };
  for (let at = from; scanToken(slice, at, slice.length, next); at = next.end) found.push([next.start, next.end, next.word]);
  return found;
}

const PIECES = [
  'a', 'Z', 'q', '7', '0', 'é', 'ß', 'Ж', '中', 'ا', '\u0301', '\u0903', '½', '²', 'ª',
  "'", '’', '-', '‐', '‑', '–', '—', '.', '&', '/', ',', '"', '“', '”', '(', ')', '!', '?', '…', '$', '€', '`',
  ' ', '\t', '\n', '\r', '\v', '\f', '\u00a0', '\u1680', '\u2003', '\u200a', '\u200b', '\u2028', '\u202f', '\u3000', '\ufeff',
  '\u{1D400}', '\u{1F600}', '\u{10400}', '\u{1F1FA}\u{1F1F8}', '\ud800', '\udc00', '\udbff', '\udfff',
  'U.S', 'O’Brien', 'Nur-Sultan', 'AT&T', '3.5', '......', '--', '😀😀', 'e\u0301',
];

const text = fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ unit: 'binary', maxLength: 3 }), fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code))), { maxLength: 40 }).map((parts) => parts.join(''));

describe('the token scanner', () => {
  test('finds exactly the matches of TOKEN_PATTERN, from any start to any end', () => {
    fc.assert(
      fc.property(text, fc.nat(), fc.nat(), (t, a, b) => {
        const from = t.length === 0 ? 0 : a % (t.length + 1);
        const to = from + (t.length - from === 0 ? 0 : b % (t.length - from + 1));
        expect(byScan(t, from, to)).toEqual(byRegex(t, from, to));
      }),
      { numRuns: 3000 },
    );
  });

  test('examples: words with inner marks, runs of one mark, pairs and lone surrogates', () => {
    const t = "O’Brien's AT&T--deal...  \u{1F600}\u{1F600}x \ud800\ud800\udc00 e\u0301t\u00a0U.S.";
    expect(byScan(t, 0, t.length)).toEqual(byRegex(t, 0, t.length));
    expect(byScan(t, 0, t.length).map(([s, e]) => t.slice(s, e))).toEqual([
      "O’Brien's", 'AT&T', '--', 'deal', '...', '\u{1F600}\u{1F600}', 'x', '\ud800', '\ud800\udc00', 'e\u0301t', 'U.S', '.',
    ]);
    // asked to start inside a surrogate pair, the regex (and the scanner) starts at the pair
    expect(byScan('a\u{1F600}\u{1F600}b', 2, 6)).toEqual([[1, 5, false], [5, 6, true]]);
  });

  test('tokenize keeps its tokens: "U.S." takes its period, a possessive is split, a modifier hyphen too', () => {
    expect(tokenize("The U.S. firm's Washington-based unit.").map((t) => t.text)).toEqual(['The', 'U.S.', 'firm', "'s", 'Washington', '-', 'based', 'unit', '.']);
    expect(tokenize('A Senate-approved, House-passed bill').map((t) => t.text)).toEqual(['A', 'Senate', '-', 'approved', ',', 'House', '-', 'passed', 'bill']);
    // and the modifiers of recent news: "UN-brokered", "EU-wide", "Kremlin-linked"
    expect(tokenize('A UN-brokered, EU-wide deal').map((t) => t.text)).toEqual(['A', 'UN', '-', 'brokered', ',', 'EU', '-', 'wide', 'deal']);
    // a listed place, a slash and a capitalized word are two names (a rider's country and team); "AC/DC", "km/h" stay whole
    expect(tokenize('Vell (Slovenia/Orvik Cycling), AC/DC at 40 km/h').map((t) => t.text)).toEqual(['Vell', '(', 'Slovenia', '/', 'Orvik', 'Cycling', ')', ',', 'AC/DC', 'at', '40', 'km/h']);
    // issue 13: a team sheet's position number and the player's first name are two tokens ("15-Tavin
    // Orrel"), after a colon, a comma or a semicolon and before the surname; "7-Eleven" and "a 5-Star" stay whole
    expect(tokenize('Tarnland: 15-Tavin Orrel, 14-Corvin Dallaway at 7-Eleven Stores, a 5-Star Hotel').map((t) => t.text)).toEqual([
      'Tarnland', ':', '15', '-', 'Tavin', 'Orrel', ',', '14', '-', 'Corvin', 'Dallaway', 'at', '7-Eleven', 'Stores', ',', 'a', '5-Star', 'Hotel',
    ]);
  });
});
