// Bad input and bad usage: one clear line on stderr (never a stack trace), the right exit code,
// and every other input still processed.
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { jsonLines, newsner, ROOT } from './binary';

function expectOneLineError(stderr: string, pattern: RegExp): void {
  expect(stderr.endsWith('\n')).toBe(true);
  expect(stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(stderr).toMatch(pattern);
  expect(stderr).not.toMatch(/\n\s+at /);
}

describe('usage errors: exit code 2, nothing on stdout', () => {
  test.each([
    [['--bogus', 'fixtures/tree/a.txt'], /^newsner: unknown option '--bogus' \(see newsner --help\)$/m],
    [['--format', 'xml', 'fixtures/tree/a.txt'], /^newsner: option '-f, --format <format>' argument 'xml' is invalid\. Allowed choices are table, json, jsonl, csv, text, html, ftm\./],
    [['--types', 'person,animal', 'fixtures/tree/a.txt'], /Unknown type "animal"; the types are person, organization, place, date\./],
    [['--ref-date', '2023-02-29', 'fixtures/tree/a.txt'], /^newsner: option '--ref-date <YYYY-MM-DD>' argument '2023-02-29' is invalid\. Expected a calendar date as YYYY-MM-DD/],
    [['--ref-date', 'yesterday', 'fixtures/tree/a.txt'], /argument 'yesterday' is invalid\. Expected a calendar date as YYYY-MM-DD/],
    [['--input-format', 'xml', 'fixtures/tree/a.txt'], /argument 'xml' is invalid\. Allowed choices are text, jsonl, html, pdf, docx, eml, mbox\./],
  ])('%j', (args, message) => {
    const result = newsner(args);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expectOneLineError(result.stderr, message);
  });
});

test('--version prints the version from package.json; --help shows examples and exit codes', () => {
  const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
  expect(newsner(['--version'])).toEqual({ status: 0, stdout: `${version}\n`, stderr: '' });
  for (const args of [['--help'], ['extract', '--help']]) {
    const help = newsner(args);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('Examples:\n  newsner article.txt');
    expect(help.stdout).toContain('Exit codes: 0 all fine, 1 some inputs failed (each named on stderr), 2 usage error.');
  }
  expect(newsner(['extract', '--help']).stdout).toContain('--ref-date <YYYY-MM-DD>');
});

test('a missing file: named on stderr, an error record in its place, the other files processed, exit 1', () => {
  const result = newsner(['fixtures/tree/a.txt', 'fixtures/nope.txt', 'fixtures/bad/empty.txt', '-f', 'jsonl']);
  expect(result.status).toBe(1);
  expect(result.stderr).toBe('newsner: fixtures/nope.txt: cannot read: no such file or directory\n');
  const records = jsonLines(result.stdout);
  expect(records.map((record) => record.file)).toEqual(['fixtures/tree/a.txt', 'fixtures/nope.txt', 'fixtures/bad/empty.txt']);
  expect(records[1]).toEqual({ file: 'fixtures/nope.txt', id: null, error: 'cannot read: no such file or directory' });
});

test('a broken JSONL file: an error record with the line number for each bad line, the rest goes on, exit 1', () => {
  const result = newsner(['fixtures/bad/broken.jsonl', '-f', 'jsonl']);
  expect(result.status).toBe(1);
  const records = jsonLines(result.stdout);
  expect(records.map((record) => ('error' in record ? `error ${record.id} ${record.line}` : `doc ${record.id}`))).toEqual([
    'doc b1',
    'error null 2',
    'error null 4',
    'error b5 5',
    'error b6 6',
    'doc b7',
  ]);
  expect(Object.keys(records[1])).toEqual(['file', 'id', 'line', 'error']);
  expect(records[1].file).toBe('fixtures/bad/broken.jsonl');
  expect(records[1].error).toMatch(/^invalid JSON: /);
  expect(records[2].error).toBe('expected a JSON object like {"id": "...", "text": "..."}');
  expect(records[3].error).toBe('missing "text"');
  expect(records[4].error).toBe('invalid "date" "2024-13-01": expected YYYY-MM-DD');
  const lines = result.stderr.trimEnd().split('\n');
  expect(lines).toHaveLength(4);
  expect(lines[0]).toMatch(/^newsner: fixtures\/bad\/broken\.jsonl:2: invalid JSON: /);
  expect(lines.slice(1)).toEqual([
    'newsner: fixtures/bad/broken.jsonl:4: expected a JSON object like {"id": "...", "text": "..."}',
    'newsner: fixtures/bad/broken.jsonl:5: missing "text"',
    'newsner: fixtures/bad/broken.jsonl:6: invalid "date" "2024-13-01": expected YYYY-MM-DD',
  ]);
});

test('json output with errors is still one valid JSON document', () => {
  const result = newsner(['fixtures/bad/broken.jsonl', 'fixtures/nope.txt']);
  expect(result.status).toBe(1);
  const output = JSON.parse(result.stdout) as { documents: unknown[] };
  expect(output.documents).toHaveLength(7);
});

test('a binary file is skipped with a warning (exit 0); invalid UTF-8 is read with a warning (exit 0)', () => {
  const result = newsner(['fixtures/bad/scan.txt', 'fixtures/bad/latin1.txt', '-f', 'jsonl']);
  expect(result.status).toBe(0);
  expect(result.stderr).toBe(
    'newsner: warning: fixtures/bad/scan.txt: binary file skipped\n' +
      'newsner: warning: fixtures/bad/latin1.txt: invalid UTF-8, decoded with replacement characters (U+FFFD)\n',
  );
  const records = jsonLines(result.stdout);
  expect(records.map((record) => record.file)).toEqual(['fixtures/bad/latin1.txt']);
});

test('UTF-16 with a BOM is decoded', () => {
  const result = newsner(['fixtures/bad/utf16.txt', '-f', 'jsonl']);
  expect(result.status).toBe(0);
  expect(result.stderr).toBe('');
  expect(jsonLines(result.stdout)).toHaveLength(1);
});

test('a directory that does not exist, among good inputs', () => {
  const result = newsner(['fixtures/no-such-dir/', 'fixtures/tree/a.txt', '-f', 'jsonl']);
  expect(result.status).toBe(1);
  expect(result.stderr).toBe('newsner: fixtures/no-such-dir/: cannot read: no such file or directory\n');
  expect(jsonLines(result.stdout)).toHaveLength(2);
});

test('a path through a file ("not a directory") is named with its reason', () => {
  const result = newsner(['fixtures/tree/a.txt/inner.txt', '-f', 'jsonl']);
  expect(result.status).toBe(1);
  expect(result.stderr).toBe('newsner: fixtures/tree/a.txt/inner.txt: cannot read: not a directory\n');
});

// root reads everything, so permission denied can only be shown by an ordinary user
const asOrdinaryUser = typeof process.getuid === 'function' && process.getuid() !== 0 ? test : test.skip;
asOrdinaryUser('a file without read permission: "permission denied", the other files still processed', () => {
  const dir = mkdtempSync(join(tmpdir(), 'newsner-perm-'));
  const locked = join(dir, 'locked.txt');
  writeFileSync(locked, 'Mayor Clara Voss');
  chmodSync(locked, 0o000);
  try {
    const result = newsner([locked, 'fixtures/tree/a.txt', '-f', 'jsonl']);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(`newsner: ${locked}: cannot read: permission denied\n`);
    expect(jsonLines(result.stdout).map((record) => record.file)).toEqual([locked, 'fixtures/tree/a.txt']);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
