// `newsner db` and the joins across documents (src/corpus/joins.ts): "Ms. Pellowe" in a file that
// never writes the full name is counted in Janet Pellowe's row, its link and mentions point at her,
// and a later run that brings a second full name with the surname undoes the join.
import { mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { newsner } from '../cli/binary';
import { sqlite3 } from './sqlite3';

const tmp = mkdtempSync(join(tmpdir(), 'newsner-db-joins-'));
const folder = mkdtempSync(join(tmp, 'docs-'));
const database = join(tmp, 'joins.sqlite');

// invented articles
writeFileSync(join(folder, 'a.txt'), 'Janet Pellowe, the director of the Port of Kellby, said on Monday that the harbour would reopen. Pellowe said the dredging was finished.\n');
writeFileSync(join(folder, 'b.txt'), 'Ms. Pellowe told the council in Kellby that the ferries would run again in June.\n');

function db() {
  return newsner(['db', '-j', '1', '--no-config', database, folder]);
}

function persons() {
  return sqlite3<{ name: string; count: number; documents: number; aliases: string; inferred: string | null }>(
    database,
    "SELECT name, count, documents, aliases, inferred FROM entities WHERE type = 'person' ORDER BY name",
  );
}

/** Which entity each document's "Pellowe" link and mentions point at. */
function linksOfB() {
  return sqlite3<{ link: string; mention: string }>(
    database,
    `SELECT (SELECT e.name FROM document_entities de JOIN entities e ON e.id = de.entity WHERE de.document = d.id AND e.type = 'person') AS link,
            (SELECT e.name FROM mentions m JOIN entities e ON e.id = m.entity WHERE m.document = d.id AND e.type = 'person') AS mention
     FROM documents d WHERE d.file LIKE '%b.txt'`,
  );
}

describe('newsner db: a surname alone joined across documents, and undone', () => {
  test('joined: one row marked inferred; the link and the mentions of b.txt point at it', () => {
    expect(db().status).toBe(0);
    expect(persons()).toEqual([
      {
        name: 'Janet Pellowe',
        count: 3,
        documents: 2,
        aliases: '["Pellowe"]',
        inferred: '[{"name":"Pellowe","reason":"surname only","count":1,"documents":1}]',
      },
    ]);
    expect(linksOfB()).toEqual([{ link: 'Janet Pellowe', mention: 'Janet Pellowe' }]);
    // the document's own link keeps the name it gave
    expect(sqlite3(database, "SELECT de.name FROM document_entities de JOIN documents d ON d.id = de.document WHERE d.file LIKE '%b.txt'")).toEqual([
      { name: 'Pellowe' },
    ]);
  });

  test('a later run brings Ruth Pellowe: the join is undone, links and mentions move back', () => {
    writeFileSync(join(folder, 'c.txt'), 'Ruth Pellowe, a fisherman, said the quay in Kellby was still closed.\n');
    expect(db().status).toBe(0);
    expect(persons()).toEqual([
      { name: 'Janet Pellowe', count: 2, documents: 1, aliases: '["Pellowe"]', inferred: null },
      { name: 'Pellowe', count: 1, documents: 1, aliases: '[]', inferred: null },
      { name: 'Ruth Pellowe', count: 1, documents: 1, aliases: '[]', inferred: null },
    ]);
    expect(linksOfB()).toEqual([{ link: 'Pellowe', mention: 'Pellowe' }]);
  });
});

describe('newsner db: a rare given name beside its full name in one document', () => {
  const mention = (text: string, start: number, sentence: string) => ({ text, start, end: start + text.length, line: 1, column: start + 1, sentence, rule: 'test' });
  const S1 = 'Tavio Ostrova, 61, arrived in Kellby on Sunday.';
  const S2 = 'Tavio said he liked the sea.';
  // extract's JSONL for one invented document, as --from-results reads it
  const record = {
    file: 'e.txt',
    id: null,
    date: null,
    entities: [
      { type: 'person', name: 'Tavio Ostrova', count: 1, mentions: [mention('Tavio Ostrova', 0, S1)], aliases: [], roles: [] },
      { type: 'person', name: 'Tavio', count: 2, mentions: [mention('Tavio', 49, S2), mention('Tavio', 90, S2)], aliases: [], roles: ['painter'] },
    ],
  };
  const results = join(tmp, 'tavio.jsonl');
  const tavioDb = join(tmp, 'tavio.sqlite');
  writeFileSync(results, JSON.stringify(record) + '\n');
  const run = () => newsner(['db', '-j', '1', '--no-config', tavioDb, '--from-results', results]);

  test("one entity, as in the summary; the name is kept inside the full name's link, its mentions point at it", () => {
    expect(run().status).toBe(0);
    const summary = JSON.parse(newsner(['merge', '--no-config', results, '-f', 'json']).stdout) as { entities: { name: string; count: number; inferred?: unknown }[] };
    expect(summary.entities.map((e) => [e.name, e.count, e.inferred])).toEqual([
      ['Tavio Ostrova', 3, [{ name: 'Tavio', reason: 'given name beside the full name', count: 2, documents: 1 }]],
    ]);
    expect(sqlite3(tavioDb, "SELECT name, count, documents, aliases, roles, inferred FROM entities WHERE type = 'person'")).toEqual([
      {
        name: 'Tavio Ostrova',
        count: 3,
        documents: 1,
        aliases: '["Tavio"]',
        roles: '["painter"]',
        inferred: '[{"name":"Tavio","reason":"given name beside the full name","count":2,"documents":1}]',
      },
    ]);
    expect(sqlite3(tavioDb, 'SELECT name, count, joined FROM document_entities')).toEqual([
      { name: 'Tavio Ostrova', count: 1, joined: `[{"type":"person","name":"Tavio","count":2,"aliases":[],"roles":["painter"],"position":1,"example":"${S2}"}]` },
    ]);
    expect(sqlite3(tavioDb, 'SELECT m.text, e.name FROM mentions m JOIN entities e ON e.id = m.entity ORDER BY m.start')).toEqual([
      { text: 'Tavio Ostrova', name: 'Tavio Ostrova' },
      { text: 'Tavio', name: 'Tavio Ostrova' },
      { text: 'Tavio', name: 'Tavio Ostrova' },
    ]);
  });

  test('the next run reads the folded name back: the same row, nothing folded twice', () => {
    expect(run().status).toBe(0);
    expect(sqlite3(tavioDb, "SELECT name, count, documents FROM entities WHERE type = 'person'")).toEqual([{ name: 'Tavio Ostrova', count: 3, documents: 1 }]);
    expect(sqlite3(tavioDb, 'SELECT json_array_length(joined) AS n FROM document_entities')).toEqual([{ n: 1 }]);
  });
});

test('a database written before the inferred and joined columns gets them on its next run', () => {
  const old = join(tmp, 'old.sqlite');
  expect(newsner(['db', '-j', '1', '--no-config', old, folder]).status).toBe(0);
  sqlite3(old, 'ALTER TABLE entities DROP COLUMN inferred; ALTER TABLE document_entities DROP COLUMN joined');
  expect(sqlite3(old, "SELECT count(*) AS n FROM pragma_table_info('entities') WHERE name = 'inferred'")).toEqual([{ n: 0 }]);
  const again = newsner(['db', '-j', '1', '--no-config', old, folder]);
  expect([again.status, again.stderr]).toEqual([0, `newsner: ${old}: 0 documents added (0 of them replacing a changed one), 3 already in, 0 failed\n`]);
  expect(sqlite3(old, "SELECT name, inferred FROM entities WHERE type = 'person' ORDER BY name").map((r) => r.name)).toEqual(['Janet Pellowe', 'Pellowe', 'Ruth Pellowe']);
  expect(sqlite3(old, "SELECT count(*) AS n FROM pragma_table_info('document_entities') WHERE name = 'joined'")).toEqual([{ n: 1 }]);
});

describe('newsner db: full rows joined across documents (middle-name variants, an acronym beside its outlet name)', () => {
  const mention = (text: string, sentence: string) => ({ text, start: 0, end: text.length, line: 1, column: 1, sentence, rule: 'test' });
  const entity = (type: string, name: string, sentence: string) => ({ type, name, count: 1, mentions: [mention(name, sentence)], aliases: [], roles: [] });
  // extract's JSONL of invented documents, as --from-results reads it
  const record = (file: string, ...entities: object[]) => JSON.stringify({ file, id: null, date: null, entities }) + '\n';
  const first = join(tmp, 'rows-1.jsonl');
  const second = join(tmp, 'rows-2.jsonl');
  writeFileSync(
    first,
    record('f.txt', entity('person', 'Tavis Renner Orlow', 'Tavis Renner Orlow was charged.'), entity('organization', 'KBX News', 'KBX News said so.'), entity('organization', 'KBX', 'KBX said so too.')) +
      record('g.txt', entity('person', 'Tavis Orlow', 'Tavis Orlow was seen.'), entity('organization', 'KBX', 'A KBX reporter was there.')),
  );
  writeFileSync(second, record('h.txt', entity('person', 'Tavis K. Orlow', 'Tavis K. Orlow farms.')));
  const rowsDb = join(tmp, 'rows.sqlite');
  const rowsOf = () => sqlite3(rowsDb, 'SELECT type, name, count, documents, aliases, inferred FROM entities ORDER BY type, name');
  const linksOf = (file: string) =>
    sqlite3(rowsDb, `SELECT de.name AS written, e.name AS entity FROM document_entities de JOIN entities e ON e.id = de.entity JOIN documents d ON d.id = de.document WHERE d.file = '${file}' ORDER BY de.position`);

  test('one row each, as in the summary; the links of the other documents point at it', () => {
    expect(newsner(['db', '-j', '1', '--no-config', rowsDb, '--from-results', first]).status).toBe(0);
    expect(rowsOf()).toEqual([
      { type: 'organization', name: 'KBX News', count: 3, documents: 2, aliases: '["KBX"]', inferred: '[{"name":"KBX","reason":"acronym beside its outlet name","count":2,"documents":2}]' },
      {
        type: 'person',
        name: 'Tavis Renner Orlow',
        count: 2,
        documents: 2,
        aliases: '["Tavis Orlow"]',
        inferred: '[{"name":"Tavis Orlow","reason":"middle name variant","count":1,"documents":1}]',
      },
    ]);
    const summary = JSON.parse(newsner(['merge', '--no-config', first, '-f', 'json']).stdout) as { entities: { name: string; count: number; documents: number }[] };
    expect(summary.entities.map((e) => [e.name, e.count, e.documents])).toEqual([
      ['KBX News', 3, 2],
      ['Tavis Renner Orlow', 2, 2],
    ]);
    expect(linksOf('f.txt')).toEqual([
      { written: 'Tavis Renner Orlow', entity: 'Tavis Renner Orlow' },
      { written: 'KBX News', entity: 'KBX News' },
    ]);
    expect(linksOf('g.txt')).toEqual([
      { written: 'Tavis Orlow', entity: 'Tavis Renner Orlow' },
      { written: 'KBX', entity: 'KBX News' },
    ]);
  });

  test('a later document with another middle name undoes the person join', () => {
    expect(newsner(['db', '-j', '1', '--no-config', rowsDb, '--from-results', second]).status).toBe(0);
    expect(rowsOf().map((r) => [r.name, r.count, r.documents, r.inferred])).toEqual([
      ['KBX News', 3, 2, '[{"name":"KBX","reason":"acronym beside its outlet name","count":2,"documents":2}]'],
      ['Tavis K. Orlow', 1, 1, null],
      ['Tavis Orlow', 1, 1, null],
      ['Tavis Renner Orlow', 1, 1, null],
    ]);
    expect(linksOf('g.txt')).toEqual([
      { written: 'Tavis Orlow', entity: 'Tavis Orlow' },
      { written: 'KBX', entity: 'KBX News' },
    ]);
  });
});

test('newsner db: the honorific in any sentence of a surname alone decides, as in the summary', () => {
  const mention = (text: string, start: number, sentence: string) => ({ text, start, end: start + text.length, line: 1, column: start + 1, sentence, rule: 'test' });
  const person = (name: string, ...mentions: object[]) => ({ type: 'person', name, count: mentions.length, mentions, aliases: [], roles: [] });
  const record = (file: string, ...entities: object[]) => JSON.stringify({ file, id: null, date: null, entities }) + '\n';
  const later = 'Later Mrs. Vantrell said the ovens were cold.';
  const results = join(tmp, 'vantrell.jsonl');
  // invented: the example sentence of c.txt has no honorific, its second sentence has
  writeFileSync(
    results,
    record('a.txt', person('Janet Vantrell', mention('Janet Vantrell', 0, 'Janet Vantrell opened the bakery.'))) +
      record('b.txt', person('James Vantrell', mention('James Vantrell', 0, 'James Vantrell sold the farm.'))) +
      record('c.txt', person('Vantrell', mention('Vantrell', 0, 'Vantrell arrived at nine.'), mention('Vantrell', 37, later))),
  );
  const vantrellDb = join(tmp, 'vantrell.sqlite');
  expect(newsner(['db', '-j', '1', '--no-config', vantrellDb, '--from-results', results]).status).toBe(0);
  const summary = JSON.parse(newsner(['merge', '--no-config', results, '-f', 'json']).stdout) as { entities: { name: string; count: number; documents: number }[] };
  expect(summary.entities.map((e) => [e.name, e.count, e.documents])).toEqual([
    ['Janet Vantrell', 3, 2],
    ['James Vantrell', 1, 1],
  ]);
  expect(sqlite3(vantrellDb, "SELECT name, count, documents, inferred FROM entities WHERE type = 'person' ORDER BY count DESC")).toEqual([
    { name: 'Janet Vantrell', count: 3, documents: 2, inferred: '[{"name":"Vantrell","reason":"surname only, by honorific","count":2,"documents":1}]' },
    { name: 'James Vantrell', count: 1, documents: 1, inferred: null },
  ]);
  // a second run reads the link back (now Janet Vantrell's) and decides the same
  expect(newsner(['db', '-j', '1', '--no-config', vantrellDb, '--from-results', results]).status).toBe(0);
  expect(sqlite3(vantrellDb, "SELECT name, count, documents FROM entities WHERE type = 'person' ORDER BY count DESC")).toEqual([
    { name: 'Janet Vantrell', count: 3, documents: 2 },
    { name: 'James Vantrell', count: 1, documents: 1 },
  ]);
});
