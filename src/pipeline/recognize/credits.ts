// Wire and credit lines: "(AP)", "(Reuters)", "/TASS/", "- Interfax": the news organization the
// story comes from. An organization mention marked source: true, so users can filter it out of
// "who is in the story".

import { Doc, Mention } from '../../model';
import { FLAGS } from '../../lexicon';
import { longestPhraseAt } from './gazetteer';
import { mentionFromTokens } from './mention';

const BRACKETS = new Map([['(', ')'], ['/', '/'], ['[', ']']]);

export function recognizeCredits(doc: Doc): Mention[] {
  const found: Mention[] = [];
  const tokens = doc.tokens;
  for (let i = 0; i + 2 < tokens.length; i++) {
    const text = tokens[i].text;
    if (text !== '(' && text !== '/' && text !== '[') continue;
    const close = BRACKETS.get(text);
    if (!close) continue;
    const agency = longestPhraseAt(doc, i + 1, FLAGS.media);
    if (!agency || tokens[agency.end]?.text !== close) continue;
    found.push(mentionFromTokens(doc, 'organization', i + 1, agency.end, 'organization.credit', 0.95, { source: true }));
    i = agency.end;
  }
  return found;
}
