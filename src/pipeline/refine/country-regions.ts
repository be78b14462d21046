// A country or a state and a region of it named right after ("the U.S. Midwest", "the Tarnland
// Panhandle", "U.S. Gulf ports") are one place, the region: its country says which Midwest or
// which Gulf is meant, as "Northern Tarnland" does with a compass word before it. Only the
// regions named so, from general knowledge of US and Canadian geography; the two touch with a
// single space in one sentence.

import { Doc, Mention } from '../../model';
import { FLAGS } from '../../lexicon';
import { phraseFlags } from '../recognize/gazetteer';
import { remadeMention } from '../recognize/mention';

/** regions named after their country or state, lower case, by their words */
const REGIONS: readonly string[][] = [
  'midwest', 'northeast', 'northwest', 'southwest', 'southeast', 'panhandle', 'gulf', 'gulf coast', 'west coast', 'east coast',
  'high plains', 'great plains', 'plains', 'corn belt', 'sun belt', 'rust belt', 'pacific northwest', 'deep south', 'prairies',
].map((r) => r.split(' '));

function regionAt(doc: Doc, i: number): number {
  const tokens = doc.tokens;
  let best = 0;
  for (const words of REGIONS) {
    if (words.length <= best) continue;
    let ok = true;
    for (let k = 0; k < words.length && ok; k++) {
      const t = tokens[i + k];
      ok = t !== undefined && t.shape === 'title' && t.lower === words[k] && t.sentence === tokens[i].sentence && (k === 0 || t.start === tokens[i + k - 1].end + 1);
    }
    if (ok) best = words.length;
  }
  return best;
}

export function withCountryRegions(doc: Doc, mentions: Mention[]): Mention[] {
  const tokens = doc.tokens;
  const dropped = new Set<number>();
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    if (m.type !== 'place' || dropped.has(i)) continue;
    const next = tokens[m.tokenEnd];
    if (!next || next.sentence !== tokens[m.tokenEnd - 1].sentence || next.start !== m.end + 1) continue;
    if (!(phraseFlags(doc, m.tokenStart, m.tokenEnd) & (FLAGS.country | FLAGS.region))) continue;
    const length = regionAt(doc, m.tokenEnd);
    if (length === 0) continue;
    const last = tokens[m.tokenEnd + length - 1];
    // (not a name the region's word opens, "the U.S. Gulf War", "Midwest Express": a capitalized word
    // after it in the sentence, or a mention that starts inside it and runs on)
    const after = tokens[last.index + 1];
    if (after && after.sentence === last.sentence && after.shape === 'title') continue;
    let runsOn = false;
    for (let j = 0; j < mentions.length; j++) if (j !== i && mentions[j].start >= next.start && mentions[j].start < last.end && mentions[j].end > last.end) runsOn = true;
    if (runsOn) continue;
    for (let j = 0; j < mentions.length; j++) if (j !== i && mentions[j].start >= next.start && mentions[j].start < last.end) dropped.add(j);
    mentions[i] = remadeMention(m, m.type, 'place.country-region', m.start, last.end, m.tokenStart, last.index + 1, undefined);
  }
  return dropped.size === 0 ? mentions : mentions.filter((_, j) => !dropped.has(j));
}
