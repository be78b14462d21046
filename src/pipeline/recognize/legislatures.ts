// The chamber of a legislature called "House": "the House voted", "House Speaker Ann Vell", "House
// and Senate negotiators", "the Republican House". In a story that names another chamber or the
// legislature ("Senate", "Congress", "lawmakers"), a capitalized "House" that opens no longer name
// ("White House", "House of Commons", "Opera House", "House Banking Committee") is an organization.

import { Doc, Mention } from '../../model';
import { isFiniteVerb } from '../../lexicon/word-tags';
import { chunkText, opensSentence } from './candidates';
import { isCapitalized } from './gazetteer';
import { mentionFromTokens, newMentions } from './mention';
import { titlesFrom } from './titles';

/** Words that show the story is about a legislature (in lower case; "Rep." and "Sen." as written) */
const LEGISLATURE_WORDS = new Set(['senate', 'congress', 'congressional', 'lawmakers', 'legislators', 'legislature', 'congressman', 'congresswoman', 'senator', 'senators', 'parliament', 'parliamentary']);
const LEGISLATOR_TITLES = new Set(['Rep', 'Sen']);
/** Capitalized words that may stand before the chamber: "The House", "the Republican House", "A House panel" */
const BEFORE_CHAMBER = new Set(['the', 'a', 'an', 'former', 'republican', 'democratic', 'democrat', 'entire', 'full']);
/** Capitalized words after the chamber that name its members, not a longer name: "House Democrats" */
const CHAMBER_MEMBERS = new Set(['democrats', 'republicans', 'democratic', 'republican', 'gop']);

export function recognizeLegislatures(doc: Doc): Mention[] {
  // most stories have no "House" at all: one scan of the text spares the token loop
  if (!chunkText(doc).includes('House')) return [];
  const tokens = doc.tokens;
  let houses = 0;
  let legislature = false;
  for (const token of tokens) {
    if (token.text === 'House') houses++;
    else if (LEGISLATURE_WORDS.has(token.lower) || LEGISLATOR_TITLES.has(token.text)) legislature = true;
  }
  if (houses === 0 || !legislature) return [];
  const found = newMentions();
  for (let i = 0; i < tokens.length; i++) {
    const house = tokens[i];
    if (house.text !== 'House') continue;
    const before = tokens[i - 1];
    const after = tokens[i + 1];
    // not the end of a longer name, even one that opens the sentence: "White House", "Opera House"
    // (a party or "the" may stand before it)
    const beforeInName = before && before.sentence === house.sentence && isCapitalized(before) && !BEFORE_CHAMBER.has(before.lower);
    if (beforeInName || (before?.text === '-' && !before.spaceBefore)) continue;
    // not the start of one: "House of Commons", "House Banking Committee"; a title may follow ("House Speaker")
    if (after && after.sentence === house.sentence) {
      if (after.lower === 'of') continue;
      if (isCapitalized(after) && !titlesFrom(doc, i + 1) && !CHAMBER_MEMBERS.has(after.lower)) continue;
    }
    // opening a sentence, "House" is the chamber only before a verb, a title, its members or "and":
    // "House voted", "House Democrats said", not "House prices rose"
    if (opensSentence(house, before) && !(after && (after.lower === 'and' || CHAMBER_MEMBERS.has(after.lower) || titlesFrom(doc, i + 1) || (after.shape === 'lower' && isFiniteVerb(after.lower))))) continue;
    found.push(mentionFromTokens(doc, 'organization', i, i + 1, 'organization.legislature', 0.8));
  }
  return found;
}
