// Press reviews: a wire's round-up of the day's papers opens each item (a line or a sentence) with
// the paper's name in capitals and a dash ("HALVARD POST - The minister said ...", "DAGBLAD VEST --
// Talks resumed ..."). Two or more such lines make the story a press review, and their names
// are news organizations. A place ("OSLO - ...", a dateline) or a sport ("SOCCER - ...") is none.

import { Doc, Mention } from '../../model';
import { FLAGS, PLACE_FLAGS } from '../../lexicon';
import { phraseFlags, tokenFlags } from './gazetteer';
import { mentionFromTokens, newMentions } from './mention';
import { STRONG_SPORTS_WORDS } from './sports';

const MAX_NAME_TOKENS = 4;
const MIN_ITEMS = 2;
const NOT_PAPER = PLACE_FLAGS | FLAGS.demonym | FLAGS.title | FLAGS.time | FLAGS.notName;

/** Does the line's run of capitals go on at token i ("--- DAGBLAD VEST FERRY FIRE INJURES TWO")? */
function headlineInCapitals(doc: Doc, i: number): boolean {
  const token = doc.tokens[i];
  return token !== undefined && token.shape === 'upper' && !token.lineStart;
}

/** The first token in [from, end) that is an ordinary word, or end */
function firstOrdinaryWord(doc: Doc, from: number, end: number): number {
  for (let i = from; i < end; i++) if (tokenFlags(doc.tokens[i]) & FLAGS.common) return i;
  return end;
}

/** "NOTE -", "TOTAL VOLUME -": the labels of a table, not papers' names. */
function allOrdinaryWords(doc: Doc, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (!(tokenFlags(doc.tokens[i]) & FLAGS.common)) return false;
  return true;
}

/**
 * A story that says it is a press review near its start: "PRESS DIGEST", "the top stories in the
 * Velkan press". Then one item is enough, and an item may open after a rule of dashes ("---
 * DAGBLAD VEST Talks resumed ...").
 */
const SAYS_PRESS_REVIEW = /\bpress digest\b|\b(?:leading|main|top) stor(?:y|ies) in\b[^.]{0,60}\b(?:press|papers|newspapers|dailies)\b/i;
const PRESS_REVIEW_OPENING = 400;

export function recognizePressReview(doc: Doc): Mention[] {
  const tokens = doc.tokens;
  const items: { start: number; end: number }[] = [];
  // (the story's opening, not a later chunk's: a long story is analysed in parts)
  const storyStart = doc.text.search(/\S/);
  const saysReview = tokens.length > 0 && storyStart >= 0 && SAYS_PRESS_REVIEW.test(doc.text.slice(storyStart, storyStart + PRESS_REVIEW_OPENING));
  for (let i = 1; i < tokens.length; i++) {
    // "--- DAGBLAD VEST Talks resumed": in a review, a paper's name after a rule of dashes, before a capitalized word
    if (saysReview && tokens[i].shape === 'upper' && /^-{3,}$/.test(tokens[i - 1].text)) {
      let end = i;
      while (end < tokens.length && end - i < MAX_NAME_TOKENS && tokens[end].shape === 'upper' && (end === i || !tokens[end].lineStart)) end++;
      // a headline in capitals too ("--- DAGBLAD VEST FERRY FIRE INJURES TWO"): the name stops at its first ordinary word
      if (end - i === MAX_NAME_TOKENS && headlineInCapitals(doc, end)) end = firstOrdinaryWord(doc, i + 1, end);
      const opening = tokens[end];
      if (end > i && opening && (opening.shape === 'title' || opening.shape === 'upper') && !(phraseFlags(doc, i, end) & NOT_PAPER) && !allOrdinaryWords(doc, i, end)) {
        items.push({ start: i, end });
        continue;
      }
    }
    if (!(tokens[i].lineStart || tokens[i].sentenceInitial) || tokens[i].shape !== 'upper') continue;
    let end = i;
    // the name may end its line, the dash opening the next ("DAGBLAD VEST\n- Talks resumed")
    while (end < tokens.length && end - i < MAX_NAME_TOKENS && tokens[end].shape === 'upper' && (end === i || !tokens[end].lineStart)) end++;
    // in a story that says it is a review, a name alone at its line's end may close with an
    // issue's number ("VELKAN 24\n- ...")
    if (saysReview && end > i && tokens[end]?.shape === 'number' && !tokens[end].lineStart && tokens[end + 1]?.lineStart) end++;
    const dash = tokens[end];
    const opening = tokens[end + 1];
    if (!dash || (dash.text !== '-' && dash.text !== '--') || !dash.spaceBefore || !opening || opening.shape === 'lower') continue;
    // ordinary words are a label ("NOTE -"), unless the story says it is a review and the name
    // ends its line, the item's dash opening the next ("THE MORNING\n- Talks resumed")
    const ownLine = saysReview && dash.lineStart;
    if (phraseFlags(doc, i, end) & NOT_PAPER || STRONG_SPORTS_WORDS.has(tokens[i].lower) || (!ownLine && allOrdinaryWords(doc, i, end))) continue;
    items.push({ start: i, end });
  }
  if (items.length < (saysReview ? 1 : MIN_ITEMS)) return [];
  // (pushed, not map()ped: map() gives another array form, see refine/headline-names.ts)
  const found = newMentions();
  for (const { start, end } of items) found.push(mentionFromTokens(doc, 'organization', start, end, 'organization.press-review', 0.8));
  return found;
}
