// --shard i/n: n contiguous slices of the documents (text files one each, JSONL files one per
// line) whose outputs, concatenated in shard order, are byte for byte the unsharded output.
import { mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { shardRange } from '../../src/run/shard';
import { newsner } from './binary';

test('shardRange: n contiguous slices that cover 0..total exactly, sizes differing by at most one', () => {
  for (let total = 0; total <= 40; total++) {
    for (let count = 1; count <= 7; count++) {
      let expectedFrom = 0;
      const sizes: number[] = [];
      for (let index = 1; index <= count; index++) {
        const { from, to } = shardRange(total, { index, count });
        expect(from).toBe(expectedFrom);
        expectedFrom = to;
        sizes.push(to - from);
      }
      expect(expectedFrom).toBe(total);
      expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
    }
  }
});

describe('the CLI', () => {
  let dir: string;
  let corpus: string;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'newsner-shard-'));
    corpus = join(dir, 'records.jsonl');
    const names = ['Clara Voss', 'Tomas Rieger', 'Acme Corp.', 'Velmar City', 'Lowton'];
    const lines = Array.from({ length: 23 }, (_, i) =>
      i === 9 ? '{"id": broken' : JSON.stringify({ id: `r${i}`, text: `${names[i % 5]} spoke in Lowton on Tuesday, March ${i + 1}, 2024.` }),
    );
    lines.splice(15, 0, ''); // a blank line counts as a line and yields nothing
    writeFileSync(corpus, `${lines.join('\n')}\n`);
  });

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const inputs = (): string[] => ['fixtures/corpus', 'fixtures/articles', corpus, 'fixtures/records.jsonl', 'fixtures/nope.txt'];

  test.each([1, 2, 3, 7])('%i shards, concatenated in order, are the unsharded output (jsonl and csv)', (count) => {
    for (const format of ['jsonl', 'csv']) {
      const whole = newsner([...inputs(), '-f', format, '--jobs', '1']);
      const parts = Array.from({ length: count }, (_, i) => newsner([...inputs(), '-f', format, '--shard', `${i + 1}/${count}`]));
      if (format === 'jsonl') {
        expect(parts.map((part) => part.stdout).join('')).toBe(whole.stdout);
      } else {
        // each csv shard has its own header
        const header = whole.stdout.slice(0, whole.stdout.indexOf('\n') + 1);
        expect(header + parts.map((part) => part.stdout.slice(header.length)).join('')).toBe(whole.stdout);
      }
      expect(parts.map((part) => part.stderr).join('')).toBe(whole.stderr);
    }
  });

  test('a JSONL file is split by records: shard 2/2 starts in the middle of the file', () => {
    const second = newsner([corpus, '-f', 'jsonl', '--shard', '2/2']);
    const ids = second.stdout.trimEnd().split('\n').map((line) => (JSON.parse(line) as { id: string }).id);
    // 24 lines: 12 and 12; the blank line 16 is in the second half
    expect(ids).toEqual(['r12', 'r13', 'r14', 'r15', 'r16', 'r17', 'r18', 'r19', 'r20', 'r21', 'r22']);
  });

  test('usage errors: a shard of stdin, 0/3, 4/3, "half"', () => {
    const stdin = newsner(['--shard', '1/2', '--input-format', 'jsonl'], { input: '{"text": "x"}\n' });
    expect(stdin.status).toBe(2);
    expect(stdin.stderr).toBe('newsner: --shard needs named files or directories (a stream has no count to split: use GNU parallel --pipe) (see newsner --help)\n');
    for (const value of ['0/3', '4/3', 'half']) {
      const result = newsner(['fixtures/articles', '--shard', value]);
      expect(result.status).toBe(2);
      expect(result.stderr).toMatch(/Expected i\/n with 1 <= i <= n, e\.g\. 3\/10 for the third of ten shards\./);
    }
  });
});
