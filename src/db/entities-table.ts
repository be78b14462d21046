// The corpus-level entities table, rebuilt from every document in the database by the same
// SummaryBuilder that `newsner summary` and `merge` use, so the three agree. Read back one document
// at a time from document_entities (in the order documents went in); only the rows sit in memory.

import type { Database } from 'node-sqlite3-wasm';
import { DocumentResult, EntityRecord, EntityType } from '../model';
import { corpusKey } from '../corpus/keys';
import { SummaryBuilder } from '../corpus/summary';

interface Row {
  document: number;
  file: string | null;
  record_id: string | null;
  date: string | null;
  type: EntityType;
  name: string;
  count: number;
  aliases: string;
  roles: string;
  ambiguous: string | null;
  value: string | null;
  example: string | null;
}

// one JSON text per row: one call into SQLite per row instead of one per column
const READ_BACK = `
SELECT json_object('document', de.document, 'file', d.file, 'record_id', d.record_id, 'date', d.date, 'type', e.type,
       'name', de.name, 'count', de.count, 'aliases', de.aliases, 'roles', de.roles, 'ambiguous', de.ambiguous,
       'value', de.value, 'example', s.text) AS row
FROM document_entities de
JOIN documents d ON d.id = de.document
JOIN entities e ON e.id = de.entity
LEFT JOIN sentences s ON s.id = de.example_sentence
ORDER BY de.document, de.position`;

function entityOf(row: Row): EntityRecord {
  const entity: EntityRecord = {
    type: row.type,
    name: row.name,
    count: row.count,
    // the builder reads a mention's sentence only, for the example
    mentions: row.example === null ? [] : [{ text: row.name, start: 0, end: 0, line: 0, column: 0, sentence: row.example, rule: '' }],
  };
  const aliases = JSON.parse(row.aliases) as string[];
  if (aliases.length) entity.aliases = aliases;
  const roles = JSON.parse(row.roles) as string[];
  if (roles.length) entity.roles = roles;
  if (row.ambiguous !== null) entity.ambiguous = JSON.parse(row.ambiguous) as string[];
  if (row.value !== null) entity.value = row.value;
  return entity;
}

export function rebuildEntities(db: Database): void {
  // entities left with no document (their documents were replaced) go first
  db.exec('DELETE FROM entities WHERE id NOT IN (SELECT entity FROM document_entities)');
  const builder = new SummaryBuilder();
  let current: DocumentResult | null = null;
  let currentId = -1;
  const read = db.prepare(READ_BACK);
  try {
    for (const item of read.iterate()) {
      const row = JSON.parse((item as { row: string }).row) as Row;
      if (row.document !== currentId) {
        if (current) builder.add(current);
        current = { file: row.file, id: row.record_id, date: row.date, entities: [] };
        currentId = row.document;
      }
      current!.entities.push(entityOf(row));
    }
  } finally {
    read.finalize();
  }
  if (current) builder.add(current);
  const update = db.prepare(
    `UPDATE entities SET name = ?, count = ?, documents = ?, aliases = ?, roles = ?, ambiguous = ?, value = ?,
       first_date = ?, last_date = ?, example = ?, example_file = ? WHERE key = ?`,
  );
  try {
    for (const row of builder.result({ sort: 'count' })) {
      update.run([
        row.name, row.count, row.documents, JSON.stringify(row.aliases), JSON.stringify(row.roles),
        row.ambiguous ? JSON.stringify(row.ambiguous) : null, row.value ?? null, row.firstDate ?? null,
        row.lastDate ?? null, row.example.sentence, row.example.file, corpusKey(row),
      ]);
    }
  } finally {
    update.finalize();
  }
}
