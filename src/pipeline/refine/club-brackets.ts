// A results table tells two clubs of one name apart by a letter or two in brackets, their town's
// initials ("Velmar (L) 2 Velmar (BJ) 0", "Tarnik (N)"): in a sports story the bracket is part of
// the club's name, and the letters there name no body of their own. Not a country's or a
// region's letters ("Orvell (US)", a place the lists know) and not outside sports, where a bracket
// after a body says which of its wings it is and is no part of the name ("the Congress (Z)").

import { Doc, Mention } from '../../model';
import { PLACE_FLAGS } from '../../lexicon';
import { tokenFlags } from '../recognize/gazetteer';
import { remadeMention } from '../recognize/mention';
import { isSportsStory } from '../recognize/sports';

const TOWN_LETTERS = /^[A-Z]{1,2}$/;

export function withClubBrackets(doc: Doc, mentions: Mention[]): Mention[] {
  const tokens = doc.tokens;
  let sports: boolean | undefined;
  const dropped = new Set<number>();
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    if (m.type !== 'organization') continue;
    const open = tokens[m.tokenEnd];
    const letters = tokens[m.tokenEnd + 1];
    const close = tokens[m.tokenEnd + 2];
    if (open?.text !== '(' || !letters || !close || close.text !== ')' || letters.spaceBefore || close.spaceBefore) continue;
    if (!TOWN_LETTERS.test(letters.text) || tokenFlags(letters) & PLACE_FLAGS) continue;
    if (open.sentence !== tokens[m.tokenEnd - 1].sentence) continue;
    sports ??= isSportsStory(doc);
    if (!sports) break;
    mentions[i] = remadeMention(m, m.type, m.rule, m.start, close.end, m.tokenStart, close.index + 1, undefined);
    // the letters read alone as an acronym are no body of their own
    for (let j = 0; j < mentions.length; j++) if (j !== i && mentions[j].start >= open.start && mentions[j].end <= close.end) dropped.add(j);
  }
  return dropped.size === 0 ? mentions : mentions.filter((_, j) => !dropped.has(j));
}
