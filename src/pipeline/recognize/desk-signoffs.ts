// A wire desk's sign-off: a story closes with "-- " and the desk that filed it, after the
// reporter's name or alone, then the desk's telephone number ("-- Dana Kell, Tarnby Commodities
// +44 20 7946 0123", "-- Orvik Editorial, (612) 555 0142"). The words before the number are the
// desk, a body, even where they are ordinary words ("Commodities", "Bonds", "Editorial") that
// no head-noun rule reads; a reporter's name alone before the number is no desk ("-- Dana Kell
// 312-555-0101", "-- Dana Frost 816-555-0199"), nor a city's newsroom in lower case, where the
// city is the name.

import { Doc, Mention } from '../../model';
import { FLAGS } from '../../lexicon';
import { tokenFlags } from './gazetteer';
import { mentionFromTokens, newMentions } from './mention';

const MAX_DESK_WORDS = 5;
/** labels of a number in a sign-off: "Tel", "Fax" */
const CONTACT_LABELS = new Set(['tel', 'telephone', 'phone', 'fax', 'telex', 'tlx', 'mob', 'mobile']);
const MAX_REPORTER_WORDS = 4;
const DASHES = new Set(['--', '—', '–']);
/** the start of a telephone number: "+44", "(852)", "212-555-0146", "42-2-5550" */
const PHONE_START = /^(?:\+\d{0,4}|\(\d{2,4}\)?|\d{2,4}(?:-\d{1,4})+)$/;

function isPhoneAt(doc: Doc, i: number): boolean {
  const token = doc.tokens[i];
  if (!token) return false;
  if (token.text === '+' || token.text === '(') return /^\d/.test(doc.tokens[i + 1]?.text ?? '');
  return PHONE_START.test(token.text);
}

function isNameWord(doc: Doc, i: number): boolean {
  const shape = doc.tokens[i].shape;
  return shape === 'title' || shape === 'upper' || shape === 'initial';
}

export function recognizeDeskSignOffs(doc: Doc): Mention[] {
  const tokens = doc.tokens;
  const found = newMentions();
  for (let i = 0; i < tokens.length - 2; i++) {
    // (the shape first: a word's text is not hashed for the set)
    if (tokens[i].shape !== 'punct' || !DASHES.has(tokens[i].text)) continue;
    let start = i + 1;
    // the reporter's name and a comma before the desk: "-- Dana Kell, Tarnby Commodities"
    let j = start;
    while (j < tokens.length && j - start < MAX_REPORTER_WORDS && (isNameWord(doc, j) || tokens[j].text === '.') && !tokens[j].lineStart) j++;
    if (j > start && tokens[j]?.text === ',' && j + 1 < tokens.length && isNameWord(doc, j + 1)) start = j + 1;
    let end = start;
    while (end < tokens.length && end - start < MAX_DESK_WORDS && isNameWord(doc, end) && tokens[end].sentence === tokens[start].sentence && (end === start || !tokens[end].lineStart)) end++;
    if (end === start) continue;
    let phone = tokens[end]?.text === ',' ? end + 1 : end;
    // a contact label before the number is no word of the desk ("Tarnby Newsroom Tel+44 ...")
    if (end - start > 1 && CONTACT_LABELS.has(tokens[end - 1].lower)) phone = end--;
    if (!isPhoneAt(doc, phone)) continue;
    // a desk that ends in a body's head noun ("Tarnby Newsroom", "Orvik Energy Desk") is the
    // head-noun rule's already
    if (tokenFlags(tokens[end - 1]) & FLAGS.orgHead) continue;
    // a desk holds an ordinary word that is no name ("Commodities", "News Room"): a name alone is
    // the reporter's, also where its surname is a word ("-- Dana Frost 816-555-0199")
    if (tokenFlags(tokens[start]) & FLAGS.given) continue;
    let ordinary = false;
    for (let k = start; k < end; k++) if ((tokenFlags(tokens[k]) & (FLAGS.common | FLAGS.given | FLAGS.surname)) === FLAGS.common) ordinary = true;
    if (!ordinary) continue;
    found.push(mentionFromTokens(doc, 'organization', start, end, 'organization.desk-signoff', 0.85));
    i = end;
  }
  return found;
}
