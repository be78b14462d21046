// A mosque, temple, synagogue or cathedral named by its own name is a building, a place: "the Qasr
// Mosque", "the Ramteerth Mandir", "the Velbrook Synagogue". The head-noun rule types every name
// that ends in such a head a body. News rarely names the body that runs one by the building's head
// ("the Velbrook Synagogue said"), so a name ending in one becomes a place when one of its words is
// the building's own (no ordinary word, creed or people: not "Great", "Reform", "Hindu"). Churches
// stay bodies: "the Unification Church", "the Dutch Reformed Church" are denominations, and a
// church by its name is a congregation as often as a building (conventions differ: the eval files
// and the probes do not agree on "St Aldhelm's Church").

import { Doc, Mention } from '../../model';
import { FLAGS } from '../../lexicon';
import { tokenFlags } from '../recognize/gazetteer';
import { retypedMention } from '../recognize/mention';

/** Heads of a building of worship (not "Abbey": a firm's name too, "Abbey National"; not "Church") */
const HOUSES = new Set(['mosque', 'masjid', 'temple', 'mandir', 'synagogue', 'gurdwara', 'cathedral', 'basilica', 'chapel', 'shrine', 'dargah', 'pagoda']);
/** Flags of a word that is no name of the building's own: an ordinary word, a creed or a people, a title */
const NOT_OWN_WORD = FLAGS.common | FLAGS.demonym | FLAGS.time | FLAGS.title;

export function withWorshipPlaces(doc: Doc, mentions: Mention[]): Mention[] {
  const tokens = doc.tokens;
  let out: Mention[] | null = null;
  mentions.forEach((m, index) => {
    if (m.type !== 'organization' || m.tokenEnd - m.tokenStart < 2 || !HOUSES.has(tokens[m.tokenEnd - 1].lower)) return;
    // "Shirley Temple", "Ada Chapel": a first name and the head are a person's name
    if (m.tokenEnd - m.tokenStart === 2 && tokenFlags(tokens[m.tokenStart]) & FLAGS.given) return;
    if (!holdsOwnWord(doc, m)) return;
    out ??= mentions.slice();
    out[index] = retypedMention(m, 'place', 'place.worship-building');
  });
  return out ?? mentions;
}

/** Does a word before the head name this building (a capitalized word no list knows as an ordinary word)? */
export function holdsOwnWord(doc: Doc, m: Mention): boolean {
  for (let i = m.tokenStart; i < m.tokenEnd - 1; i++) {
    const token = doc.tokens[i];
    if (token.shape !== 'title' && token.shape !== 'upper') continue;
    if (!(tokenFlags(token) & NOT_OWN_WORD)) return true;
  }
  return false;
}
