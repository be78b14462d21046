// How an entity is known across a corpus: its type and the key of its canonical name ("Karim
// Massimov" in one file and "KARIM MASSIMOV" in another are one row); a date by its value.
// Anything looser (spelling variants, surname only) is a suggestion, never a key.

import { EntityRecord } from '../model';
import { FLAGS, lookup } from '../lexicon';
import { nameKey } from '../pipeline/link/names';

export function corpusKey(entity: Pick<EntityRecord, 'type' | 'name' | 'value'>): string {
  if (entity.type === 'date') return `date|${entity.value ?? nameKey(entity.name)}`;
  if (entity.type === 'organization') return `organization|${organizationKey(nameKey(entity.name))}`;
  return `${entity.type}|${nameKey(entity.name)}`;
}

/**
 * "Kestrel Freight Ltd", "The Kestrel Freight" and "Kestrel Freight" are one firm across files:
 * the key leaves out a leading "the", a leading "U.S." before a name of two or more words, and the
 * legal forms at the end ("ltd", "inc", "co", "corp").
 */
function organizationKey(key: string): string {
  const words = key.split(' ');
  let start = 0;
  let end = words.length;
  if (words[0] === 'the' && end > 1) start = 1;
  // "U.S. Supreme Court" and "Supreme Court", "U.S. State Department" and "State Department": the
  // country's abbreviation before an institution of two or more words is left out too
  if ((words[start] === 'u.s.' || words[start] === 'us') && end - start > 2) start++;
  while (end - start > 1 && lookup(words[end - 1]) & FLAGS.legalSuffix) end--;
  return start === 0 && end === words.length ? key : words.slice(start, end).join(' ');
}

/** Where a document came from, as the corpus tools show it: its file, else its record id. */
export function documentLabel(result: { file: string | null; id: string | null }): string | null {
  if (result.file !== null && result.id !== null) return `${result.file}#${result.id}`;
  return result.file ?? result.id;
}
