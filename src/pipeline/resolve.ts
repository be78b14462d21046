// Overlap resolution (a refiner): where mentions overlap, the longest wins, then the strongest
// rule, then the earliest. A date never loses to a name it merely touches: overlaps are compared
// by covered characters, whatever the types.

import { Mention } from '../model';

// code-unit order: independent of the locale (localeCompare is not), and much cheaper
function compareTypes(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Most mentions an insert moves one by one (more are moved by splice) */
const MAX_SHIFT = 32;

export function resolveOverlaps(mentions: Mention[]): Mention[] {
  const ranked = mentions
    .filter((m) => m.end > m.start)
    .sort(
      (a, b) =>
        b.end - b.start - (a.end - a.start) ||
        b.strength - a.strength ||
        a.start - b.start ||
        compareTypes(a.type, b.type),
    );
  // Occupied character ranges, kept sorted by start for a binary-search overlap test. They never
  // overlap, so no two share a start: this is also the result, in order of start and then end.
  const occupied: Mention[] = [];
  for (const mention of ranked) {
    let lo = 0;
    let hi = occupied.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (occupied[mid].start < mention.end) lo = mid + 1;
      else hi = mid;
    }
    // occupied[lo - 1] is the last range starting before mention.end: it overlaps if it ends after mention.start
    if (lo > 0 && occupied[lo - 1].end > mention.start) continue;
    // occupied.splice(lo, 0, mention), without the array of removed elements splice makes each time;
    // a long shift (a chunk with thousands of names) is left to splice, which moves memory at once
    if (occupied.length - lo > MAX_SHIFT) {
      occupied.splice(lo, 0, mention);
      continue;
    }
    occupied.push(mention);
    for (let k = occupied.length - 1; k > lo; k--) occupied[k] = occupied[k - 1];
    occupied[lo] = mention;
  }
  return occupied;
}
