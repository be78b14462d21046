// A newspaper's own title often begins with a capitalized "The": "The Harbour Times", "The Velmora
// Post". Written so, in the middle of a sentence as at its start, the "The" is part of the name
// ("according to The Harbour Times"), as newspapers print their mastheads and as CoNLL and OntoNotes
// annotate them; a lower-case "the" is the writer's article ("the Harbour Times") and stays out.
// Only titles of two words or more: a lone "The Times" or "The Journal" is as often the article
// before a paper's short name; not where a noun or a number follows the title ("The Harbour Times
// reporter", "The Harbour Times 250 index"): there "The" opens that longer phrase; and not for a
// listed body that is no news organization ("The Deutsche Post", the mail firm).

import { Doc, Mention } from '../../model';
import { FLAGS } from '../../lexicon';
import { isNounAfter } from '../recognize/candidates';
import { phraseFlags } from '../recognize/gazetteer';

/** The last word of a newspaper's title (written by us) */
export const PAPER_HEADS = new Set([
  'times', 'post', 'journal', 'tribune', 'herald', 'guardian', 'telegraph', 'chronicle', 'gazette', 'inquirer',
  'globe', 'observer', 'mirror', 'independent', 'standard', 'star', 'sun', 'examiner', 'bulletin',
  'courier', 'dispatch', 'register', 'monitor', 'mercury', 'argus', 'sentinel', 'record', 'statesman', 'spectator',
]);

export function withPaperTitles(doc: Doc, mentions: Mention[]): Mention[] {
  const tokens = doc.tokens;
  for (const m of mentions) {
    if (m.type !== 'organization' || m.tokenEnd - m.tokenStart < 2 || !PAPER_HEADS.has(tokens[m.tokenEnd - 1].lower)) continue;
    const before = tokens[m.tokenStart - 1];
    if (!before || before.text !== 'The' || before.sentence !== tokens[m.tokenStart].sentence) continue;
    if (before.end + 1 !== m.start) continue;
    if (opensLongerPhrase(doc, m.tokenEnd, before.sentence)) continue;
    const flags = phraseFlags(doc, m.tokenStart, m.tokenEnd);
    if (flags & FLAGS.organization && !(flags & FLAGS.media)) continue;
    m.start = before.start;
    m.tokenStart -= 1;
  }
  return mentions;
}

/**
 * A number, or a lower-case word that is no verb ("said", "quoted") and no function word, after the
 * title ("reporter", "website"): there "The" is the article of a longer phrase.
 */
function opensLongerPhrase(doc: Doc, i: number, sentence: number): boolean {
  const after = doc.tokens[i];
  if (!after || after.sentence !== sentence) return false;
  return after.shape === 'number' || (isNounAfter(doc, i, sentence) && !after.lower.endsWith('ed'));
}
