// A weekday is no word of the name after it where it belongs to the clause: "said on Tuesday
// Tarvo Brennick filed a claim", "the announcement Tuesday Brennick said". A run of capitals that
// opens with a weekday after "on" ("On Friday Brennick left") or a lower-case word is a time, then a name; a results table's
// competitor named like a weekday keeps it ("6. Sunday Dunmarsh (Tarnland)"), and so does an outlet named after its
// lower-case noun ("the weekly Sunday Velkor", recognize/outlet-descriptors.ts).

import { Doc, Mention } from '../../model';
import { WEEKDAY_NAMES } from '../../dates/words';
import { remadeMention } from '../recognize/mention';

export function withoutWeekdayOpeners(doc: Doc, mentions: Mention[]): Mention[] {
  const tokens = doc.tokens;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    if ((m.type !== 'person' && m.type !== 'organization') || m.tokenEnd - m.tokenStart < 2 || m.tokenStart === 0 || m.rule === 'organization.outlet-descriptor') continue;
    const day = tokens[m.tokenStart];
    if (day.shape !== 'title' || !WEEKDAY_NAMES.has(day.lower)) continue;
    const before = tokens[m.tokenStart - 1];
    if (before.sentence !== day.sentence || (before.shape !== 'lower' && before.lower !== 'on')) continue;
    const next = tokens[m.tokenStart + 1];
    if (next.shape !== 'title' && next.shape !== 'upper') continue;
    mentions[i] = remadeMention(m, m.type, m.rule, next.start, m.end, next.index, m.tokenEnd, undefined);
  }
  return mentions;
}
