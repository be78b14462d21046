// Interrupting a busy run (issue 7, item 5). pipe.test.ts interrupts a run that waits on its input;
// here the signal arrives while records are streaming out as fast as they are made, with and
// without workers: stdout must end on a whole line, hold exactly the records stderr counts, in
// input order; and a second signal, while a worker is still deep in a long document, stops at once.
import { spawn } from 'child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { BIN, ROOT } from './binary';

// far more than a run gets through before its signal, even on a fast machine (it stops early)
const RECORDS = 20_000;
const STORY = 'Judge Helena Mbeki sentenced Tomas Rieger in Velmar City on Friday, June 16, 2023. ';

let dir: string;
let corpus: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'newsner-signals-'));
  corpus = join(dir, 'corpus.jsonl');
  writeFileSync(corpus, Array.from({ length: RECORDS }, (_, i) => `${JSON.stringify({ id: `r${i}`, text: STORY.repeat(3) })}\n`).join(''));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Ended {
  code: number | null;
  stdout: string;
  stderr: string;
  /** ms from the (last) signal to the exit */
  afterSignal: number;
}

/**
 * Starts newsner, waits until `ready(stdout)` holds, then sends each signal `gapMs` apart (the
 * first `firstDelayMs` after ready) and collects everything until the process ends.
 */
function interrupt(args: string[], signals: NodeJS.Signals[], options: { input?: string; ready: (stdout: string) => boolean; firstDelayMs?: number; gapMs?: number }): Promise<Ended> {
  const env = { ...process.env };
  delete env.FORCE_COLOR;
  delete env.NEWSNER_DEBUG;
  const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, env });
  let stdout = '';
  let stderr = '';
  let sentAt = 0;
  let signalled = false;
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (chunk: string) => {
    stdout += chunk;
    if (!signalled && options.ready(stdout)) {
      signalled = true;
      signals.forEach((signal, i) =>
        setTimeout(() => {
          sentAt = Date.now();
          child.kill(signal);
        }, (options.firstDelayMs ?? 0) + i * (options.gapMs ?? 0)),
      );
    }
  });
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  // the input stays open (a slow producer) unless the test has all of it
  if (options.input !== undefined) child.stdin.write(options.input);
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr, afterSignal: Date.now() - sentAt })));
}

const lineCount = (text: string): number => text.split('\n').length - 1;

describe.each(['1', '2'])('--jobs %s, records streaming out', (jobs) => {
  test.each([
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const)('%s: only whole lines, in order, exactly as many as stderr says, exit %i', async (signal, exitCode) => {
    // signalled once 50 records are out, long before the 20,000 are done
    const ended = await interrupt([corpus, '-f', 'jsonl', '--jobs', jobs], [signal], { ready: (stdout) => lineCount(stdout) >= 50 });
    expect(ended.code).toBe(exitCode);
    expect(ended.stdout.endsWith('\n')).toBe(true);
    const ids = ended.stdout.slice(0, -1).split('\n').map((line) => (JSON.parse(line) as { id: string }).id);
    expect(ids.length).toBeGreaterThanOrEqual(50);
    expect(ids.length).toBeLessThan(RECORDS);
    expect(ids).toEqual(Array.from({ length: ids.length }, (_, i) => `r${i}`));
    expect(ended.stderr).toBe(`newsner: interrupted by ${signal} after ${ids.length} records; the output holds whole records only\n`);
  });
});

test('a second SIGINT while a worker is deep in a long document stops at once; stdout holds the whole lines before it', async () => {
  // 'a' is quick; 'long' (10 MB of news) keeps a worker busy for several seconds, well past both
  // signals even on a machine or a pipeline several times faster
  const long = 'Jane Roe, a spokeswoman for the Lowton Port Authority, said on Tuesday that talks would resume next week. '.repeat(100_000);
  const input = `${JSON.stringify({ id: 'a', text: STORY })}\n${JSON.stringify({ id: 'long', text: long })}\n`;
  const ended = await interrupt(['--input-format', 'jsonl', '-f', 'jsonl', '--jobs', '2'], ['SIGINT', 'SIGINT'], {
    input,
    ready: (stdout) => stdout.includes('\n'),
    firstDelayMs: 300,
    gapMs: 300,
  });
  expect(ended.code).toBe(130);
  // "at once": without the long document's record (below); the time only guards against a run that
  // waits for it, with room for a loaded machine
  expect(ended.afterSignal).toBeLessThan(5000);
  expect(ended.stdout.endsWith('\n')).toBe(true);
  expect(ended.stdout.slice(0, -1).split('\n').map((line) => (JSON.parse(line) as { id: string }).id)).toEqual(['a']);
  expect(ended.stderr).toContain('newsner: interrupted again by SIGINT after 1 records; stopped at once, the output holds whole records only');
});
