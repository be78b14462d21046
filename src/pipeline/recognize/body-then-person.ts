// A body's name and a person's name touching, with no mark between them: "the Velmar Harbour
// Board Ivo Brandt", "Chairman of the NPC Standing Committee Li Lemin presided". News glues the
// officer's name to the body a title "of" opens; the run of capitals holds both, and neither the
// body's rule (its head noun is not last) nor the person's (a head noun inside) reads it. A head
// noun inside the run, then two or three words shaped like a person's name (a known first name,
// or a Chinese family name and a pinyin given name) to the run's end, split it in two.

import { Doc, Mention } from '../../model';
import { FLAGS, PLACE_FLAGS } from '../../lexicon';
import { nameCandidates } from './candidates';
import { tokenFlags } from './gazetteer';
import { mentionFromTokens, newMentions } from './mention';
import { isChineseName } from './persons';

/** What a person's first word is not: a place, a body, a head noun, a title */
const NOT_FIRST_NAME = PLACE_FLAGS | FLAGS.organization | FLAGS.orgHead | FLAGS.title | FLAGS.demonym;
/** What a person's last word is not */
const NOT_LAST_NAME = FLAGS.orgHead | FLAGS.legalSuffix | FLAGS.title | FLAGS.organization;

export function recognizeBodyThenPerson(doc: Doc): Mention[] {
  const tokens = doc.tokens;
  const found = newMentions();
  for (const { start, end, allCaps } of nameCandidates(doc)) {
    if (allCaps || end - start < 3) continue;
    for (let head = start; head <= end - 3; head++) {
      const flags = tokenFlags(tokens[head]);
      // (a head that is an ordinary word too closes no name here: "Data", "International")
      if (!(flags & FLAGS.orgHead) || flags & FLAGS.wordHead) continue;
      if (!isPersonName(doc, head + 1, end)) continue;
      found.push(mentionFromTokens(doc, 'organization', start, head + 1, 'organization.before-person', 0.8));
      found.push(mentionFromTokens(doc, 'person', head + 1, end, 'person.after-body', 0.85));
      break;
    }
  }
  return found;
}

/** Are tokens [start, end), two or three words, a person's name: a known first name, or a Chinese name? */
function isPersonName(doc: Doc, start: number, end: number): boolean {
  const tokens = doc.tokens;
  if (end - start < 2 || end - start > 3) return false;
  for (let i = start; i < end; i++) if (tokens[i].shape !== 'title') return false;
  if (tokenFlags(tokens[end - 1]) & NOT_LAST_NAME) return false;
  if (end - start === 2 && isChineseName(tokens[start], tokens[start + 1])) return true;
  const first = tokenFlags(tokens[start]);
  return (first & FLAGS.given) !== 0 && !(first & NOT_FIRST_NAME);
}
