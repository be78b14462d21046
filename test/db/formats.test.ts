// The database and the timeline read the document formats too: an e-mail beside a text file, its
// Date header the reference date of its relative dates. Invented texts.
import { mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { newsner } from '../cli/binary';
import { sqlite3 } from './sqlite3';

const folder = mkdtempSync(join(tmpdir(), 'newsner-db-formats-'));
writeFileSync(join(folder, 'a.txt'), 'Ann Vell met Tom Roe in Astana on Monday.\n');
writeFileSync(
  join(folder, 'm.eml'),
  'From: Ann Vell <ann@example.org>\nTo: Tom Roe <tom@example.org>\nSubject: Board\nDate: Tue, 3 Mar 2026 10:00:00 +0000\n' +
    'Content-Type: text/plain\n\nThe Kestrel Freight Ltd board will meet in Oslo on Friday.\n',
);

test('newsner db: a text file and an e-mail, each one document; the e-mail\'s people and firm are entities', () => {
  const database = join(folder, 'out.sqlite');
  const result = newsner(['db', database, folder]);
  expect(result.stderr).toBe(`newsner: ${database}: 2 documents added (0 of them replacing a changed one), 0 already in, 0 failed\n`);
  expect(sqlite3(database, 'SELECT file FROM documents ORDER BY file')).toEqual([{ file: join(folder, 'a.txt') }, { file: join(folder, 'm.eml') }]);
  expect(sqlite3(database, "SELECT e.type, e.name, e.documents FROM entities e WHERE e.type IN ('person', 'organization') ORDER BY e.type, e.name")).toEqual([
    { type: 'organization', name: 'Kestrel Freight Ltd', documents: 1 },
    { type: 'person', name: 'Ann Vell', documents: 2 },
    { type: 'person', name: 'Tom Roe', documents: 2 },
  ]);
});

test("newsner timeline: the e-mail's Friday is placed from its Date header", () => {
  const result = newsner(['timeline', folder, '-f', 'jsonl']);
  expect(result.status).toBe(0);
  const lines = result.stdout.trim().split('\n').map((line) => JSON.parse(line) as { section: string; value: string; mentions: { text: string; file: string }[] });
  const friday = lines.find((line) => line.mentions.some((m) => m.text === 'Friday'));
  expect(friday?.section).toBe('date');
  expect(friday?.value).toBe('2026-03-06');
  expect(friday?.mentions.map((m) => m.file)).toEqual([join(folder, 'm.eml')]);
});
