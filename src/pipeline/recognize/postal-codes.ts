// US states by their two-letter postal codes, in the tables and sign-offs of wire copy: after a
// town and a comma ("TARNBY, IL / ...", "Tarnby, OH 1996"), after a table's "State:" label
// ("Issuer: Velmar State: OH Rating: A"), or between a town and its figures on a row ("Havlen WA
// 5.13 up .02"). Alone they are words or initials ("OR", "IN", "CO"), so only where the code is in
// capitals and the words around it say that a state is meant.

import { Doc, Mention } from '../../model';
import { mentionFromTokens, newMentions } from './mention';

const POSTAL_CODES = new Set([
  'AL', 'AK', 'AZ', 'AR', 'CA', 'CO', 'CT', 'DE', 'FL', 'GA', 'HI', 'ID', 'IL', 'IN', 'IA', 'KS', 'KY', 'LA', 'ME', 'MD', 'MA', 'MI', 'MN', 'MS', 'MO', 'MT', 'NE', 'NV',
  'NH', 'NJ', 'NM', 'NY', 'NC', 'ND', 'OH', 'OK', 'OR', 'PA', 'RI', 'SC', 'SD', 'TN', 'TX', 'UT', 'VT', 'VA', 'WA', 'WV', 'WI', 'WY',
]);
// (not "DC": "Washington, DC" is one place, the district's name)
const STATE_LABELS = new Set(['state', 'st']);

function isNameWord(doc: Doc, i: number): boolean {
  const token = doc.tokens[i];
  return token !== undefined && (token.shape === 'title' || token.shape === 'upper');
}

export function recognizePostalCodes(doc: Doc): Mention[] {
  const tokens = doc.tokens;
  const found = newMentions();
  for (let i = 2; i < tokens.length; i++) {
    const code = tokens[i];
    if (code.shape !== 'upper' || !POSTAL_CODES.has(code.text)) continue;
    const next = tokens[i + 1];
    // a period after it makes it an abbreviation or a sentence's last word, another rule's
    if (next?.text === '.' && !next.spaceBefore) continue;
    const before = tokens[i - 1];
    // "State: OH"
    const labelled = before.text === ':' && STATE_LABELS.has(tokens[i - 2].lower) && tokens[i - 2].shape !== 'lower';
    // "TARNBY, IL": a town in capitals or title case, its comma, the code, then no word of a sentence
    // (after a word in capitals, no word in capitals either: a headline's "SENATORS, IN SHIFT, ...")
    const wordAfter = next !== undefined && !next.lineStart && (next.shape === 'title' || next.shape === 'lower' || (next.shape === 'upper' && tokens[i - 2].shape === 'upper'));
    // (the comma on the code's line; no closure over the loop's index here: it made a context per token)
    const afterTown = before.text === ',' && isNameWord(doc, i - 2) && !before.lineStart && !wordAfter;
    // "Havlen WA 5.13": a town in title case, the code, the row's first figure (not a headline's
    // capitals, "RECORD IN 10 DAYS")
    const onRow = tokens[i - 1].shape === 'title' && !code.lineStart && tokens[i - 1].sentence === code.sentence && next?.shape === 'number' && !next.lineStart && next.spaceBefore;
    if (!labelled && !afterTown && !onRow) continue;
    found.push(mentionFromTokens(doc, 'place', i, i + 1, 'place.postal-code', 0.8));
  }
  return found;
}
