// The corpus-level entities table, rebuilt from every document in the database by the same
// SummaryBuilder that `newsner summary` and `merge` use, so the three agree. Read back one document
// at a time from document_entities (in the order documents went in); only the rows sit in memory.

import type { Database } from 'node-sqlite3-wasm';
import { DocumentResult, EntityRecord, EntityType } from '../model';
import { corpusKey } from '../corpus/keys';
import { SummaryBuilder } from '../corpus/summary';
import { activeProject } from '../config/active';
import { documentKeys, isPendingKey, joinedInDocument } from '../corpus/joins';

interface Row {
  document: number;
  entity: number;
  key: string;
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
  position: number;
  /** names the document wrote alone beside this entity's full name, folded into its link (JSON) */
  joined: string | null;
  /** a one-word person's mention sentences (an array inside the row's JSON; text if SQLite loses its JSON subtype), else null */
  sentences: string[] | string | null;
}

/** A name folded into its full name's link (a rare given name beside it, an acronym beside its outlet name). */
interface Joined {
  /** absent in files written before acronyms were folded: a person */
  type?: EntityType;
  name: string;
  count: number;
  aliases: string[];
  roles: string[];
  position: number;
  example: string | null;
}

// one JSON text per row: one call into SQLite per row instead of one per column
const READ_BACK = `
SELECT json_object('document', de.document, 'entity', de.entity, 'key', e.key, 'file', d.file, 'record_id', d.record_id, 'date', d.date, 'type', e.type,
       'name', de.name, 'count', de.count, 'aliases', de.aliases, 'roles', de.roles, 'ambiguous', de.ambiguous,
       'value', de.value, 'example', s.text, 'position', de.position, 'joined', de.joined,
       -- a one-word person's sentences: the honorifics in them may decide whom it names (joins.ts)
       'sentences', CASE WHEN e.type = 'person' AND instr(de.name, ' ') = 0 THEN
         (SELECT json_group_array(ms.text) FROM mentions m JOIN sentences ms ON ms.id = m.sentence WHERE m.document = de.document AND m.entity = de.entity) END) AS row
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
  const sentences = typeof row.sentences === 'string' ? (JSON.parse(row.sentences) as string[]) : (row.sentences ?? []);
  for (const sentence of sentences) {
    entity.mentions.push({ text: row.name, start: 0, end: 0, line: 0, column: 0, sentence, rule: '' });
  }
  const aliases = JSON.parse(row.aliases) as string[];
  if (aliases.length) entity.aliases = aliases;
  const roles = JSON.parse(row.roles) as string[];
  if (roles.length) entity.roles = roles;
  if (row.ambiguous !== null) entity.ambiguous = JSON.parse(row.ambiguous) as string[];
  if (row.value !== null) entity.value = row.value;
  return entity;
}

/** The entity a folded name was in its document, for the builder (which joins it again, as summary does). */
function joinedEntity(joined: Joined): EntityRecord {
  const entity: EntityRecord = {
    type: joined.type ?? 'person',
    name: joined.name,
    count: joined.count,
    mentions: joined.example === null ? [] : [{ text: joined.name, start: 0, end: 0, line: 0, column: 0, sentence: joined.example, rule: '' }],
  };
  if (joined.aliases.length) entity.aliases = joined.aliases;
  if (joined.roles.length) entity.roles = joined.roles;
  return entity;
}

/** One entity of a document as read back: its own link, or the link it was folded into. */
interface ReadEntity {
  entity: EntityRecord;
  position: number;
  link: Row;
  folded: boolean;
}

/** A document's link to an entity that the corpus may join to another row (joins.ts, row-joins.ts). */
interface PendingLink {
  document: number;
  entity: number;
  /** the entity's key now */
  key: string;
  /** its key in its document (pending) */
  documentKey: string;
  type: EntityType;
  name: string;
}

export function rebuildEntities(db: Database): void {
  // entities left with no document (their documents were replaced) go first
  db.exec('DELETE FROM entities WHERE id NOT IN (SELECT entity FROM document_entities)');
  const builder = new SummaryBuilder(activeProject());
  const pending: PendingLink[] = [];
  const folds: Fold[] = [];
  let current: DocumentResult | null = null;
  let read: ReadEntity[] = [];
  let currentId = -1;
  const addCurrent = (): void => {
    if (!current) return;
    read.sort((a, b) => a.position - b.position);
    current.entities = read.map((r) => r.entity);
    builder.add(current);
    const keys = documentKeys(current.entities);
    keys.forEach((documentKey, i) => {
      const { entity, link, folded, position } = read[i];
      const inDocument = !folded && joinedInDocument(entity, documentKey);
      // a pending name, or a person or organization row the corpus may join to another (row-joins.ts)
      if (!folded && !inDocument && (isPendingKey(documentKey) || link.type === 'person' || link.type === 'organization')) {
        pending.push({ document: link.document, entity: link.entity, key: link.key, documentKey, type: link.type, name: link.name });
      } else if (inDocument) {
        // "Tavio" beside "Tavio Ostrova", still a link of its own: folded into the full name's link
        const into = read.find((other, j) => keys[j] === documentKey && !joinedInDocument(other.entity, documentKey));
        if (into) folds.push({ document: link.document, entity: link.entity, into: into.link.entity, joined: { type: entity.type, name: entity.name, count: entity.count, aliases: entity.aliases ?? [], roles: entity.roles ?? [], position, example: link.example } });
      }
    });
  };
  const statement = db.prepare(READ_BACK);
  try {
    for (const item of statement.iterate()) {
      const row = JSON.parse((item as { row: string }).row) as Row;
      if (row.document !== currentId) {
        addCurrent();
        current = { file: row.file, id: row.record_id, date: row.date, entities: [] };
        read = [];
        currentId = row.document;
      }
      read.push({ entity: entityOf(row), position: row.position, link: row, folded: false });
      for (const joined of row.joined === null ? [] : (JSON.parse(row.joined) as Joined[])) {
        read.push({ entity: joinedEntity(joined), position: joined.position, link: row, folded: true });
      }
    }
  } finally {
    statement.finalize();
  }
  addCurrent();
  fold(db, folds);
  relink(db, pending, (key) => builder.rowKey(key));
  const update = db.prepare(
    `UPDATE entities SET name = ?, count = ?, documents = ?, aliases = ?, roles = ?, ambiguous = ?, value = ?,
       first_date = ?, last_date = ?, example = ?, example_file = ?, inferred = ? WHERE key = ?`,
  );
  try {
    for (const row of builder.result({ sort: 'count' })) {
      update.run([
        row.name, row.count, row.documents, JSON.stringify(row.aliases), JSON.stringify(row.roles),
        row.ambiguous ? JSON.stringify(row.ambiguous) : null, row.value ?? null, row.firstDate ?? null,
        row.lastDate ?? null, row.example.sentence, row.example.file, row.inferred ? JSON.stringify(row.inferred) : null, corpusKey(row),
      ]);
    }
  } finally {
    update.finalize();
  }
}

/** A document's link of a name joined in its document, to fold into its full name's link. */
interface Fold {
  document: number;
  entity: number;
  into: number;
  joined: Joined;
}

/**
 * A rare given name beside its one full name in a document ("Tavio" beside "Tavio Ostrova") is the
 * full name's: its mentions point at the full name's entity and its link is kept inside the full
 * name's link (document_entities.joined), once: a document's own names decide it, not the corpus.
 */
function fold(db: Database, folds: readonly Fold[]): void {
  if (folds.length === 0) return;
  const addJoined = db.prepare("UPDATE document_entities SET joined = json_insert(coalesce(joined, '[]'), '$[#]', json(?)) WHERE document = ? AND entity = ?");
  const moveMentions = db.prepare('UPDATE mentions SET entity = ? WHERE document = ? AND entity = ?');
  const removeLink = db.prepare('DELETE FROM document_entities WHERE document = ? AND entity = ?');
  try {
    for (const { document, entity, into, joined } of folds) {
      addJoined.run([JSON.stringify(joined), document, into]);
      moveMentions.run([into, document, entity]);
      removeLink.run([document, entity]);
    }
  } finally {
    for (const statement of [addJoined, moveMentions, removeLink]) statement.finalize();
  }
  db.exec('DELETE FROM entities WHERE id NOT IN (SELECT entity FROM document_entities)');
}

/**
 * A one-word name joined across documents (or no longer joined, after new documents came) points
 * its document's links and mentions at the row it ended in; rows left with no document go.
 */
function relink(db: Database, pending: readonly PendingLink[], rowKey: (documentKey: string) => string): void {
  const moves = pending.map((link) => ({ link, key: rowKey(link.documentKey) })).filter(({ link, key }) => key !== link.key);
  if (moves.length === 0) return;
  const insert = db.prepare('INSERT INTO entities(key, type, name) VALUES (?, ?, ?) ON CONFLICT(key) DO NOTHING');
  const idOf = db.prepare('SELECT id FROM entities WHERE key = ?');
  const moveLink = db.prepare('UPDATE document_entities SET entity = ? WHERE document = ? AND entity = ?');
  const moveMentions = db.prepare('UPDATE mentions SET entity = ? WHERE document = ? AND entity = ?');
  try {
    for (const { link, key } of moves) {
      // the row it goes back to may be gone (every link of it had joined)
      insert.run([key, link.type, link.name]);
      const id = (idOf.get(key) as { id: number }).id;
      moveLink.run([id, link.document, link.entity]);
      moveMentions.run([id, link.document, link.entity]);
    }
  } finally {
    for (const statement of [insert, idOf, moveLink, moveMentions]) statement.finalize();
  }
  db.exec('DELETE FROM entities WHERE id NOT IN (SELECT entity FROM document_entities)');
}
