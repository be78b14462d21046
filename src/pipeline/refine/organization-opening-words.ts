// An organization's name may open with an ordinary word the lists do not hold as part of it:
// "advises Rural Kessvik", "accounts at First Tarnley", "guaranteed by National Orvell". The rule that
// found the body knew only its last words ("Kessvik", "Tarnley"), but the word before them is
// written with a capital in the middle of a sentence, where an ordinary word has none: it belongs
// to the name. It opens the name only alone (after a lower-case word or a comma: "the Tarnley
// Heights Kessvik" is another name's end), in a sentence of mixed case (in a headline or a wire's
// capitals every word has a capital), only an ordinary word (a capital on a word no list knows
// says nothing: "a Morvex Pentagon correspondent"), and where it is no word of its own kind: a place, a people,
// a title, a time, a body ("House"), a number ("Three", "Sixth"), a small word of grammar ("At",
// "Does") or a word shaped like a people's adjective ("the Tarnish Red Crescent").

import { Doc, Mention, Token } from '../../model';
import { FLAGS, PLACE_FLAGS } from '../../lexicon';
import { isFiniteVerb } from '../../lexicon/word-tags';
import { tokenFlags } from '../recognize/gazetteer';
import { remadeMention } from '../recognize/mention';
import { PARTY_ADJECTIVES } from '../recognize/organizations';

const NOT_OPENING = PLACE_FLAGS | FLAGS.demonym | FLAGS.title | FLAGS.titleModifier | FLAGS.time | FLAGS.notName | FLAGS.town | FLAGS.organization | FLAGS.orgHead | FLAGS.stateAbbreviation | FLAGS.legalSuffix | FLAGS.person | FLAGS.given | FLAGS.language;

/** closed-class words and number words, from general knowledge: a capital on them says nothing of a name */
const GRAMMAR_WORDS = new Set([
  'a', 'an', 'the', 'this', 'that', 'these', 'those', 'its', 'his', 'her', 'their', 'our', 'my', 'your',
  'at', 'in', 'on', 'of', 'for', 'to', 'by', 'with', 'from', 'into', 'onto', 'over', 'under', 'about', 'after', 'before', 'against', 'via', 'per', 'as',
  'and', 'or', 'but', 'nor', 'if', 'when', 'while', 'where', 'then', 'than', 'so', 'yet', 'also', 'not', 'no', 'yes', 'all', 'any', 'each', 'every', 'some',
  'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'twenty', 'hundred', 'thousand',
  'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth', 'eighteenth', 'twentieth',
  'next', 'last', 'new', 'old', 'former', 'modern', 'free', 'plan', 'does', 'do', 'did', 'is', 'are', 'was', 'were', 'be', 'has', 'have', 'had',
]);

/** a legislature's chambers */
const CHAMBERS = new Set(['house', 'senate', 'congress']);

/** the endings of a people's adjective: "-ish", "-ese", "-ian" */
const PEOPLE_SUFFIX = /(?:ish|ese|ian)$/;

export function withOrganizationOpeningWords(doc: Doc, mentions: Mention[]): Mention[] {
  if (mentions.length === 0) return mentions;
  const tokens = doc.tokens;
  // the tokens some mention already covers
  let covered: Set<number> | null = null;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    if (m.type !== 'organization' || m.tokenStart < 2) continue;
    const word = tokens[m.tokenStart - 1];
    if (!opensName(doc, word, tokens[m.tokenStart - 2], tokens[m.tokenStart])) continue;
    if (covered === null) {
      covered = new Set();
      for (const other of mentions) for (let t = other.tokenStart; t < other.tokenEnd; t++) covered.add(t);
    }
    if (covered.has(word.index)) continue;
    mentions[i] = remadeMention(m, m.type, m.rule, word.start, m.end, word.index, m.tokenEnd, undefined);
  }
  return mentions;
}

function opensName(doc: Doc, word: Token, before: Token, first: Token): boolean {
  if (word.shape !== 'title' || word.sentenceInitial || word.lineStart || first.lineStart || word.sentence !== first.sentence) return false;
  if (first.start !== word.end + 1 || word.text.length < 2 || word.text.includes('-')) return false;
  if (before.sentence !== word.sentence || !(before.shape === 'lower' || before.text === ',')) return false;
  const sentence = doc.sentences[word.sentence - doc.sentences[0].index];
  if (!sentence || sentence.allCaps || sentence.titleCase) return false;
  if (GRAMMAR_WORDS.has(word.lower) || isFiniteVerb(word.lower)) return false;
  // ("the Democratic House speaker": a party's adjective describes the chamber its members hold)
  if (PARTY_ADJECTIVES.has(word.lower) && CHAMBERS.has(first.lower)) return false;
  // a people's adjective by its shape, where the lists do not know it ("the Tarnish Red Crescent")
  if (PEOPLE_SUFFIX.test(word.lower)) return false;
  // an ordinary word: a capital on a word no list knows says nothing ("a Morvex Pentagon correspondent")
  const flags = tokenFlags(word);
  return (flags & FLAGS.common) !== 0 && (flags & NOT_OPENING) === 0;
}
