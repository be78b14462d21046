// How an entity is known across a corpus: its type and the key of its canonical name ("Karim
// Massimov" in one file and "KARIM MASSIMOV" in another are one row); a date by its value.
// Anything looser (spelling variants, surname only) is a suggestion, never a key.

import { EntityRecord } from '../model';
import { nameKey } from '../pipeline/link/names';

export function corpusKey(entity: Pick<EntityRecord, 'type' | 'name' | 'value'>): string {
  if (entity.type === 'date') return `date|${entity.value ?? nameKey(entity.name)}`;
  return `${entity.type}|${nameKey(entity.name)}`;
}

/** Where a document came from, as the corpus tools show it: its file, else its record id. */
export function documentLabel(result: { file: string | null; id: string | null }): string | null {
  if (result.file !== null && result.id !== null) return `${result.file}#${result.id}`;
  return result.file ?? result.id;
}
