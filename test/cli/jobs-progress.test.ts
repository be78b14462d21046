// Progress on stderr: a bar and a summary line after a run longer than a second, on a terminal
// only; stdout never sees either. (The CLI passes `progress` only when stderr is a terminal and
// --quiet is not given; tests/cli/tty.test.ts checks that a quick run on a terminal stays as it was.)
import { Readable } from 'stream';
import { Extract } from '../../src/cli/process-document';
import { runExtract } from '../../src/cli/run-extract';
import { summaryLine } from '../../src/run/progress';
import { newsner } from './binary';
import { collector } from './collector';


// 30 ms per document, one "Rieger" entity each; THROW throws
const slow: Extract = (text, options, meta) => {
  if (text === 'THROW') throw new Error('boom');
  const until = Date.now() + 30;
  while (Date.now() < until);
  return { file: meta.file ?? null, id: meta.id ?? null, date: null, entities: [{ type: 'person', name: 'Rieger', count: 1, mentions: [] }] };
};

async function run(progress: { bar: boolean } | null) {
  const input = Array.from({ length: 50 }, (_, i) => JSON.stringify({ id: String(i), text: i === 7 ? 'THROW' : 'Rieger' })).join('\n');
  const stdout = collector();
  const stderr = collector();
  // what cli-progress looks at to decide it is drawing on a terminal
  Object.assign(stderr.stream, { isTTY: true, columns: 160 });
  await runExtract(
    { paths: ['-'], inputFormat: 'jsonl', format: 'jsonl', color: false, document: { refDate: null }, progress },
    { stdin: Readable.from([Buffer.from(input)]), stdout: stdout.stream, stderr: stderr.stream },
    slow,
  );
  return { stdout: stdout.text(), stderr: stderr.text() };
}

test('a long run on a terminal: a bar with documents, bytes and rate, then the summary line; stdout holds records only', async () => {
  const result = await run({ bar: true });
  expect(result.stdout.trimEnd().split('\n')).toHaveLength(50);
  expect(result.stderr).toMatch(/newsner \| \d+ documents \| [\d.]+ MB \| [\d.]+ MB\/s \| \d+:\d\d so far/);
  expect(result.stderr).toContain('newsner: <stdin>:8: internal error: Error: boom\n');
  expect(result.stderr).toMatch(/newsner: 50 documents, 49 entities, 1 error in \d+\.\d s\n$/);
});

test('stdout on the same terminal: no bar, the summary line only', async () => {
  const result = await run({ bar: false });
  expect(result.stderr).toMatch(/^newsner: <stdin>:8: internal error: Error: boom\nnewsner: 50 documents, 49 entities, 1 error in \d+\.\d s\n$/);
});

test('no terminal (or --quiet): errors only', async () => {
  const result = await run(null);
  expect(result.stderr).toBe('newsner: <stdin>:8: internal error: Error: boom\n');
});

test('the summary line', () => {
  expect(summaryLine(1, 1, 0, 0.04)).toBe('newsner: 1 document, 1 entity, 0 errors in 0.0 s\n');
  expect(summaryLine(651, 20412, 2, 7.25)).toBe('newsner: 651 documents, 20412 entities, 2 errors in 7.3 s\n');
});

test('--quiet is accepted and changes nothing on a pipe', () => {
  const plain = newsner(['fixtures/articles', '-f', 'jsonl']);
  const quiet = newsner(['fixtures/articles', '-f', 'jsonl', '--quiet']);
  expect(quiet.stdout).toBe(plain.stdout);
  expect(quiet.stderr).toBe('');
  expect(quiet.status).toBe(0);
});
