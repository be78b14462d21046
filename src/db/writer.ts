// Documents into the database, one at a time, committed in batches: memory holds one batch's
// transaction and the corpus entities' ids, never the corpus. A re-run skips the documents already
// in (same file, record id and SHA-256), replaces one that changed, retries one that failed, and
// then rebuilds the corpus-level entities table from every document in the file (entities-table.ts).

import type { Database, Statement } from 'node-sqlite3-wasm';
import { withoutUnplaceableDates } from '../dates/vague';
import { DocumentResult, EntityRecord, isErrorRecord, OutputRecord } from '../model';
import { corpusKey } from '../corpus/keys';
import { rebuildEntities } from './entities-table';

export interface DbSource {
  characters: number | null;
  sha256: string | null;
}

export interface DbCounts {
  added: number;
  skipped: number;
  replaced: number;
  failed: number;
}

interface DocumentRow {
  id: number;
  sha256: string | null;
  error: string | null;
  run: number;
}

const json = (values: readonly string[] | undefined): string => JSON.stringify(values ?? []);

export class DbWriter {
  readonly counts: DbCounts = { added: 0, skipped: 0, replaced: 0, failed: 0 };
  private readonly run: number;
  private inBatch = 0;
  private committedBatches = 0;
  private readonly entityIds = new Map<string, number>();
  private readonly statements: Record<string, Statement>;

  constructor(
    private readonly db: Database,
    private readonly batchSize: number,
    /** tests: after this many committed batches, the process kills itself halfway through the next */
    private readonly killAfterBatches: number | null = null,
  ) {
    const last = db.get('SELECT max(run) AS run FROM documents') as { run: number | null };
    this.run = (last.run ?? 0) + 1;
    this.statements = {
      find: db.prepare('SELECT id, sha256, error, run FROM documents WHERE file IS ? AND record_id IS ?'),
      remove: db.prepare('DELETE FROM documents WHERE id = ?'),
      document: db.prepare('INSERT INTO documents(file, record_id, date, characters, error, sha256, run) VALUES (?, ?, ?, ?, ?, ?, ?)'),
      entity: db.prepare('INSERT INTO entities(key, type, name, value) VALUES (?, ?, ?, ?) ON CONFLICT(key) DO NOTHING'),
      entityId: db.prepare('SELECT id FROM entities WHERE key = ?'),
      sentences: db.prepare('INSERT INTO sentences(document, text) SELECT ?1, value FROM json_each(?2) ORDER BY key'),
      mentions: db.prepare(
        `INSERT INTO mentions(document, entity, text, start, "end", line, "column", sentence, rule)
         SELECT ?1, value->>0, value->>1, value->>2, value->>3, value->>4, value->>5, value->>6, value->>7 FROM json_each(?2) ORDER BY key`,
      ),
      documentEntities: db.prepare(
        `INSERT INTO document_entities(document, entity, position, name, count, aliases, roles, ambiguous, value, example_sentence)
         SELECT ?1, value->>0, value->>1, value->>2, value->>3, value->>4, value->>5, value->>6, value->>7, value->>8 FROM json_each(?2) WHERE true
         ON CONFLICT(document, entity) DO UPDATE SET count = count + excluded.count`,
      ),
    };
  }

  private earlier(file: string | null, recordId: string | null): DocumentRow[] {
    return this.statements.find.all([file, recordId]) as unknown as DocumentRow[];
  }

  /** Already in the database, unchanged and without error: not worth analyzing again. */
  has(file: string | null, recordId: string | null, sha256: string): boolean {
    const done = this.earlier(file, recordId).some((row) => row.sha256 === sha256 && row.error === null);
    if (done) this.counts.skipped++;
    return done;
  }

  add(record: OutputRecord, source: DbSource | null): void {
    if (this.inBatch === 0) this.db.exec('BEGIN');
    this.replaceEarlier(record.file, record.id);
    if (isErrorRecord(record)) {
      this.statements.document.run([record.file, record.id, null, source?.characters ?? null, record.error, source?.sha256 ?? null, this.run]);
      this.counts.failed++;
    } else {
      // vague dates ("the past", "three years") and relative dates no reference date placed are
      // left out, as summary leaves them out
      this.addResult(withoutUnplaceableDates(record), source);
      this.counts.added++;
    }
    this.inBatch++;
    if (this.killAfterBatches !== null && this.committedBatches >= this.killAfterBatches) process.kill(process.pid, 'SIGKILL');
    if (this.inBatch >= this.batchSize) this.commit();
  }

  /**
   * A failed earlier try of the same document goes; so does the one earlier document of this file
   * and record id when its text changed (several earlier rows: id-less records, nothing to replace).
   */
  private replaceEarlier(file: string | null, recordId: string | null): void {
    const rows = this.earlier(file, recordId).filter((row) => row.run < this.run);
    const failed = rows.filter((row) => row.error !== null);
    let gone = failed;
    if (failed.length === 0 && rows.length === 1 && file !== null) gone = rows;
    for (const row of gone) this.statements.remove.run(row.id);
    if (gone.length > 0 && failed.length === 0) this.counts.replaced++;
  }

  private addResult(result: DocumentResult, source: DbSource | null): void {
    const { lastInsertRowid } = this.statements.document.run([
      result.file, result.id, result.date, source?.characters ?? null, null, source?.sha256 ?? null, this.run,
    ]);
    const documentId = Number(lastInsertRowid);
    // one statement per table and document, its rows as one JSON array: a call into SQLite costs
    // more than SQLite's own work on a row
    const texts: string[] = [];
    const sentenceIndex = new Map<string, number>();
    for (const entity of result.entities) {
      // (results extracted with --no-sentences have none)
      for (const { sentence = '' } of entity.mentions) {
        if (sentence !== '' && !sentenceIndex.has(sentence)) {
          sentenceIndex.set(sentence, texts.length);
          texts.push(sentence);
        }
      }
    }
    let firstSentence = 0;
    if (texts.length > 0) {
      // rowids of one INSERT ... SELECT are consecutive (the file is ours alone: locking_mode exclusive)
      const inserted = this.statements.sentences.run([documentId, JSON.stringify(texts)]);
      firstSentence = Number(inserted.lastInsertRowid) - texts.length + 1;
    }
    const sentenceId = (text: string): number | null => (text === '' ? null : firstSentence + sentenceIndex.get(text)!);
    const mentions: (string | number | null)[][] = [];
    const links: (string | number | null)[][] = [];
    result.entities.forEach((entity, position) => {
      const entityId = this.entityId(entity);
      for (const m of entity.mentions) mentions.push([entityId, m.text, m.start, m.end, m.line, m.column, sentenceId(m.sentence ?? ''), m.rule]);
      links.push([
        entityId, position, entity.name, entity.count, json(entity.aliases), json(entity.roles),
        entity.ambiguous ? json(entity.ambiguous) : null, entity.value ?? null, entity.mentions.length > 0 ? sentenceId(entity.mentions[0].sentence ?? '') : null,
      ]);
    });
    if (mentions.length > 0) this.statements.mentions.run([documentId, JSON.stringify(mentions)]);
    if (links.length > 0) this.statements.documentEntities.run([documentId, JSON.stringify(links)]);
  }

  /** The corpus entity's id, made on first sight; its corpus-level columns are filled in by finish(). */
  private entityId(entity: EntityRecord): number {
    const key = corpusKey(entity);
    let id = this.entityIds.get(key);
    if (id === undefined) {
      this.statements.entity.run([key, entity.type, entity.name, entity.value ?? null]);
      id = Number((this.statements.entityId.get(key) as { id: number }).id);
      this.entityIds.set(key, id);
    }
    return id;
  }

  commit(): void {
    if (this.inBatch === 0) return;
    this.db.exec('COMMIT');
    this.inBatch = 0;
    this.committedBatches++;
  }

  /** The last batch, then the corpus-level tables over every document in the file. */
  finish(): void {
    this.commit();
    for (const statement of Object.values(this.statements)) statement.finalize();
    this.db.exec('BEGIN');
    rebuildEntities(this.db);
    this.db.exec('COMMIT');
  }

  /** After a failure: the open batch is undone, the committed ones stay. */
  abandon(): void {
    if (this.db.inTransaction) this.db.exec('ROLLBACK');
  }
}
