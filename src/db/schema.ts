// The database `newsner db` writes, for the sqlite3 shell, Datasette or DB Browser for SQLite:
//   documents          one row per document (file, record_id, date, characters, error, sha256, run)
//   entities           one row per corpus entity, as `newsner summary` has it (same builder)
//   document_entities  which documents name which entity, under which name, how often
//   sentences          the sentences that name an entity, one row per document and sentence text
//   sentences_fts      FTS5 full-text index over sentences.text (kept in step by triggers)
//   mentions           one row per mention: document, entity, text, offsets, sentence, rule
//   newsner_meta       what made the file: the mark that tells a newsner database from others
// Foreign keys cascade from documents, so replacing a changed document removes all it brought.

export const DB_FORMAT = 'newsner-db';
export const DB_SCHEMA_VERSION = '1';

export const SCHEMA_SQL = `
CREATE TABLE newsner_meta (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
CREATE TABLE documents (
  id INTEGER PRIMARY KEY,
  file TEXT,
  record_id TEXT,
  date TEXT,
  characters INTEGER,
  error TEXT,
  sha256 TEXT,
  run INTEGER NOT NULL
);
CREATE INDEX documents_by_source ON documents(file, record_id);
CREATE INDEX documents_by_date ON documents(date);
CREATE TABLE entities (
  id INTEGER PRIMARY KEY,
  key TEXT NOT NULL UNIQUE,
  type TEXT NOT NULL,
  name TEXT NOT NULL,
  count INTEGER NOT NULL DEFAULT 0,
  documents INTEGER NOT NULL DEFAULT 0,
  aliases TEXT NOT NULL DEFAULT '[]',
  roles TEXT NOT NULL DEFAULT '[]',
  ambiguous TEXT,
  value TEXT,
  first_date TEXT,
  last_date TEXT,
  example TEXT,
  example_file TEXT,
  inferred TEXT
);
CREATE INDEX entities_by_type_name ON entities(type, name);
CREATE INDEX entities_by_name ON entities(name COLLATE NOCASE);
CREATE TABLE document_entities (
  document INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  entity INTEGER NOT NULL REFERENCES entities(id),
  position INTEGER NOT NULL,
  name TEXT NOT NULL,
  count INTEGER NOT NULL,
  aliases TEXT NOT NULL DEFAULT '[]',
  roles TEXT NOT NULL DEFAULT '[]',
  ambiguous TEXT,
  value TEXT,
  example_sentence INTEGER REFERENCES sentences(id),
  joined TEXT,
  PRIMARY KEY (document, entity)
) WITHOUT ROWID;
CREATE INDEX document_entities_by_entity ON document_entities(entity, document);
CREATE TABLE sentences (
  id INTEGER PRIMARY KEY,
  document INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  text TEXT NOT NULL
);
CREATE INDEX sentences_by_document ON sentences(document);
-- content="sentences" in double quotes: the form Datasette looks for to put a search box on sentences
CREATE VIRTUAL TABLE sentences_fts USING fts5(text, content="sentences", content_rowid="id");
CREATE TRIGGER sentences_fts_insert AFTER INSERT ON sentences BEGIN
  INSERT INTO sentences_fts(rowid, text) VALUES (new.id, new.text);
END;
CREATE TRIGGER sentences_fts_delete AFTER DELETE ON sentences BEGIN
  INSERT INTO sentences_fts(sentences_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;
CREATE TABLE mentions (
  id INTEGER PRIMARY KEY,
  document INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  entity INTEGER NOT NULL REFERENCES entities(id),
  text TEXT NOT NULL,
  start INTEGER NOT NULL,
  "end" INTEGER NOT NULL,
  line INTEGER NOT NULL,
  "column" INTEGER NOT NULL,
  sentence INTEGER REFERENCES sentences(id),
  rule TEXT NOT NULL
);
CREATE INDEX mentions_by_document ON mentions(document, start);
CREATE INDEX mentions_by_entity ON mentions(entity, document);
CREATE INDEX mentions_by_sentence ON mentions(sentence);
`;
