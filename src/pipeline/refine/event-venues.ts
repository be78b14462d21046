// A church or a theatre where something is held is the building, a place: "the funeral will be held
// at Kessvik Methodist Church", "the hearing was held at the Orvane Theatre". The head-noun rule
// types every name ending in "Church" or "Theatre" a body, and a church by its name is a
// congregation or a denomination as often as a building ("a deacon at", "the Unification Church"),
// so worship-places.ts leaves churches alone. A verb of holding an event ("held", "hold") just
// before "at" (or "outside", "inside") says the name is the venue.

import { Doc, Mention } from '../../model';
import { FLAGS } from '../../lexicon';
import { tokenFlags } from '../recognize/gazetteer';
import { retypedMention } from '../recognize/mention';
import { holdsOwnWord } from './worship-places';

/** Heads of a building that is a congregation's or a company's name as often (so a body by default) */
const VENUE_HEADS = new Set(['church', 'theatre', 'theater']);
/** Words that put the name after them in a place ("at", "outside", "inside") */
const AT_VENUE = new Set(['at', 'outside', 'inside']);
/** A verb of holding an event, a few words before "at" ("will be held at", "held a vigil outside") */
const HOLDING = new Set(['held', 'hold', 'holds', 'holding']);
/** How far before "at" the verb may stand ("held a vigil outside": two words between) */
const HOLDING_REACH = 3;
/** What a person holds at a body, its employer: "holds a post at the Orvane Theatre" */
const POSTS_HELD = new Set(['post', 'posts', 'job', 'jobs', 'position', 'positions', 'role', 'roles', 'seat', 'seats', 'office', 'title', 'chair', 'stake', 'shares']);

export function withEventVenues(doc: Doc, mentions: Mention[]): Mention[] {
  const tokens = doc.tokens;
  let out: Mention[] | null = null;
  mentions.forEach((m, index) => {
    if (m.type !== 'organization' || m.tokenEnd - m.tokenStart < 2 || !VENUE_HEADS.has(tokens[m.tokenEnd - 1].lower)) return;
    // a first name and the head alone are a person's name ("Charlotte Church", a singer)
    if (m.tokenEnd - m.tokenStart === 2 && tokenFlags(tokens[m.tokenStart]) & FLAGS.given) return;
    if (!isHeldAt(doc, m) || !holdsOwnWord(doc, m)) return;
    out ??= mentions.slice();
    out[index] = retypedMention(m, 'place', 'place.event-venue');
  });
  return out ?? mentions;
}

/** Is the mention after "at [the]" (or outside, inside), with "held" or "hold" a few words before it in the sentence, and no post held between? */
function isHeldAt(doc: Doc, m: Mention): boolean {
  const tokens = doc.tokens;
  let i = m.tokenStart - 1;
  if (tokens[i]?.lower === 'the') i--;
  const at = tokens[i];
  if (at === undefined || !AT_VENUE.has(at.lower) || at.sentence !== tokens[m.tokenStart].sentence) return false;
  for (let j = i - 1; j >= Math.max(0, i - HOLDING_REACH); j--) {
    if (tokens[j].sentence !== at.sentence || POSTS_HELD.has(tokens[j].lower)) return false;
    if (HOLDING.has(tokens[j].lower)) return true;
  }
  return false;
}
