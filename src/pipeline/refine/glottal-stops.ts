// Tongan, Hawaiian and Samoan names that open with a glottal stop (the ʻokina) are often written
// with a plain apostrophe: "'Ofeina Lousiale", "the 'Otuvaka club". The rules find the name
// from its first capital, so the apostrophe, a letter of the name, is left out. Before a capital
// vowel (the ʻokina only stands before vowels), after white space, it joins the name, unless it
// is an opening quote: a single quote that closes again in the same paragraph ("'Orvelle was here,'
// he said") is one.

import { Doc, Mention } from '../../model';

/** Apostrophes that stand for the ʻokina in plain text */
const OKINA_MARKS = new Set(["'", '\u2018']);
/** The capital vowels an ʻokina stands before, with their long marks */
const CAPITAL_VOWEL = /^[AEIOUĀĒĪŌŪ]/;
/** A single quote that closes a quotation: after a letter or a mark, before white space, a mark or the end */
const CLOSING_QUOTE = /[\p{L}.,!?]['\u2019](?=[\s.,;:!?)]|$)/u;
/** White space before the mark: it opens a word */
const WHITE_SPACE = /\s/;

export function withGlottalStops(doc: Doc, mentions: Mention[]): Mention[] {
  const text = doc.text;
  for (const m of mentions) {
    if (m.type === 'date' || m.start < 1 || !OKINA_MARKS.has(text[m.start - 1])) continue;
    if (!CAPITAL_VOWEL.test(text.slice(m.start, m.start + 1))) continue;
    // (the mark opens a word: white space or the text's start before it)
    if (m.start >= 2 && !WHITE_SPACE.test(text[m.start - 2])) continue;
    const mark = doc.tokens[m.tokenStart - 1];
    if (!mark || mark.end !== m.start || mark.start !== m.start - 1) continue;
    // (no quotation that closes later in the paragraph)
    const paragraphEnd = text.indexOf('\n', m.end);
    if (CLOSING_QUOTE.test(text.slice(m.end - 1, paragraphEnd === -1 ? text.length : paragraphEnd))) continue;
    m.start -= 1;
    m.tokenStart -= 1;
  }
  return mentions;
}
