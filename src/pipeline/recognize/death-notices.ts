// Paid death notices open each notice on its own line with the surname in capitals, a comma and
// the given names: "KESSLAND, Orvina Mavis. On July 8, at ...", "VAN DER TARN, Cornelis ("Kees").
// Passed away ...", "McVELLAN, Douglas Ivo (née Tarvosk)". The capitals are the person's surname and
// the given names the same person's (two names, as the notice writes them). Only at a line's
// start, with given names that end before "." or "(" and open with a known first name or a word no
// list knows: a dateline's town, comma and region ("LITTLE ROCK, Ark.", "TAIBE, Israel (Wire)")
// is no notice, its region being a listed place or word.

import { Doc, Mention, Token } from '../../model';
import { FLAGS, PLACE_FLAGS } from '../../lexicon';
import { tokenFlags } from './gazetteer';
import { mentionFromTokens, newMentions } from './mention';

/** a surname in capitals, also after "Mc", "Mac" or "O'" ("McVELLAN") */
const CAPITAL_SURNAME = /^(?:Mc|Mac|O')?\p{Lu}[\p{Lu}'-]+$/u;
const MAX_SURNAME_WORDS = 4;
const MAX_GIVEN_WORDS = 4;
/** above an acronym's or a club's guess at the capitals */
const STRENGTH = 0.9;

export function recognizeDeathNotices(doc: Doc): Mention[] {
  const tokens = doc.tokens;
  const found = newMentions();
  for (let i = 0; i < tokens.length; i++) {
    if (!opensLine(doc, tokens[i]) || !CAPITAL_SURNAME.test(tokens[i].text)) continue;
    let comma = i;
    while (comma < tokens.length && comma - i < MAX_SURNAME_WORDS && CAPITAL_SURNAME.test(tokens[comma].text) && !(comma > i && opensLine(doc, tokens[comma]))) comma++;
    if (tokens[comma]?.text !== ',' || comma === i) continue;
    const givenStart = comma + 1;
    let givenEnd = givenStart;
    while (givenEnd < tokens.length && givenEnd - givenStart < MAX_GIVEN_WORDS && tokens[givenEnd].shape === 'title' && !opensLine(doc, tokens[givenEnd])) givenEnd++;
    if (givenEnd === givenStart) continue;
    const after = tokens[givenEnd];
    if (!after || (after.text !== '.' && after.text !== '(')) continue;
    if (!givenNames(tokens, givenStart, givenEnd)) continue;
    found.push(mentionFromTokens(doc, 'person', i, comma, 'person.death-notice', STRENGTH));
    found.push(mentionFromTokens(doc, 'person', givenStart, givenEnd, 'person.death-notice', STRENGTH));
    i = givenEnd;
  }
  return found;
}

/** Does the token open a line (the text's start, or a line break before it)? */
function opensLine(doc: Doc, token: Token): boolean {
  if (token.start === 0) return true;
  for (let k = token.start - 1; k >= 0; k--) {
    const c = doc.text.charCodeAt(k);
    if (c === 10) return true;
    if (c !== 32 && c !== 9 && c !== 13) return false;
  }
  return true;
}

/** Are the words given names: the first a known first name or no listed word, none a country, a region, a town or a common word that is no first name? */
function givenNames(tokens: Token[], start: number, end: number): boolean {
  for (let k = start; k < end; k++) {
    const flags = tokenFlags(tokens[k]);
    // (a country or a region is a dateline's, even one that is a first name too: "TAIBE, Israel")
    if (flags & (FLAGS.country | FLAGS.region | FLAGS.stateAbbreviation)) return false;
    if (flags & (PLACE_FLAGS | FLAGS.common | FLAGS.title | FLAGS.time | FLAGS.organization) && !(flags & FLAGS.given)) return false;
    if (k === start && flags !== 0 && !(flags & FLAGS.given)) return false;
  }
  return true;
}
