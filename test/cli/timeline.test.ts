// `newsner timeline` on fixtures/corpus (six invented articles), on the built binary: the exact
// expected output in every format (test/timeline/expected, checked by hand), --from-results gives
// the same, --from / --to, and usage errors.
import { readFileSync, writeFileSync, mkdtempSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { newsner, ROOT } from './binary';

const EXPECTED = join(ROOT, 'test', 'timeline', 'expected');
const REF = ['--ref-date', '2024-03-20'];

function run(args: string[]): string {
  const result = newsner(['timeline', ...args]);
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  return result.stdout;
}

test.each(['table', 'csv', 'json', 'jsonl', 'html'])('fixtures/corpus as %s: the expected output', (format) => {
  expect(run(['fixtures/corpus', ...REF, '-f', format])).toBe(readFileSync(join(EXPECTED, `corpus.${format}`), 'utf8'));
});

test('the table says what it lists apart and why: dates that cannot be placed', () => {
  const lines = run(['fixtures/corpus', '-f', 'table', '--from', '2024-03', '--to', '2024-03-14']).split('\n');
  expect(lines.slice(0, 3)).toEqual([
    '0 dates on the line from 6 documents; 14 date(s) that cannot be placed listed apart',
    '',
    'Dates that cannot be placed (not on the line; a relative date needs a reference date: --ref-date or a record "date")',
  ]);
});

test('without a reference date, relative dates are listed apart; --from / --to leave them there', () => {
  expect(run(['fixtures/corpus', '-f', 'jsonl', '--from', '2024-03', '--to', '2024-03-14'])).toBe(readFileSync(join(EXPECTED, 'corpus-no-ref.jsonl'), 'utf8'));
});

test('--from-results over extract JSONL gives the same timeline', () => {
  const dir = mkdtempSync(join(tmpdir(), 'newsner-timeline-'));
  const results = join(dir, 'results.jsonl');
  writeFileSync(results, newsner(['fixtures/corpus', ...REF, '-f', 'jsonl', '-q']).stdout);
  expect(run(['--from-results', results, '-f', 'jsonl'])).toBe(readFileSync(join(EXPECTED, 'corpus.jsonl'), 'utf8'));
});

test('--from / --to keep the dates that overlap them', () => {
  const values = run(['fixtures/corpus', ...REF, '-f', 'jsonl', '--from', '2024-03-12', '--to', '2024-03-16'])
    .trim()
    .split('\n')
    .map((line) => (JSON.parse(line) as { value: string }).value);
  expect(values).toEqual(['2024-W11', '2024-03-12', '2024-03-14', '2024-03-15', '2024-03-16']);
});

test('a bad bound is a one-line usage error', () => {
  const bad = newsner(['timeline', 'fixtures/corpus', '--from', '2024-02-30']);
  expect(bad.status).toBe(2);
  expect(bad.stdout).toBe('');
  expect(bad.stderr).toBe("newsner: option '--from <date>' argument '2024-02-30' is invalid. Expected YYYY, YYYY-MM or YYYY-MM-DD. (see newsner --help)\n");
  const reversed = newsner(['timeline', 'fixtures/corpus', '--from', '2024', '--to', '2023']);
  expect(reversed.status).toBe(2);
  expect(reversed.stderr).toBe('newsner: --from is after --to (see newsner --help)\n');
});
