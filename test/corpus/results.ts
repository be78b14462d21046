// Hand-built DocumentResults for the corpus tests: the corpus tools are tested apart from the
// recognizers, on exactly the entities a test names.

import { DocumentResult, EntityRecord, EntityType } from '../../src/model';

export interface EntitySpec {
  type: EntityType;
  name: string;
  /** one sentence per mention */
  sentences: string[];
  aliases?: string[];
  roles?: string[];
  value?: string;
  ambiguous?: string[];
}

export function entity(spec: EntitySpec): EntityRecord {
  const record: EntityRecord = {
    type: spec.type,
    name: spec.name,
    count: spec.sentences.length,
    mentions: spec.sentences.map((sentence, i) => ({
      text: spec.name,
      start: i * 100,
      end: i * 100 + spec.name.length,
      line: i + 1,
      column: 1,
      sentence,
      rule: 'test',
    })),
  };
  if (spec.type !== 'date') record.aliases = spec.aliases ?? [];
  if (spec.type === 'person') record.roles = spec.roles ?? [];
  if (spec.ambiguous) record.ambiguous = spec.ambiguous;
  if (spec.value) record.value = spec.value;
  return record;
}

export function doc(file: string, ...entities: EntitySpec[]): DocumentResult {
  return { file, id: null, date: null, entities: entities.map(entity) };
}

export const S1 = 'Former Prime Minister Daniyar Kassymov was detained by the KNB in Astana.';
export const S2 = 'Kassymov denied the charges.';
export const S3 = 'A court in Almaty extended the arrest of Daniyar Kasymov.';
export const S4 = 'Peter Halloran of Northern Grain Bank resigned in London.';
export const S5 = 'Halloran hired a lawyer.';

/** Three documents: Kassymov spelled two ways, a surname alone, an acronym defined in one file. */
export function corpus(): DocumentResult[] {
  return [
    doc(
      'a.txt',
      { type: 'person', name: 'Daniyar Kassymov', sentences: [S1, S2], aliases: ['Kassymov'], roles: ['Former Prime Minister'] },
      { type: 'organization', name: 'Committee for National Security', sentences: [S1], aliases: ['KNB'] },
      { type: 'place', name: 'Astana', sentences: [S1] },
    ),
    doc(
      'b.txt',
      { type: 'person', name: 'Daniyar Kasymov', sentences: [S3] },
      { type: 'place', name: 'Almaty', sentences: [S3] },
      { type: 'organization', name: 'KNB', sentences: ['The KNB said nothing.'] },
    ),
    doc(
      'c.txt',
      { type: 'person', name: 'Peter Halloran', sentences: [S4] },
      { type: 'organization', name: 'Northern Grain Bank', sentences: [S4] },
      { type: 'place', name: 'London', sentences: [S4] },
      { type: 'person', name: 'DANIYAR KASSYMOV', sentences: ['DANIYAR KASSYMOV ASSETS FROZEN'], roles: ['former prime minister'] },
    ),
    doc('d.txt', { type: 'person', name: 'Halloran', sentences: [S5] }),
  ];
}
