// A body's name may itself hold "and": "the Tarvel Weavers and Dyers Institute", "The Safety and
// Mines Review Body", "the Orvane Volcanic, Seismic and Tidal Survey". The head-noun rule finds the
// name from the capitalized run that ends in its head ("Dyers Institute") and stops at the "and".
// Where the words before the "and" are capitalized words no rule typed, opened by an article, they
// are the same name's first half, not a second name of their own ("the Velk Bank and Orsa Fund"
// keeps two bodies: the first is typed). The word just before "and" is an ordinary word, a word no
// list knows ("Radio-telegraph"; not one holding a people's or a place's word, "Anti-French"), or
// a one-word place the story only guessed ("Crofters in Dunvarrow ... the Dunvarrow and Hortense
// Orvane Trust"); a listed place, person or body before "and" is a name of its own.

import { Doc, Mention } from '../../model';
import { FLAGS, PLACE_FLAGS, lookup } from '../../lexicon';
import { isUnlisted, tokenFlags } from '../recognize/gazetteer';
import { mentionFromTokens } from '../recognize/mention';

/** The rules that find a body by its head noun alone */
const HEAD_RULES = new Set(['organization.head-noun']);
/** A firm found by what the story says of it ("X's board"), where its last word is a head noun */
const CONTEXT_RULE = 'organization.company-context';
/** Words before the run that open one name: an article or an owner's pronoun */
const OPENERS = new Set(['the', 'its', 'their']);
/** At most this many words in the first half ("the Tarsk Volcanic, Seismic and ...") */
const MAX_FIRST_HALF = 5;
/** What the word just before "and" must not be known as: a name of its own */
const NAME_OF_ITS_OWN = PLACE_FLAGS | FLAGS.person | FLAGS.given | FLAGS.surname | FLAGS.organization | FLAGS.orgHead | FLAGS.legalSuffix;

export function withCoordinatedBodyNames(doc: Doc, mentions: Mention[]): Mention[] {
  const tokens = doc.tokens;
  let out: Mention[] | null = null;
  for (const m of mentions) {
    if (m.type !== 'organization' || !(HEAD_RULES.has(m.rule) || (m.rule === CONTEXT_RULE && tokenFlags(tokens[m.tokenEnd - 1]) & FLAGS.orgHead))) continue;
    // "and" before the name, or ", " before a name that holds its "and" ("Seismic, [Tidal and Ocean Survey]")
    const and = tokens[m.tokenStart - 1];
    const word = tokens[m.tokenStart - 2];
    if (!and || !word || and.sentence !== tokens[m.tokenStart].sentence || word.sentence !== and.sentence) continue;
    if (and.text !== 'and' && !(and.text === ',' && holdsAnd(tokens, m))) continue;
    // (an ordinary word of a trade, "Growers", "Seismic": not a people's or a name's, "Anti-Velkan and ...")
    if (word.shape !== 'title' || !(tokenFlags(word) & FLAGS.common || unknownWord(word)) || tokenFlags(word) & NAME_OF_ITS_OWN || !guessedOrFree(mentions, m.tokenStart - 2)) continue;
    // back over capitalized words (and ", " between two of them) no person or body holds
    let start = m.tokenStart - 2;
    while (start > 0 && m.tokenStart - 1 - start < MAX_FIRST_HALF) {
      const before = tokens[start - 1];
      if (before.sentence !== word.sentence) break;
      if (before.text === ',' && tokens[start - 2]?.shape === 'title' && tokens[start - 2].sentence === word.sentence && coveredBy(mentions, start - 2) === null) {
        start -= 2;
        continue;
      }
      if ((before.shape !== 'title' && before.shape !== 'upper') || OPENERS.has(before.lower)) break;
      const holder = coveredBy(mentions, start - 1);
      if (holder !== null && holder.type !== 'place') break;
      start--;
    }
    const opener = tokens[start - 1];
    if (!opener || opener.sentence !== word.sentence || !OPENERS.has(opener.lower)) continue;
    // (the first half's places are the name's words: "the Orvane Crafts and Arts Institute")
    const inside = (x: Mention) => x !== m && x.tokenStart >= start && x.tokenEnd <= m.tokenStart;
    if (mentions.some((x) => inside(x) && x.type !== 'place' && x.type !== 'date')) continue;
    out ??= mentions.slice();
    const whole = mentionFromTokens(doc, 'organization', start, m.tokenEnd, 'organization.coordinated-name', m.strength);
    out = out.filter((x) => x !== m && !(inside(x) && x.type === 'place'));
    out.push(whole);
  }
  return out ? out.sort((a, b) => a.start - b.start || b.end - a.end) : mentions;
}

/**
 * A word no list knows ("Kirkvale", "Radio-television"): a place's or a trade's own word, which a
 * body's first half holds as well as an ordinary one ("the Kirkvale and Glen Arra Land Trust")
 */
function unknownWord(token: Doc['tokens'][number]): boolean {
  if (isUnlisted(token) === false) return false;
  // "Anti-Velkan", "Sino-Velkan": a people's word inside, a side of its own ("the Anti-Velkan and National ...")
  return !token.lower.split('-').some((part) => lookup(part) & (FLAGS.demonym | PLACE_FLAGS));
}

/** Token i is in no mention, or only in a one-word place no list knows (a guess from the words around it) */
function guessedOrFree(mentions: readonly Mention[], i: number): boolean {
  const holder = coveredBy(mentions, i);
  return holder === null || (holder.type === 'place' && holder.tokenEnd - holder.tokenStart === 1 && holder.tokenStart === i && holder.rule !== 'place.gazetteer');
}

/** The mention that covers token i, or null */
function coveredBy(mentions: readonly Mention[], i: number): Mention | null {
  for (const x of mentions) if (x.type !== 'date' && x.tokenStart <= i && i < x.tokenEnd) return x;
  return null;
}

/** Does the mention hold a lower-case "and" between its words? */
function holdsAnd(tokens: Doc['tokens'], m: Mention): boolean {
  for (let i = m.tokenStart + 1; i < m.tokenEnd - 1; i++) if (tokens[i].text === 'and') return true;
  return false;
}
