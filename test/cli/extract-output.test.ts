// The built command on fixtures: record order and count, file/id/date fields, the offset contract,
// the four formats. Entities themselves come from the recognizers (tested in their own suites);
// here every mention found must honour the contract.
import { readFileSync } from 'fs';
import { join } from 'path';
import { DocumentResult } from '../../src/model';
import { expectContract } from './contract';
import { jsonLines, newsner, ROOT } from './binary';

const read = (path: string): string => readFileSync(join(ROOT, path), 'utf8');
const RECORDS = read('fixtures/records.jsonl')
  .trimEnd()
  .split('\n')
  .map((line) => JSON.parse(line) as { id: string; text: string; date?: string });

test('JSONL in, JSONL out: one line per record, in order, with file, id and the date used', () => {
  const result = newsner(['--input-format', 'jsonl', '--format', 'jsonl', '--ref-date', '2024-03-01'], {
    input: read('fixtures/records.jsonl'),
  });
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  const records = jsonLines(result.stdout) as unknown as DocumentResult[];
  expect(records.map((record) => [record.file, record.id, record.date])).toEqual([
    [null, 'rec-001', '2024-02-28'], // the record's own date wins over --ref-date
    [null, 'rec-002', '2024-03-01'],
    [null, 'rec-003', '2023-11-02'],
    [null, 'rec-004', '2025-01-15'],
  ]);
  records.forEach((record, i) => expectContract(record, RECORDS[i].text));
  expect(records[3].entities).toEqual([]); // empty text
});

test('a .jsonl file is read as JSONL without --input-format; file is the path as given', () => {
  const result = newsner(['fixtures/records.jsonl', '-f', 'jsonl']);
  expect(result.status).toBe(0);
  const records = jsonLines(result.stdout) as unknown as DocumentResult[];
  expect(records.map((record) => `${record.file} ${record.id}`)).toEqual([
    'fixtures/records.jsonl rec-001',
    'fixtures/records.jsonl rec-002',
    'fixtures/records.jsonl rec-003',
    'fixtures/records.jsonl rec-004',
  ]);
  // no --ref-date: a record without a date has none (unless its text carries a dateline)
  expect(records[0].date).toBe('2024-02-28');
});

test('`newsner FILE` is `newsner extract FILE`; json (the default when piped) is {"documents": [...]}', () => {
  const paths = ['fixtures/articles/harbor-strike.txt', 'fixtures/articles/court-ruling.txt', 'fixtures/articles/election-night.md'];
  const short = newsner(paths);
  const long = newsner(['extract', ...paths, '--format', 'json']);
  expect(short.status).toBe(0);
  expect(short.stdout).toBe(long.stdout);
  const output = JSON.parse(short.stdout) as { documents: DocumentResult[] };
  expect(Object.keys(output)).toEqual(['documents']);
  expect(output.documents.map((record) => record.file)).toEqual(paths);
  output.documents.forEach((record, i) => expectContract(record, read(paths[i])));
  expect(short.stdout).toBe(`${JSON.stringify(output, null, 2)}\n`);
});

test('a directory is walked recursively for .txt/.text/.md files, in code-unit order', () => {
  const result = newsner(['fixtures/tree', '-f', 'jsonl']);
  expect(result.status).toBe(0);
  expect(jsonLines(result.stdout).map((record) => record.file)).toEqual([
    'fixtures/tree/a.txt',
    'fixtures/tree/sub/D.TXT',
    'fixtures/tree/sub/b.md',
    'fixtures/tree/sub/c.text',
  ]);
});

test('stdin text is one document with file null; "-" names stdin among files', () => {
  const text = read('fixtures/articles/court-ruling.txt');
  const piped = newsner(['-f', 'jsonl'], { input: text });
  const records = jsonLines(piped.stdout) as unknown as DocumentResult[];
  expect(records).toHaveLength(1);
  expect(records[0].file).toBeNull();
  expectContract(records[0], text);
  const mixed = newsner(['fixtures/tree/a.txt', '-', 'fixtures/bad/empty.txt', '-f', 'jsonl'], { input: text });
  expect(jsonLines(mixed.stdout).map((record) => record.file)).toEqual(['fixtures/tree/a.txt', null, 'fixtures/bad/empty.txt']);
});

test('BOM + CRLF: every mention is the slice of the text without the BOM, CRLF kept', () => {
  const text = read('fixtures/bad/bom-crlf.txt').replace(/^\ufeff/, '');
  expect(text.startsWith('VELMAR CITY')).toBe(true);
  const result = newsner(['fixtures/bad/bom-crlf.txt', '-f', 'jsonl']);
  expect(result.status).toBe(0);
  expect(result.stderr).toBe('');
  const [record] = jsonLines(result.stdout) as unknown as DocumentResult[];
  expectContract(record, text);
});

test('an empty file gives a record with no entities', () => {
  const result = newsner(['fixtures/bad/empty.txt', '-f', 'jsonl', '--ref-date', '2024-02-28']);
  expect(result).toEqual({
    status: 0,
    stdout: '{"file":"fixtures/bad/empty.txt","id":null,"format":"text","date":"2024-02-28","entities":[]}\n',
    stderr: '',
  });
});

test('csv: the header, then one row per mention of the json output, same order', () => {
  const path = 'fixtures/articles/harbor-strike.txt';
  const csv = newsner([path, '-f', 'csv']);
  expect(csv.status).toBe(0);
  const rows = csv.stdout.trimEnd().split('\n');
  expect(rows[0]).toBe('file,id,type,name,text,start,end,line,column,value');
  const [record] = jsonLines(newsner([path, '-f', 'jsonl']).stdout) as unknown as DocumentResult[];
  const mentions = record.entities.flatMap((entity) =>
    entity.mentions.map((mention) => [entity.type, mention.start, mention.end, mention.line, mention.column]),
  );
  expect(rows.length - 1).toBe(mentions.length);
  mentions.forEach(([type, start, end, line, column], i) => {
    expect(rows[i + 1].startsWith(`${path},,${type},`)).toBe(true);
    expect(rows[i + 1]).toContain(`,${start},${end},${line},${column},`);
  });
});

test('--types keeps only the named types (plurals accepted)', () => {
  const paths = ['fixtures/articles/harbor-strike.txt', 'fixtures/articles/court-ruling.txt'];
  for (const [flag, allowed] of [
    ['date', ['date']],
    ['people,places', ['person', 'place']],
  ] as const) {
    const result = newsner([...paths, '-f', 'jsonl', '--types', flag]);
    expect(result.status).toBe(0);
    for (const record of jsonLines(result.stdout) as unknown as DocumentResult[]) {
      for (const entity of record.entities) expect(allowed).toContain(entity.type);
    }
  }
});

test('table: plain text when stdout is not a terminal (no escape codes), also with --format table', () => {
  const result = newsner(['fixtures/bad/empty.txt', '-f', 'table']);
  expect(result).toEqual({ status: 0, stdout: 'fixtures/bad/empty.txt\nno entities found\n', stderr: '' });
  const forced = newsner(['fixtures/bad/empty.txt', '-f', 'table'], { env: { FORCE_COLOR: '1', NO_COLOR: '1' } });
  expect(forced.stdout).not.toContain('\u001b[');
});

test('output is deterministic: the same bytes whatever the time zone and locale', () => {
  const args = ['fixtures/articles', 'fixtures/records.jsonl', '-f', 'jsonl', '--ref-date', '2024-02-28'];
  const first = newsner(args, { env: { TZ: 'UTC', LANG: 'C', LC_ALL: 'C' } });
  const second = newsner(args, { env: { TZ: 'Pacific/Kiritimati', LANG: 'tr_TR.UTF-8', LC_ALL: 'tr_TR.UTF-8' } });
  expect(first.status).toBe(0);
  expect(second.stdout).toBe(first.stdout);
});
