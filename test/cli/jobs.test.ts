// --jobs: the same bytes for every N, records in input order, and a worker that throws or dies
// costs only its own document. Worker tests use a stand-in `extract` module written to a temp
// directory (workers load modules, they cannot be handed a function); CLI tests run the real
// pipeline through the built dist/.
import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { Readable } from 'stream';
import { ExtractRun, runExtract } from '../../src/cli/run-extract';
import { defaultJobPlan, defaultJobs, SMALL_INPUT_BYTES } from '../../src/cli/default-jobs';
import { newsner } from './binary';
import { collector } from './collector';

let dir: string;
let standIn: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'newsner-jobs-'));
  standIn = join(dir, 'stand-in-extract.js');
  // one "person" per capitalized word "Rieger"; CRASH ends the worker, THROW throws, SLOW waits a bit
  writeFileSync(
    standIn,
    `exports.extract = (text, options, meta) => {
      if (text.includes('CRASH')) process.exit(3);
      if (text.includes('THROW')) throw new TypeError('t.isValid is not a function');
      if (text.includes('SLOW')) { const until = Date.now() + 150; while (Date.now() < until); }
      const count = text.split('Rieger').length - 1;
      const entities = count === 0 ? [] : [{ type: 'person', name: 'Rieger', count, mentions: [] }];
      return { file: meta.file ?? null, id: meta.id ?? null, date: options.refDate ?? null, entities };
    };\n`,
  );
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));


async function runJsonl(stdin: string, partial: Partial<ExtractRun>) {
  const stdout = collector();
  const stderr = collector();
  const outcome = await runExtract(
    { paths: ['-'], inputFormat: 'jsonl', format: 'jsonl', color: false, document: { refDate: null }, extractModule: standIn, ...partial },
    { stdin: Readable.from([Buffer.from(stdin)]), stdout: stdout.stream, stderr: stderr.stream },
  );
  return { ...outcome, stdout: stdout.text(), stderr: stderr.text() };
}

const record = (id: string, text: string): string => `${JSON.stringify({ id, text })}\n`;

test('40 records through 3 workers come out in input order, although later ones finish first', async () => {
  // every third record is slow, so the records after it are done before it
  const input = Array.from({ length: 40 }, (_, i) => record(`r${i}`, i % 3 === 0 ? 'SLOW Rieger' : 'Rieger Rieger')).join('');
  const result = await runJsonl(input, { jobs: 3 });
  expect(result.exitCode).toBe(0);
  const ids = result.stdout.trimEnd().split('\n').map((line) => (JSON.parse(line) as { id: string }).id);
  expect(ids).toEqual(Array.from({ length: 40 }, (_, i) => `r${i}`));
});

test('an exception in a worker is an error record for that document only', async () => {
  const result = await runJsonl(record('a', 'Rieger') + record('b', 'THROW') + record('c', 'Rieger'), { jobs: 2 });
  expect(result.exitCode).toBe(1);
  expect(result.stdout).toBe(
    [
      '{"file":null,"id":"a","format":"jsonl","date":null,"entities":[{"type":"person","name":"Rieger","count":1,"mentions":[]}]}',
      '{"file":null,"id":"b","line":2,"error":"internal error: TypeError: t.isValid is not a function"}',
      '{"file":null,"id":"c","format":"jsonl","date":null,"entities":[{"type":"person","name":"Rieger","count":1,"mentions":[]}]}',
      '',
    ].join('\n'),
  );
  expect(result.stderr).toBe('newsner: <stdin>:2: internal error: TypeError: t.isValid is not a function\n');
});

test.each(['thread', 'process'] as const)('a %s worker that dies costs only its document; a new worker takes the rest', async (workerKind) => {
  const input = record('a', 'Rieger') + record('b', 'CRASH') + record('c', 'Rieger') + record('d', 'CRASH') + record('e', 'Rieger');
  const result = await runJsonl(input, { jobs: 2, workerKind });
  expect(result.exitCode).toBe(1);
  const lines = result.stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
  expect(lines.map((line) => line.id)).toEqual(['a', 'b', 'c', 'd', 'e']);
  const exitMessage = workerKind === 'thread' ? 'the worker stopped' : 'the worker process exited with code 3';
  expect(lines[1]).toEqual({ file: null, id: 'b', line: 2, error: `internal error: ${exitMessage}` });
  expect(lines[3]).toEqual({ file: null, id: 'd', line: 4, error: `internal error: ${exitMessage}` });
  expect(lines[4]).toEqual({ file: null, id: 'e', format: 'jsonl', date: null, entities: [{ type: 'person', name: 'Rieger', count: 1, mentions: [] }] });
});

test('a pipeline module that cannot load ends the run with an error, not a hang', async () => {
  const broken = join(dir, 'broken-extract.js');
  writeFileSync(broken, "throw new Error('cannot load the lexicon');\n");
  await expect(runJsonl(record('a', 'Rieger'), { jobs: 2, extractModule: broken })).rejects.toThrow(/cannot start a worker/);
});

test('the default: all CPUs for a directory, JSONL or more than 4 files; 1 for a few articles or a few MB of named files', () => {
  expect(defaultJobs(['fixtures/articles'], undefined, 8)).toBe(8);
  expect(defaultJobs(['-'], 'jsonl', 8)).toBe(8);
  expect(defaultJobs(['a.txt', 'b.txt', 'c.txt', 'd.txt', 'e.txt'], undefined, 8)).toBe(8); // missing: sizes unknown
  expect(defaultJobs(['fixtures/articles/court-ruling.txt', '-'], undefined, 8)).toBe(1);
  expect(defaultJobs(['fixtures/articles'], undefined, 1)).toBe(1);
  // a small JSONL file: every worker would warm up for little work
  expect(defaultJobs(['fixtures/records.jsonl'], undefined, 8)).toBe(1);
  // the same JSONL at the threshold (a sparse file: its size is all that is read)
  const big = join(dir, 'big.jsonl');
  writeFileSync(big, '');
  truncateSync(big, SMALL_INPUT_BYTES);
  expect(defaultJobs([big], undefined, 8)).toBe(8);
  truncateSync(big, SMALL_INPUT_BYTES - 1);
  expect(defaultJobs([big], undefined, 8)).toBe(1);
  expect(defaultJobs([big, 'fixtures/records.jsonl'], undefined, 8)).toBe(8);
  // more than 4 named files, but a few kilobytes in all
  const articles = ['court-ruling.txt', 'harbor-strike.txt', 'election-night.md'].map((name) => `fixtures/articles/${name}`);
  const corpus = ['a-detention.txt', 'b-court.txt'].map((name) => `fixtures/corpus/${name}`);
  expect(defaultJobs([...articles, ...corpus], undefined, 8)).toBe(1);
});

test('the default plan: the main thread analyzes too; workers start at once for big named files, after a few MB for a stream or a directory, only on free cores', () => {
  expect(defaultJobPlan(['-'], 'jsonl', 8)).toEqual({ jobs: 8, startWorkersAfterChars: SMALL_INPUT_BYTES, onlyFreeCores: true });
  expect(defaultJobPlan(['fixtures/articles'], undefined, 8)).toEqual({ jobs: 8, startWorkersAfterChars: SMALL_INPUT_BYTES, onlyFreeCores: true });
  expect(defaultJobPlan(['fixtures/records.jsonl'], undefined, 8)).toEqual({ jobs: 1 });
  expect(defaultJobPlan(['-'], 'jsonl', 1)).toEqual({ jobs: 1 });
  const big = join(dir, 'big-plan.jsonl');
  writeFileSync(big, '');
  truncateSync(big, SMALL_INPUT_BYTES);
  expect(defaultJobPlan([big], undefined, 8)).toEqual({ jobs: 8, startWorkersAfterChars: 0, onlyFreeCores: true });
});

describe('the main thread analyzing beside the workers (startWorkersAfterChars)', () => {
  // a stand-in that names the thread that analyzed the document; in the main thread, WAIT holds its
  // document until the worker has said it is ready (the worker notes that in a file just after)
  let whereModule: string;
  beforeAll(() => {
    whereModule = join(dir, 'where-extract.js');
    const marker = join(dir, 'worker-ready');
    writeFileSync(
      whereModule,
      `const { isMainThread } = require('worker_threads');
      const fs = require('fs');
      if (!isMainThread) setImmediate(() => fs.writeFileSync(${JSON.stringify(marker)}, ''));
      exports.extract = (text, options, meta) => {
        if (isMainThread && text === 'WAIT') {
          const cell = new Int32Array(new SharedArrayBuffer(4));
          while (!fs.existsSync(${JSON.stringify(marker)})) Atomics.wait(cell, 0, 0, 10);
        }
        return { file: null, id: meta.id ?? null, date: null, entities: [{ type: 'person', name: isMainThread ? 'main' : 'worker', count: 1, mentions: [] }] };
      };\n`,
    );
  });
  const where = (stdout: string): [string, string][] =>
    stdout
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as { id: string; entities: { name: string }[] })
      .map((parsed) => [parsed.id, parsed.entities[0].name]);
  const text = 'x'.repeat(100);

  test('an input no longer than the threshold is analyzed by the main thread alone', async () => {
    const input = Array.from({ length: 5 }, (_, i) => record(`r${i}`, text)).join('');
    const result = await runJsonl(input, { jobs: 2, startWorkersAfterChars: 500, extractModule: whereModule });
    expect(result.exitCode).toBe(0);
    expect(where(result.stdout)).toEqual([0, 1, 2, 3, 4].map((i) => [`r${i}`, 'main']));
  });

  test('past the threshold a worker starts; the main thread goes on until it is ready, then the worker takes documents; the records stay in input order', async () => {
    const input = Array.from({ length: 40 }, (_, i) => record(`r${i}`, i === 3 ? 'WAIT' : text)).join('');
    const result = await runJsonl(input, { jobs: 2, startWorkersAfterChars: 200, extractModule: whereModule });
    expect(result.exitCode).toBe(0);
    const done = where(result.stdout);
    expect(done.map(([id]) => id)).toEqual(Array.from({ length: 40 }, (_, i) => `r${i}`));
    // r2 passes the threshold: the worker only starts loading, so r2 and r3 (which waits for it) are the main thread's
    expect(done.slice(0, 4)).toEqual([
      ['r0', 'main'],
      ['r1', 'main'],
      ['r2', 'main'],
      ['r3', 'main'],
    ]);
    // once the main thread has heard that the worker is ready (within a document or two), the worker takes some
    expect(done.slice(4).some(([, name]) => name === 'worker')).toBe(true);
  });
});

describe('the real pipeline through the CLI: output bytes identical for --jobs 1, 2 and 3', () => {
  const inputs = ['fixtures/corpus', 'fixtures/articles', 'fixtures/records.jsonl', 'fixtures/bad/broken.jsonl', 'fixtures/nope.txt'];
  test.each(['jsonl', 'json', 'csv', 'table', 'text', 'html'])('--format %s', (format) => {
    const one = newsner([...inputs, '--format', format, '--jobs', '1']);
    expect(one.stdout.length).toBeGreaterThan(1000);
    for (const jobs of ['2', '3']) {
      const many = newsner([...inputs, '--format', format, '--jobs', jobs]);
      expect(many.stdout).toBe(one.stdout);
      expect(many.stderr).toBe(one.stderr);
      expect(many.status).toBe(one.status);
    }
  });

  test('with process workers too', () => {
    const one = newsner([...inputs, '--format', 'jsonl', '--jobs', '1']);
    const many = newsner([...inputs, '--format', 'jsonl', '--jobs', '2', '--worker-kind', 'process']);
    expect(many.stdout).toBe(one.stdout);
  });

  test('usage errors: --jobs 0, --jobs two', () => {
    for (const value of ['0', 'two']) {
      const result = newsner(['fixtures/articles', '--jobs', value]);
      expect(result.status).toBe(2);
      expect(result.stderr).toMatch(/^newsner: option '-j, --jobs <n>' argument .* is invalid\. Expected a whole number of jobs, 1 or more\./);
    }
  });
});
