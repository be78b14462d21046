// FollowTheMoney (FtM), the data model of Aleph and OpenSanctions: one entity per JSON line,
// {"id", "schema", "properties": {name: [values]}}, loadable with Aleph's tools (`ftm`,
// `alephclient write-entities`). Per document, in this order:
//   Person / Organization  one per entity, its id from its corpus key, so the same person in many
//                          documents is one id: Aleph merges the fragments (names, aliases, positions)
//   Document               the document (fileName, title = record id, date), with the names it
//                          mentions in peopleMentioned / companiesMentioned and its places in
//                          locationMentioned (FtM's Analyzable properties: places are not entities there)
//   Mention                one per document and entity: the names used in it, tied to the document
//                          and resolved to the Person or Organization
// Dates have no place in FtM beyond the document's own date; error records have no line.

import { createHash } from 'crypto';
import { basename } from 'path';
import { DocumentResult, EntityRecord, isErrorRecord, OutputRecord } from '../model';
import { corpusKey, documentLabel } from '../corpus/keys';
import { RecordFormatter } from './formatter';

export interface FtmEntity {
  id: string;
  schema: string;
  properties: Record<string, string[]>;
}

const SCHEMA_OF: Partial<Record<EntityRecord['type'], string>> = { person: 'Person', organization: 'Organization' };

function ftmId(...parts: string[]): string {
  return createHash('sha1').update(['newsner', ...parts].join('\u0000')).digest('hex');
}

/** The id of a person or organization: the same in every document that names it. */
export function entityId(entity: Pick<EntityRecord, 'type' | 'name' | 'value'>): string {
  return ftmId('entity', corpusKey(entity));
}

export function documentId(result: Pick<DocumentResult, 'file' | 'id'>): string {
  return ftmId('document', result.file ?? '', result.id ?? '');
}

function unique(values: string[]): string[] {
  return [...new Set(values.filter((v) => v.trim() !== ''))];
}

function properties(entries: [string, string[]][]): Record<string, string[]> {
  return Object.fromEntries(entries.filter(([, values]) => values.length > 0));
}

export function ftmEntities(result: DocumentResult): FtmEntity[] {
  const out: FtmEntity[] = [];
  const document = documentId(result);
  const named = result.entities.filter((entity) => SCHEMA_OF[entity.type] !== undefined);
  for (const entity of named) {
    const schema = SCHEMA_OF[entity.type]!;
    out.push({
      id: entityId(entity),
      schema,
      properties: properties([
        ['name', [entity.name]],
        ['alias', unique((entity.aliases ?? []).filter((alias) => alias !== entity.name))],
        // FtM has a property for a person's roles (position), none for an organization's
        ['position', schema === 'Person' ? unique(entity.roles ?? []) : []],
      ]),
    });
  }
  const of = (type: EntityRecord['type']) => unique(result.entities.filter((e) => e.type === type).map((e) => e.name));
  const label = documentLabel(result);
  out.push({
    id: document,
    schema: 'PlainText',
    properties: properties([
      ['fileName', [result.file !== null ? basename(result.file) : (label ?? '<stdin>')]],
      ['title', label !== null ? [label] : []],
      ['date', result.date !== null ? [result.date] : []],
      ['mimeType', ['text/plain']],
      ['peopleMentioned', of('person')],
      ['companiesMentioned', of('organization')],
      ['locationMentioned', of('place')],
      ['processingAgent', ['newsner']],
    ]),
  });
  for (const entity of named) {
    const resolved = entityId(entity);
    out.push({
      id: ftmId('mention', document, resolved),
      schema: 'Mention',
      properties: properties([
        ['name', unique([entity.name, ...entity.mentions.map((m) => m.text)])],
        ['document', [document]],
        ['resolved', [resolved]],
        ['detectedSchema', [SCHEMA_OF[entity.type]!]],
      ]),
    });
  }
  return out;
}

export function formatFtmRecord(record: OutputRecord): string {
  if (isErrorRecord(record)) return '';
  return ftmEntities(record)
    .map((entity) => `${JSON.stringify(entity)}\n`)
    .join('');
}

export function createFtmFormatter(): RecordFormatter {
  return { start: () => '', record: formatFtmRecord, end: () => '' };
}
