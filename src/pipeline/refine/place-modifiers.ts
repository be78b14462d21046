// A place that opens a longer name is no place of its own: "the Nevada Caucus", "the Oslo Quartet",
// "the Kellby Municipal Hospital", "the Lyon Uprising". When a known place is
// followed, in the same run of capitals, by an ordinary word that is no title, the place only
// qualifies that name (an organization, a building, an event we may not know), and reporting it
// as a place mention would be wrong. Titles are the exception: "U.S. President X", "Ohio Governor
// X", "U.S. District Judge X" keep their place. So is a country's letters glued to a dollar sign:
// "HK$40 million", "NZ$8 million" name a currency.

import { Doc, Mention } from '../../model';
import { FLAGS, PLACE_FLAGS } from '../../lexicon';
import { titlesFrom } from '../recognize/titles';
import { tokenFlags } from '../recognize/gazetteer';

/** The rules that type a place by its name alone, with no word around it saying so */
const NAME_ONLY_RULES = new Set(['place.gazetteer', 'place.one-sense']);
/** How many capitalized words after the place a title may come: "Ohio Agriculture Secretary" */
const MAX_WORDS_BEFORE_TITLE = 2;
/** A word that may follow a place without making it a modifier: a name, a place, a time, a title */
const NOT_MODIFIED = FLAGS.given | FLAGS.surname | FLAGS.person | PLACE_FLAGS | FLAGS.time | FLAGS.demonym | FLAGS.title | FLAGS.titleModifier;

export function withoutPlaceModifiers(doc: Doc, mentions: Mention[]): Mention[] {
  return mentions.filter((m) => m.type !== 'place' || !NAME_ONLY_RULES.has(m.rule) || !(opensLongerName(doc, m) || isCurrencyPrefix(doc, m)));
}

/** "HK$", "NZ$", "US$": the place's letters and a dollar sign with no space between */
function isCurrencyPrefix(doc: Doc, m: Mention): boolean {
  const sign = doc.tokens[m.tokenEnd];
  return sign !== undefined && sign.text === '$' && sign.start === m.end;
}

function opensLongerName(doc: Doc, m: Mention): boolean {
  const tokens = doc.tokens;
  const last = tokens[m.tokenEnd - 1];
  const next = tokens[m.tokenEnd];
  if (!next || next.sentence !== last.sentence || next.shape !== 'title' || next.start !== last.end + 1) return false;
  // in a headline or a wire's capitals every word is capitalized
  const sentence = doc.sentences[last.sentence - doc.sentences[0].index];
  if (sentence?.allCaps || sentence?.titleCase) return false;
  // "U.S." may end its sentence ("... in the U.S. Yesterday ...")
  if (last.text.endsWith('.')) return false;
  const flags = tokenFlags(next);
  if (!(flags & FLAGS.common) || flags & NOT_MODIFIED) return false;
  // "Tarnley District Judge Ann Vell", "Ohio Agriculture Secretary X": a title a word or two on
  for (let i = m.tokenEnd; i < Math.min(m.tokenEnd + MAX_WORDS_BEFORE_TITLE + 1, tokens.length); i++) {
    if (tokens[i].shape !== 'title' || tokens[i].sentence !== last.sentence) break;
    if (titlesFrom(doc, i)) return false;
  }
  return true;
}
