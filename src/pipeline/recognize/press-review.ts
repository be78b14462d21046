// Press reviews: a wire's round-up of the day's papers opens each item (a line or a sentence) with
// the paper's name in capitals and a dash ("HALVARD POST - The minister said ...", "DAGBLAD VEST --
// Talks resumed ..."). Two or more such lines make the story a press review, and their names
// are news organizations. A place ("OSLO - ...", a dateline) or a sport ("SOCCER - ...") is none.

import { Doc, Mention } from '../../model';
import { FLAGS, PLACE_FLAGS } from '../../lexicon';
import { phraseFlags, tokenFlags } from './gazetteer';
import { mentionFromTokens } from './mention';
import { STRONG_SPORTS_WORDS } from './sports';

const MAX_NAME_TOKENS = 4;
const MIN_ITEMS = 2;
const NOT_PAPER = PLACE_FLAGS | FLAGS.demonym | FLAGS.title | FLAGS.time | FLAGS.notName;

/** "NOTE -", "TOTAL VOLUME -": the labels of a table, not papers' names. */
function allOrdinaryWords(doc: Doc, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (!(tokenFlags(doc.tokens[i]) & FLAGS.common)) return false;
  return true;
}

export function recognizePressReview(doc: Doc): Mention[] {
  const tokens = doc.tokens;
  const items: { start: number; end: number }[] = [];
  for (let i = 1; i < tokens.length; i++) {
    if (!(tokens[i].lineStart || tokens[i].sentenceInitial) || tokens[i].shape !== 'upper') continue;
    let end = i;
    // the name may end its line, the dash opening the next ("DAGBLAD VEST\n- Talks resumed")
    while (end < tokens.length && end - i < MAX_NAME_TOKENS && tokens[end].shape === 'upper' && (end === i || !tokens[end].lineStart)) end++;
    const dash = tokens[end];
    const opening = tokens[end + 1];
    if (!dash || (dash.text !== '-' && dash.text !== '--') || !dash.spaceBefore || !opening || opening.shape === 'lower') continue;
    if (phraseFlags(doc, i, end) & NOT_PAPER || STRONG_SPORTS_WORDS.has(tokens[i].lower) || allOrdinaryWords(doc, i, end)) continue;
    items.push({ start: i, end });
  }
  if (items.length < MIN_ITEMS) return [];
  return items.map(({ start, end }) => mentionFromTokens(doc, 'organization', start, end, 'organization.press-review', 0.8));
}
