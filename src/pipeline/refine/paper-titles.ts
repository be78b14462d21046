// A newspaper's own title often begins with a capitalized "The": "The Harbour Times", "The Velmora
// Post". Written so, in the middle of a sentence as at its start, the "The" is part of the name
// ("according to The Harbour Times"), as newspapers print their mastheads and as CoNLL and OntoNotes
// annotate them; a lower-case "the" is the writer's article ("the Harbour Times") and stays out.
// Only titles of two words or more: a lone "The Times" or "The Journal" is as often the article
// before a paper's short name; and not where a noun or a number follows the title ("The Harbour
// Times newspaper", "The Harbour Times 100 index"): there "The" opens that longer phrase.

import { Doc, Mention } from '../../model';

/** The last word of a newspaper's title (written by us) */
const PAPER_HEADS = new Set([
  'times', 'post', 'journal', 'tribune', 'herald', 'guardian', 'telegraph', 'chronicle', 'gazette', 'inquirer',
  'globe', 'observer', 'mirror', 'independent', 'standard', 'star', 'sun', 'express', 'examiner', 'bulletin',
  'courier', 'dispatch', 'register', 'monitor', 'mercury', 'argus', 'sentinel', 'record', 'statesman', 'spectator',
]);

/** A word after the title that makes "The" the article of a longer phrase */
const PHRASE_AFTER = new Set(['newspaper', 'paper', 'daily', 'weekly', 'editorial', 'index']);

export function withPaperTitles(doc: Doc, mentions: Mention[]): Mention[] {
  const tokens = doc.tokens;
  for (const m of mentions) {
    if (m.type !== 'organization' || m.tokenEnd - m.tokenStart < 2 || !PAPER_HEADS.has(tokens[m.tokenEnd - 1].lower)) continue;
    const before = tokens[m.tokenStart - 1];
    if (!before || before.text !== 'The' || before.sentence !== tokens[m.tokenStart].sentence) continue;
    if (before.end + 1 !== m.start) continue;
    const after = tokens[m.tokenEnd];
    if (after && after.sentence === before.sentence && (after.shape === 'number' || PHRASE_AFTER.has(after.text))) continue;
    m.start = before.start;
    m.tokenStart -= 1;
  }
  return mentions;
}
