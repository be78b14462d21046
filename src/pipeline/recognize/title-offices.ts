// Institutions named by a title and a possessive: "the Prosecutor's Office", "the Attorney
// General's Office", "the Harlow County Sheriff's Department". The "'s" there is no person's
// possessive, and the whole phrase, title included, is one organization.

import { Doc, Mention } from '../../model';
import { isCapitalized } from './gazetteer';
import { mentionFromTokens, newMentions } from './mention';
import { hasPossessive } from './possessive-names';
import { titleBefore } from './titles';

/** What a title's institution is called after the "'s" */
const OFFICE_HEADS = new Set(['office', 'department', 'bureau', 'service', 'chambers', 'secretariat', 'directorate', 'administration', 'staff', 'court']);

/** Titles whose "'s Court" is a court of law */
const COURT_TITLES = new Set(['magistrate']);

export function recognizeTitleOffices(doc: Doc): Mention[] {
  if (!hasPossessive(doc.text)) return [];
  const tokens = doc.tokens;
  const found = newMentions();
  for (let i = 1; i < tokens.length - 1; i++) {
    const clitic = tokens[i];
    if (clitic.lower !== "'s" || clitic.spaceBefore) continue;
    const head = tokens[i + 1];
    if (head.sentence !== clitic.sentence || head.shape !== 'title' || !OFFICE_HEADS.has(head.lower)) continue;
    const title = titleBefore(doc, i);
    // the title itself capitalized ("the prosecutor's office" is a description)
    if (!title || !isCapitalized(tokens[i - 1])) continue;
    // a court only a magistrate's: "the Velmar Magistrate's Court" (not "the King's Court", a building)
    if (head.lower === 'court' && !COURT_TITLES.has(tokens[i - 1].lower)) continue;
    // "Harlow County Sheriff's Office", "U.S. Trade Representative's Office": capitalized words before the title belong to it
    let start = title.start;
    while (start > 0 && tokens[start - 1].sentence === clitic.sentence && isCapitalized(tokens[start - 1]) && !tokens[start - 1].sentenceInitial) start--;
    found.push(mentionFromTokens(doc, 'organization', start, i + 2, 'organization.title-office', 0.85));
  }
  return found;
}
