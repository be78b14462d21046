// Two full rows of the corpus that are one entity under two written forms, joined once the corpus
// is seen (summary, merge, graph, db); a document's own entities never change, so `extract` output
// is the same. Two kinds, both conservative, because a wrong join hides an entity:
//   middle name    "Tavis Orlow", "Tavis R. Orlow" and "Tavis Renner Orlow" in different files are
//                  one person: same given name and surname, and every two middle parts agree (one
//                  missing, or an initial of the other). Two middle names that disagree anywhere
//                  in the corpus ("Tavis R. Orlow" beside "Tavis K. Orlow") join nothing of that
//                  name: the suggestion stays. The row with the most written middle name keeps
//                  its name. A name without a middle joins only when its surname is rare (not a
//                  surname, word or given name the lexicon knows): "Tavis Smith" beside "Tavis
//                  Q. Smith" is too often a father, a son or a namesake.
//   outlet         "KBX" beside "KBX News" (News, Television, TV, Radio or Group after an acronym)
//                  is one organization, named by the longer form with the acronym as an alias;
//                  only when the corpus has one such longer form ("KBX News" and "KBX Radio" keep
//                  "KBX" apart). In one document the acronym beside its one outlet name is joined
//                  there already (documentKeys), so the two rows never share a document.
// The project file's `separate` keeps any pair apart (two variants as well as a variant and the row). A person name group two forms of which are
// separate entities in one document (the linker kept them apart) is left as it is.

import { ProjectIndex } from '../config/project-index';
import { FLAGS, lookup } from '../lexicon';
import { isInitial, nameKey, personWords } from '../pipeline/link/names';

export type RowJoinReason = 'middle name variant' | 'acronym beside its outlet name';

/** A row as the join sees it: its key, type, display name and mentions. */
export interface JoinableRow {
  key: string;
  type: string;
  name: string;
  count: number;
}

/** Given name and surname of a full person name ("tavis orlow"), and its middle words; null for others. */
export function middleNameGroup(name: string): { group: string; middle: string[] } | null {
  const words = personWords(nameKey(name));
  // "T. Orlow" is the initial suggestion's; "Orlow-Sand" (one written word) is no full name
  if (words.length < 2 || isInitial(words[0]) || name.trim().split(/\s+/).length < 2) return null;
  return { group: `${words[0]} ${words[words.length - 1]}`, middle: words.slice(1, -1) };
}

/** Do two middle parts name one person: one missing, or word by word equal or an initial of the other. */
export function middlesAgree(a: readonly string[], b: readonly string[]): boolean {
  if (a.length === 0 || b.length === 0) return true;
  if (a.length !== b.length) return false;
  return a.every((word, i) => word === b[i] || (isInitial(word) && b[i].startsWith(word)) || (isInitial(b[i]) && word.startsWith(b[i])));
}

/** How much a middle part says: its words, then its full (non-initial) words. */
function written(middle: readonly string[]): number {
  return middle.length * 100 + middle.filter((word) => !isInitial(word)).length;
}

// a surname the lexicon knows (as a surname, a given name or a word) is shared by many people
const COMMON_SURNAME = FLAGS.surname | FLAGS.given | FLAGS.common | FLAGS.chineseSurname | FLAGS.demonym | FLAGS.title;

const OUTLET_WORDS = new Set(['news', 'television', 'tv', 'radio', 'group']);
const ACRONYM = /^[A-Z]{2,5}$/;

/** The acronym an outlet name opens with ("KBX" for "KBX News"), or null. */
export function outletAcronym(name: string): string | null {
  const words = name.trim().split(/\s+/);
  if (words.length !== 2 || !ACRONYM.test(words[0]) || !OUTLET_WORDS.has(words[1].toLowerCase())) return null;
  return words[0];
}

/** Is the name an acronym written as one ("KBX")? */
export function isAcronym(name: string): boolean {
  return ACRONYM.test(name.trim());
}

/**
 * Which rows join which: row key -> the key of the row it joins, with the reason. Never a chain
 * (a target is never itself joined). `apart`: person name groups seen as two entities in one
 * document (see SummaryBuilder).
 */
export function planRowJoins(
  rows: Iterable<JoinableRow & { names: readonly string[] }>,
  apart: ReadonlySet<string>,
  project: ProjectIndex | null,
): Map<string, { key: string; reason: RowJoinReason }> {
  const plan = new Map<string, { key: string; reason: RowJoinReason }>();
  const groups = new Map<string, { row: JoinableRow; middle: string[] }[]>();
  const acronyms = new Map<string, JoinableRow>();
  const outlets = new Map<string, JoinableRow[]>();
  for (const row of rows) {
    if (row.type === 'person') {
      const found = middleNameGroup(row.name);
      if (!found || apart.has(found.group)) continue;
      const list = groups.get(found.group);
      if (list) list.push({ row, middle: found.middle });
      else groups.set(found.group, [{ row, middle: found.middle }]);
    } else if (row.type === 'organization') {
      const acronym = row.names.map(outletAcronym).find((a) => a !== null);
      if (acronym) {
        const list = outlets.get(acronym) ?? [];
        list.push(row);
        outlets.set(acronym, list);
      } else {
        // a row some document named by the bare acronym, keyed by it ("KBX", or "KBX Inc." and "KBX")
        const acronym = row.names.find((name) => isAcronym(name) && row.key === `organization|${name.toLowerCase()}`);
        if (acronym) acronyms.set(acronym, row);
      }
    }
  }
  for (const [group, all] of groups) {
    const surname = group.slice(group.lastIndexOf(' ') + 1);
    const members = lookup(surname) & COMMON_SURNAME ? all.filter((m) => m.middle.length > 0) : all;
    if (members.length < 2) continue;
    const agree = members.every((a, i) => members.every((b, j) => j <= i || middlesAgree(a.middle, b.middle)));
    if (!agree) continue;
    // the most written middle name keeps the row; a tie goes to the one with more mentions
    const target = members.reduce((best, m) => (written(m.middle) > written(best.middle) || (written(m.middle) === written(best.middle) && m.row.count > best.row.count) ? m : best));
    // `separate` keeps any two of the row apart, not only a member and the target: the most written
    // members join first, and one kept apart from the target or from any member joined before stays
    const joined = [target];
    const byWritten = members.filter((m) => m !== target).sort((a, b) => written(b.middle) - written(a.middle) || b.row.count - a.row.count);
    for (const member of byWritten) {
      if (joined.some((other) => project?.keptApart(member.row.name, other.row.name))) continue;
      joined.push(member);
      plan.set(member.row.key, { key: target.row.key, reason: 'middle name variant' });
    }
  }
  for (const [acronym, short] of acronyms) {
    const longer = outlets.get(acronym) ?? [];
    if (longer.length !== 1 || project?.keptApart(short.name, longer[0].name)) continue;
    plan.set(short.key, { key: longer[0].key, reason: 'acronym beside its outlet name' });
  }
  return plan;
}
