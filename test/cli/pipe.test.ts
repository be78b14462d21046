// A reader that goes away (`newsner ... | head -1`) and a run that is interrupted: stdout holds
// whole records only, stderr says nothing about a closed pipe, and the exit codes are documented.
import { spawn } from 'child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { BIN, ROOT } from './binary';

let dir: string;
let corpus: string;
const RECORDS = 3000;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'newsner-pipe-'));
  corpus = join(dir, 'corpus.jsonl');
  const text = 'Judge Helena Mbeki sentenced Tomas Rieger in Velmar City on Friday, June 16, 2023. ';
  const lines: string[] = [];
  for (let i = 0; i < RECORDS; i++) lines.push(JSON.stringify({ id: `r${i}`, text: text.repeat(3) }));
  writeFileSync(corpus, `${lines.join('\n')}\n`);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Child {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

test('the reader closes the pipe after one line: newsner stops quietly, exit 0, the line is whole', async () => {
  const child = spawn(process.execPath, [BIN, corpus, '-f', 'jsonl'], { cwd: ROOT });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  // read up to the first line break, then close our end like `head -1`
  const firstLine = await new Promise<string>((resolve) => {
    let buffered = '';
    child.stdout.on('data', (chunk: Buffer) => {
      buffered += chunk.toString();
      const newline = buffered.indexOf('\n');
      if (newline !== -1) {
        child.stdout.destroy();
        resolve(buffered.slice(0, newline));
      }
    });
  });
  const code = await new Promise<number | null>((resolve) => child.on('close', (status) => resolve(status)));
  expect(JSON.parse(firstLine)).toMatchObject({ file: corpus, id: 'r0' });
  expect(stderr).toBe('');
  expect(code).toBe(0);
});

test('`| head -1` in a shell: no message, and newsner does not go on through the whole corpus', async () => {
  const started = Date.now();
  const result = await new Promise<Child>((resolve) => {
    // the shell's own status is head's: report newsner's instead
    const command = `"${process.execPath}" "${BIN}" "${corpus}" -f json | head -1; exit \${PIPESTATUS[0]}`;
    const child = spawn('bash', ['-c', command], { cwd: ROOT });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
  expect(result).toEqual({ code: 0, signal: null, stdout: '{\n', stderr: '' });
  expect(Date.now() - started).toBeLessThan(30000);
});

test.each([
  ['SIGINT', 130],
  ['SIGTERM', 143],
] as const)('%s: the records written so far are whole, the json is closed, stderr says how far it got', async (signal, exitCode) => {
  const child = spawn(process.execPath, [BIN, '--input-format', 'jsonl', '-f', 'json'], { cwd: ROOT });
  let stdout = '';
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  // two records in, then the input stays open, as from a slow producer
  child.stdin.write('{"id":"a","text":"Mayor Clara Voss opened the bridge."}\n{"id":"b","text":"Talks resumed on Monday."}\n');
  await new Promise<void>((resolve) => {
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      if (stdout.includes('"id": "b"') && stdout.trimEnd().endsWith('}')) resolve();
    });
  });
  child.kill(signal);
  const code = await new Promise<number | null>((resolve) => child.on('close', (status) => resolve(status)));
  child.stdout.removeAllListeners('data');
  expect(code).toBe(exitCode);
  const output = JSON.parse(stdout) as { documents: { id: string }[] };
  expect(output.documents.map((record) => record.id)).toEqual(['a', 'b']);
  expect(stderr).toBe(`newsner: interrupted by ${signal} after 2 records; the output holds whole records only\n`);
});

test.each([[['timeline', '--help']], [['--version']]])('the reader of %j goes away before it is written: no message, exit 0', async (args) => {
  const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  // closed before the program has started, so the help text meets a closed pipe
  child.stdout.destroy();
  const code = await new Promise<number | null>((resolve) => child.on('close', (status) => resolve(status)));
  expect(stderr).toBe('');
  expect(code).toBe(0);
});
