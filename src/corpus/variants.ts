// Variant suggestions across a corpus: rows that may be one entity under two names. They are never
// merged here: a reporter reads the reason, and confirms a merge in newsner.json ("merge") or
// rejects it ("separate"), and the decision is reapplied on every run. Rules, strongest first:
//   alias          "KNB" is its own row, but another document defined it as an alias of
//                  "Committee for National Security"
//   spelling       "Karim Masimov" / "Karim Massimov": surname one edit apart, same given name
//   initial        "J. Epstein" / "Jeffrey Epstein": an initial where the other has the given name
//   nickname       "Bill Clinton" / "William Clinton": a given name's everyday short form
//   surname only   "Epstein" alone in some files / "Jeffrey Epstein", the only full name ending so
//   word order     "Massimov Karim" / "Karim Massimov"
//   one edit       organizations and places one edit apart ("Gasprom" / "Gazprom")
//   type           the same name typed person in one document and place or organization in another
// Every look-up goes through an index (one-edit index, buckets by surname), never through all
// pairs of rows, so a corpus with 100,000 distinct names is fine.

import { ProjectIndex } from '../config/project-index';
import { EntityType } from '../model';
import { OneEditIndex, plausibleSpellingVariant } from '../pipeline/link/edit-distance';
import { isInitial, nameKey, personWords } from '../pipeline/link/names';
import { isNicknamePair } from '../pipeline/link/nicknames';
import { MIN_VARIANT_LENGTH } from '../pipeline/link/spelling-variants';
import { SummaryRow } from './summary';

export interface Suggestion {
  type: EntityType;
  /** the name to keep (the row with more mentions) */
  name: string;
  /** the name that may be the same entity */
  variant: string;
  reason: string;
  /** mentions and documents of each, so the reader sees what a merge would move */
  nameCount: number;
  variantCount: number;
  /** when the variant is a row of another type ("Daniyar Kassymov" taken for a place once) */
  variantType?: EntityType;
}

function lastWord(name: string): string {
  const words = name.split(' ');
  return words[words.length - 1];
}

const MIN_NAME_LENGTH = 7;
const MAX_BUCKET = 200;

interface Entry {
  row: SummaryRow;
  key: string;
  words: string[];
}

export function suggestVariants(rows: readonly SummaryRow[], project: ProjectIndex | null = null): Suggestion[] {
  const suggestions: Suggestion[] = [];
  const paired = new Set<string>();

  /** a and b may be one entity; with `into`, b is the name to keep whatever the counts. */
  function suggest(a: SummaryRow, b: SummaryRow, reason: string, into = false): void {
    if (a === b) return;
    const pair = [`${a.type}|${nameKey(a.name)}`, `${b.type}|${nameKey(b.name)}`].sort().join('\u0000');
    if (paired.has(pair) || project?.keptApart(a.name, b.name)) return;
    paired.add(pair);
    const aFirst = !into && (a.count > b.count || (a.count === b.count && a.documents >= b.documents));
    const [keep, variant] = aFirst ? [a, b] : [b, a];
    const suggestion: Suggestion = { type: keep.type, name: keep.name, variant: variant.name, reason, nameCount: keep.count, variantCount: variant.count };
    if (variant.type !== keep.type) suggestion.variantType = variant.type;
    suggestions.push(suggestion);
  }

  const entries: Entry[] = rows
    .filter((row) => row.type !== 'date')
    .map((row) => {
      const key = nameKey(row.name);
      return { row, key, words: row.type === 'person' ? personWords(key) : key.split(' ') };
    });
  const byKey = new Map<string, Entry>();
  for (const entry of entries) byKey.set(`${entry.row.type}|${entry.key}`, entry);

  // alias: a row's name is another row's alias (learned in another document)
  for (const entry of entries) {
    for (const alias of entry.row.aliases) {
      const other = byKey.get(`${entry.row.type}|${nameKey(alias)}`);
      if (other && other !== entry) suggest(other.row, entry.row, `"${other.row.name}" is a name of "${entry.row.name}" in another document`, true);
    }
  }

  const persons = entries.filter((e) => e.row.type === 'person');
  const fullNames = persons.filter((e) => e.words.length >= 2);

  // spelling: same given name(s), surname one edit apart
  const fullIndex = new OneEditIndex<Entry>();
  for (const entry of fullNames) fullIndex.add(entry.words.join(' '), entry);
  for (const entry of fullNames) {
    const surname = entry.words[entry.words.length - 1];
    if (surname.length < MIN_VARIANT_LENGTH) continue;
    const given = entry.words.slice(0, -1).join(' ');
    for (const { item } of fullIndex.find(entry.words.join(' '))) {
      const otherSurname = item.words[item.words.length - 1];
      if (item.words.slice(0, -1).join(' ') !== given || otherSurname.length < MIN_VARIANT_LENGTH) continue;
      if (!plausibleSpellingVariant(surname, otherSurname)) continue;
      suggest(entry.row, item.row, `surname one edit apart (${lastWord(entry.row.name)} / ${lastWord(item.row.name)}), same given name`);
    }
  }

  // initial: "J. Epstein" and "Jeffrey Epstein", when the initial fits one full name only
  const bySurname = new Map<string, Entry[]>();
  for (const entry of fullNames) {
    const surname = entry.words[entry.words.length - 1];
    const list = bySurname.get(surname) ?? [];
    list.push(entry);
    bySurname.set(surname, list);
  }
  for (const bucket of bySurname.values()) {
    if (bucket.length < 2 || bucket.length > MAX_BUCKET) continue;
    for (const entry of bucket) {
      if (entry.words.length !== 2 || !isInitial(entry.words[0])) continue;
      const fits = bucket.filter((o) => o !== entry && !isInitial(o.words[0]) && o.words[0].startsWith(entry.words[0]));
      if (fits.length === 1) suggest(entry.row, fits[0].row, `initial "${entry.words[0].toUpperCase()}." fits the given name, same surname`, true);
    }
    // nickname: "Bill Clinton" and "William Clinton"
    for (const entry of bucket) {
      for (const other of bucket) {
        if (other === entry || !isNicknamePair(entry.words[0], other.words[0]) || entry.words[0].length >= other.words[0].length) continue;
        const given = (row: SummaryRow) => row.name.split(' ')[0];
        suggest(entry.row, other.row, `given name a short form (${given(entry.row)} / ${given(other.row)}), same surname`, true);
      }
    }
  }

  // surname only: a one-word name that ends exactly one full name in the corpus, or is one edit
  // from the surname of exactly one
  const surnameIndex = new OneEditIndex<Entry>();
  for (const entry of fullNames) {
    const surname = entry.words[entry.words.length - 1];
    if (surname.length >= MIN_VARIANT_LENGTH) surnameIndex.add(surname, entry);
  }
  for (const entry of persons) {
    if (entry.words.length !== 1 || entry.row.ambiguous) continue;
    const word = entry.words[0];
    const exact = bySurname.get(word) ?? [];
    if (exact.length === 1) {
      suggest(entry.row, exact[0].row, 'surname only; the one full name in the corpus with this surname', true);
      continue;
    }
    if (exact.length > 1 || word.length < MIN_VARIANT_LENGTH) continue;
    const near = surnameIndex.find(word).filter((found) => plausibleSpellingVariant(word, found.word));
    if (near.length === 1) {
      suggest(entry.row, near[0].item.row, `surname only, one edit apart (${entry.row.name} / ${lastWord(near[0].item.row.name)}); the one full name with such a surname`, true);
    }
  }

  // word order: the same words in another order ("Massimov Karim")
  const byWordSet = new Map<string, Entry[]>();
  for (const entry of entries) {
    if (entry.words.length < 2) continue;
    const id = `${entry.row.type}|${[...entry.words].sort().join(' ')}`;
    const list = byWordSet.get(id) ?? [];
    list.push(entry);
    byWordSet.set(id, list);
  }
  for (const bucket of byWordSet.values()) {
    if (bucket.length > MAX_BUCKET) continue;
    for (let i = 1; i < bucket.length; i++) suggest(bucket[0].row, bucket[i].row, 'same words in another order');
  }

  // (a legal form is no variant: "Lockheed" and "Lockheed Corp." have one corpus key, keys.ts)

  // one edit: organizations and places whose long names are one edit apart
  const otherIndex = new OneEditIndex<Entry>();
  const others = entries.filter((e) => e.row.type !== 'person' && e.key.length >= MIN_NAME_LENGTH);
  for (const entry of others) otherIndex.add(`${entry.row.type}|${entry.key}`, entry);
  for (const entry of others) {
    for (const { item } of otherIndex.find(`${entry.row.type}|${entry.key}`)) {
      if (item.row.type === entry.row.type && plausibleSpellingVariant(entry.key, item.key)) suggest(entry.row, item.row, `names one edit apart (${entry.row.name} / ${item.row.name})`);
    }
  }

  // type: the same name as a row of another type, typed differently by the rules in some document
  // ("companies linked to Daniyar Kassymov" taken for a place); deny the wrong type in newsner.json
  const byName = new Map<string, Entry[]>();
  for (const entry of entries) {
    const list = byName.get(entry.key) ?? [];
    list.push(entry);
    byName.set(entry.key, list);
  }
  // only person against the rest: a city that names a team ("Boston" place and organization) is
  // metonymy, two entities on purpose
  for (const bucket of byName.values()) {
    const person = bucket.find((e) => e.row.type === 'person');
    if (!person) continue;
    for (const other of bucket) {
      if (other === person) continue;
      const [a, b] = [person.row, other.row];
      suggest(a, b, `same name typed ${a.type} in ${a.documents} document(s) and ${b.type} in ${b.documents}`);
    }
  }

  // the ones that would move the most mentions first; a stable sort keeps the rules' order for ties
  return suggestions.sort((x, y) => y.variantCount - x.variantCount);
}
