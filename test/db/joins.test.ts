// `newsner db` and the joins across documents (src/corpus/joins.ts): "Mr. Pellowe" in a file that
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
writeFileSync(join(folder, 'b.txt'), 'Mr. Pellowe told the council in Kellby that the ferries would run again in June.\n');

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

  test('a later run brings Tom Pellowe: the join is undone, links and mentions move back', () => {
    writeFileSync(join(folder, 'c.txt'), 'Tom Pellowe, a fisherman, said the quay in Kellby was still closed.\n');
    expect(db().status).toBe(0);
    expect(persons()).toEqual([
      { name: 'Janet Pellowe', count: 2, documents: 1, aliases: '["Pellowe"]', inferred: null },
      { name: 'Pellowe', count: 1, documents: 1, aliases: '[]', inferred: null },
      { name: 'Tom Pellowe', count: 1, documents: 1, aliases: '[]', inferred: null },
    ]);
    expect(linksOfB()).toEqual([{ link: 'Pellowe', mention: 'Pellowe' }]);
  });
});
