// Acronyms in brackets after a name: "the Committee for National Security (KNB)", "the Free
// Democratic Party (FDP)", and a body's short name written as a word ("(Ibama)"). The acronym is
// the same kind of entity as the name it follows; the
// one-sense refiner then types its other mentions ("The KNB said ...").
// Reads the organizations and places found before it.

import { Doc, Mention, Token } from '../../model';
import { FLAGS } from '../../lexicon';
import { isUnlisted, tokenFlags } from './gazetteer';
import { mentionFromTokens, newMentions } from './mention';

/** Capitals of any alphabet: "KNB", "TÜBİTAK", "ČEZ" */
const ACRONYM = /^\p{Lu}[\p{Lu}0-9&.]{1,7}$/u;
/** A short name written as a word: "Ibama", "Fiocruz", "Fedeciclismo" */
const WORD_SHORT_NAME = /^\p{Lu}\p{Ll}{3,12}$/u;

function isUnknownShortName(token: Token): boolean {
  return WORD_SHORT_NAME.test(token.text) && isUnlisted(token);
}
const MIN_STRENGTH = 0.6;

export function recognizeBracketedAcronyms(doc: Doc): Mention[] {
  const tokens = doc.tokens;
  // strongest organization or place ending at each token
  const endingAt = new Map<number, Mention>();
  for (const m of doc.annotations) {
    if ((m.type !== 'organization' && m.type !== 'place') || m.strength < MIN_STRENGTH) continue;
    const known = endingAt.get(m.tokenEnd);
    if (!known || known.tokenEnd - known.tokenStart < m.tokenEnd - m.tokenStart) endingAt.set(m.tokenEnd, m);
  }
  const found = newMentions();
  for (let i = 1; i + 2 < tokens.length; i++) {
    if (tokens[i].text !== '(' || tokens[i + 2].text !== ')') continue;
    const acronym = tokens[i + 1];
    const name = endingAt.get(i);
    if (!name || name.tokenEnd - name.tokenStart < 2) continue;
    // ("the Brazilian Institute of Environment (Ibama)": a body's short name may be written as a
    // word, one no list knows; not "(Spain)", "(Reuters)")
    if (!ACRONYM.test(acronym.text) && !(name.type === 'organization' && isUnknownShortName(acronym))) continue;
    // ("University of Tarvel (UK)", "Orvell College (US)": a country's letters after a body say where it is)
    if (name.type === 'organization' && tokenFlags(acronym) & FLAGS.country) continue;
    found.push(mentionFromTokens(doc, name.type, i + 1, i + 2, `${name.type}.bracketed-acronym`, 0.8));
  }
  return found;
}

/** Lower-case nouns of a body that an acronym in apposition names: "the cocoa marketing board, TARCOBOD," */
const BODY_NOUNS = new Set(['board', 'mission', 'agency', 'authority', 'party', 'union', 'movement', 'front', 'council', 'commission', 'committee', 'company', 'corporation', 'firm', 'bank', 'group', 'federation', 'association', 'alliance', 'organisation', 'organization', 'institute', 'utility', 'regulator', 'operator', 'carrier', 'airline', 'broadcaster', 'network', 'cooperative', 'co-op', 'coalition', 'militia', 'monopoly', 'insurer', 'lender', 'syndicate', 'consortium', 'secretariat', 'office', 'ministry', 'department']);
/** What closes the apposition after the acronym */
const APPOSITION_ENDS = new Set([',', '.', ';', ')']);
/** Capitals of a body's acronym or short name in capitals: "TARCOBOD", "MINVELSO" */
const APPOSED_ACRONYM = /^\p{Lu}[\p{Lu}0-9&]{2,8}$/u;

/**
 * "Velmar's cocoa marketing board, TARCOBOD, said", "the peacekeeping mission, MINVELSO, at ...": an
 * acronym set off by commas after a body's lower-case noun names that body; the one-sense refiner
 * types its other mentions ("TARCOBOD also said ..."). Not a word the lists know as a place, a
 * person or a title.
 */
export function recognizeApposedAcronyms(doc: Doc): Mention[] {
  const tokens = doc.tokens;
  const found = newMentions();
  for (let i = 2; i + 1 < tokens.length; i++) {
    const acronym = tokens[i];
    if (tokens[i - 1].text !== ',' || !APPOSED_ACRONYM.test(acronym.text) || !APPOSITION_ENDS.has(tokens[i + 1].text)) continue;
    const noun = tokens[i - 2];
    if (noun.shape !== 'lower' || !BODY_NOUNS.has(noun.lower) || noun.sentence !== acronym.sentence) continue;
    if (tokenFlags(acronym) & (FLAGS.country | FLAGS.city | FLAGS.region | FLAGS.person | FLAGS.given | FLAGS.title | FLAGS.time)) continue;
    found.push(mentionFromTokens(doc, 'organization', i, i + 1, 'organization.apposed-acronym', 0.75));
  }
  return found;
}
