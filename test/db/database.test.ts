// `newsner db` on fixtures/corpus (six invented articles), read back with Debian's sqlite3 tool:
// its counts against extract's output, its entities against summary's, a full-text query, the
// foreign keys, and re-runs that add, skip and replace documents.
import { isUnplacedDate } from '../../src/dates/vague';
import { copyFileSync, mkdtempSync, readdirSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { jsonLines, newsner } from '../cli/binary';
import { scalar, sqlite3 } from './sqlite3';

const CORPUS = 'fixtures/corpus';
const tmp = mkdtempSync(join(tmpdir(), 'newsner-db-'));
let counter = 0;
const fresh = (name = 'corpus') => join(tmp, `${name}-${++counter}.sqlite`);

interface ExtractRecord {
  file: string;
  entities: { type: string; name: string; count: number; mentions: { text: string; start: number; sentence: string }[] }[];
}
interface SummaryRow {
  type: string;
  name: string;
  count: number;
  documents: number;
  aliases: string[];
  roles: string[];
  example: { sentence: string; file: string };
}

/** One job: worker threads would only add their start-up time on six short articles. */
function db(args: string[], env: NodeJS.ProcessEnv = {}) {
  return newsner(['db', '-j', '1', ...args], { env });
}

function extracted(paths: string[]): ExtractRecord[] {
  return jsonLines(newsner(['extract', ...paths, '-f', 'jsonl']).stdout) as unknown as ExtractRecord[];
}

function summaryRows(paths: string[]): string[] {
  const summary = JSON.parse(newsner(['summary', ...paths, '-f', 'json']).stdout) as { entities: SummaryRow[] };
  return summary.entities.map((r) => JSON.stringify([r.type, r.name, r.count, r.documents, r.aliases, r.roles, r.example.sentence, r.example.file])).sort();
}

function databaseRows(database: string): string[] {
  return sqlite3<{ row: string }>(database, 'SELECT json_array(type, name, count, documents, json(aliases), json(roles), example, example_file) AS row FROM entities')
    .map((r) => r.row)
    .sort();
}

function copyCorpus(files: string[]): string {
  const folder = mkdtempSync(join(tmp, 'docs-'));
  for (const file of files) copyFileSync(join(CORPUS, file), join(folder, file));
  return folder;
}

const corpusFiles = readdirSync(CORPUS).filter((f) => f.endsWith('.txt')).sort();

describe('newsner db on fixtures/corpus, read with sqlite3', () => {
  const database = fresh();
  let result: ReturnType<typeof db>;
  beforeAll(() => {
    result = db([database, CORPUS]);
  });

  test('exit 0 and a one-line account on stderr', () => {
    expect(result.status).toBe(0);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(`newsner: ${database}: 6 documents added (0 of them replacing a changed one), 0 already in, 0 failed\n`);
  });

  test('documents and mentions: the counts of extract --format jsonl', () => {
    const records = extracted([CORPUS]);
    expect(sqlite3(database, 'SELECT file FROM documents ORDER BY id')).toEqual(records.map((r) => ({ file: r.file })));
    // the database leaves vague dates and dates no reference date placed out, as summary does
    const mentions = records.flatMap((r) => r.entities.filter((e) => !e.vague && !isUnplacedDate(e)).flatMap((e) => e.mentions.map((m) => [r.file, e.type, m.text, m.start, m.sentence])));
    expect(scalar(database, 'SELECT count(*) FROM mentions')).toBe(mentions.length);
    const byType = sqlite3<{ type: string; n: number }>(database, 'SELECT e.type, count(*) AS n FROM mentions m JOIN entities e ON e.id = m.entity GROUP BY e.type ORDER BY e.type');
    const expected = new Map<string, number>();
    for (const [, type] of mentions) expected.set(type as string, (expected.get(type as string) ?? 0) + 1);
    expect(byType).toEqual([...expected.entries()].sort().map(([type, n]) => ({ type, n })));
    // each mention with its own sentence (sentences are stored once per document and linked by id)
    const rows = sqlite3<{ file: string; type: string; text: string; start: number; sentence: string }>(
      database,
      'SELECT d.file, e.type, m.text, m.start, s.text AS sentence FROM mentions m JOIN documents d ON d.id = m.document JOIN entities e ON e.id = m.entity JOIN sentences s ON s.id = m.sentence',
    );
    expect(rows.map((r) => JSON.stringify([r.file, r.type, r.text, r.start, r.sentence])).sort()).toEqual(mentions.map((m) => JSON.stringify(m)).sort());
  });

  test('entities: the rows of newsner summary (names, counts, documents, aliases, roles, example)', () => {
    const expected = summaryRows([CORPUS]);
    expect(expected.length).toBeGreaterThan(20);
    expect(databaseRows(database)).toEqual(expected);
  });

  test('full-text search over sentences: every sentence that names an entity and says "bank"', () => {
    const expected = new Set<string>();
    for (const record of extracted([CORPUS])) {
      for (const entity of record.entities) for (const m of entity.mentions) if (/\bbank\b/i.test(m.sentence)) expected.add(JSON.stringify([record.file, m.sentence]));
    }
    expect(expected.size).toBeGreaterThan(3);
    const found = sqlite3<{ file: string; text: string }>(
      database,
      "SELECT d.file, s.text FROM sentences_fts JOIN sentences s ON s.id = sentences_fts.rowid JOIN documents d ON d.id = s.document WHERE sentences_fts MATCH 'bank'",
    );
    expect(found.map((r) => JSON.stringify([r.file, r.text])).sort()).toEqual([...expected].sort());
  });

  test("Datasette's own FTS detection finds the index of sentences", () => {
    // detect_fts_sql('sentences') as Datasette runs it to offer ?_search= on a table
    const detect = `select name from sqlite_master where rootpage = 0 and (
      sql like '%VIRTUAL TABLE%USING FTS%content="sentences"%' or sql like '%VIRTUAL TABLE%USING FTS%content=[sentences]%'
      or (tbl_name = "sentences" and sql like '%VIRTUAL TABLE%USING FTS%'))`;
    expect(sqlite3(database, detect)).toEqual([{ name: 'sentences_fts' }]);
  });

  test('foreign keys are declared and hold; the file is sound', () => {
    expect(sqlite3(database, 'PRAGMA foreign_key_check')).toEqual([]);
    expect(sqlite3(database, 'PRAGMA integrity_check')).toEqual([{ integrity_check: 'ok' }]);
    const keys = sqlite3<{ table: string; from: string }>(database, "SELECT p.\"table\", p.\"from\" FROM pragma_foreign_key_list('mentions') p ORDER BY p.\"from\"");
    expect(keys).toEqual([
      { table: 'documents', from: 'document' },
      { table: 'entities', from: 'entity' },
      { table: 'sentences', from: 'sentence' },
    ]);
    expect(sqlite3(database, "SELECT name FROM sqlite_master WHERE type = 'index' AND name LIKE 'mentions_%' ORDER BY name")).toEqual([
      { name: 'mentions_by_document' },
      { name: 'mentions_by_entity' },
      { name: 'mentions_by_sentence' },
    ]);
  });

  test('documents naming both A and B', () => {
    const both = sqlite3<{ file: string }>(
      database,
      `SELECT d.file FROM documents d
       WHERE EXISTS (SELECT 1 FROM document_entities de JOIN entities e ON e.id = de.entity WHERE de.document = d.id AND e.name = 'Daniyar Kassymov')
         AND EXISTS (SELECT 1 FROM document_entities de JOIN entities e ON e.id = de.entity WHERE de.document = d.id AND e.name = 'Steppe Wire')
       ORDER BY d.file`,
    );
    const expected = extracted([CORPUS])
      .filter((r) => ['Daniyar Kassymov', 'Steppe Wire'].every((name) => r.entities.some((e) => e.name === name)))
      .map((r) => ({ file: r.file }));
    expect(expected.length).toBeGreaterThan(1);
    expect(both).toEqual(expected);
  });

  test('run again on the same documents: nothing added, nothing changed', () => {
    const before = databaseRows(database);
    const again = db([database, CORPUS]);
    expect(again.status).toBe(0);
    expect(again.stderr).toBe(`newsner: ${database}: 0 documents added (0 of them replacing a changed one), 6 already in, 0 failed\n`);
    expect(scalar(database, 'SELECT count(*) FROM documents')).toBe(6);
    expect(databaseRows(database)).toEqual(before);
  });
});

describe('re-runs keep the corpus-level tables right', () => {
  test('new documents are added; entities become those of the whole corpus', () => {
    const folder = copyCorpus(corpusFiles.slice(0, 3));
    const database = fresh();
    expect(db([database, folder]).status).toBe(0);
    expect(databaseRows(database)).toEqual(summaryRows([folder]));
    for (const file of corpusFiles.slice(3)) copyFileSync(join(CORPUS, file), join(folder, file));
    const second = db([database, folder]);
    expect(second.stderr).toBe(`newsner: ${database}: 3 documents added (0 of them replacing a changed one), 3 already in, 0 failed\n`);
    expect(databaseRows(database)).toEqual(summaryRows([folder]));
    const whole = fresh();
    expect(db([whole, folder]).status).toBe(0);
    expect(scalar(database, 'SELECT count(*) FROM mentions')).toBe(scalar(whole, 'SELECT count(*) FROM mentions'));
  });

  test('a changed document replaces its earlier version; entities only it named disappear', () => {
    const folder = copyCorpus(corpusFiles);
    const database = fresh();
    expect(db([database, folder]).status).toBe(0);
    writeFileSync(join(folder, corpusFiles[0]), 'Orla Fennick, the mayor of Tarrowby, opened the new library on Monday.\n');
    const second = db([database, folder]);
    expect(second.stderr).toBe(`newsner: ${database}: 1 documents added (1 of them replacing a changed one), 5 already in, 0 failed\n`);
    expect(scalar(database, 'SELECT count(*) FROM documents')).toBe(6);
    expect(databaseRows(database)).toEqual(summaryRows([folder]));
    expect(sqlite3(database, "SELECT name, count, documents FROM entities WHERE name = 'Orla Fennick'")).toEqual([{ name: 'Orla Fennick', count: 1, documents: 1 }]);
    expect(sqlite3(database, 'PRAGMA foreign_key_check')).toEqual([]);
  });

  test('--from-results gives the same tables as the documents', () => {
    const results = join(tmp, 'results.jsonl');
    writeFileSync(results, newsner(['extract', CORPUS, '-f', 'jsonl']).stdout);
    const fromDocuments = fresh();
    const fromResults = fresh();
    expect(db([fromDocuments, CORPUS]).status).toBe(0);
    const run = db([fromResults, '--from-results', results]);
    expect(run.status).toBe(0);
    expect(databaseRows(fromResults)).toEqual(databaseRows(fromDocuments));
    const mentions = 'SELECT d.file, m.text, m.start, m."end", m.line, m."column", m.rule, s.text AS sentence FROM mentions m JOIN documents d ON d.id = m.document LEFT JOIN sentences s ON s.id = m.sentence ORDER BY d.file, m.start, m.text';
    expect(sqlite3(fromResults, mentions)).toEqual(sqlite3(fromDocuments, mentions));
    expect(db([fromResults, '--from-results', results]).stderr).toBe(`newsner: ${fromResults}: 0 documents added (0 of them replacing a changed one), 6 already in, 0 failed\n`);
  });

  test('documents that fail are rows with their error, retried on the next run', () => {
    const folder = mkdtempSync(join(tmp, 'failing-'));
    const missing = join(folder, 'missing.txt');
    const database = fresh();
    const run = db([database, missing, join(CORPUS, corpusFiles[0])]);
    expect(run.status).toBe(1);
    expect(run.stderr.split('\n')[0]).toBe(`newsner: ${missing}: cannot read: no such file or directory`);
    expect(sqlite3(database, 'SELECT file, error FROM documents WHERE error IS NOT NULL')).toEqual([{ file: missing, error: 'cannot read: no such file or directory' }]);
    writeFileSync(missing, 'Orla Fennick, the mayor of Tarrowby, opened the new library on Monday.\n');
    expect(db([database, missing]).status).toBe(0);
    expect(sqlite3(database, 'SELECT file, error FROM documents ORDER BY id')).toEqual([
      { file: join(CORPUS, corpusFiles[0]), error: null },
      { file: missing, error: null },
    ]);
  });
});
