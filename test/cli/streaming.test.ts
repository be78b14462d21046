// Streaming: the input and output side never hold the corpus in memory. 80 MB of JSONL go through
// the run loop (with a stand-in for the pipeline, so only reading, formatting and writing count)
// in a child process; its peak RSS must not grow with the corpus: 80 MB costs about what 20 MB does.
import { spawnSync } from 'child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { ROOT } from './binary';

const CORPUS_MB = 80;
const SMALL_CORPUS_MB = 20;

interface StreamRun {
  count: number;
  stdout: string;
  report: { exitCode: number; n: number; peakMB: number };
}

function streamThrough(dir: string, megabytes: number): StreamRun {
  const corpus = join(dir, `corpus-${megabytes}.jsonl`);
  const text = 'Judge Helena Mbeki sentenced Tomas Rieger in Velmar City on Friday. '.repeat(60);
  const line = (i: number): string => JSON.stringify({ id: String(i), text });
  const count = Math.ceil((megabytes * 1e6) / (line(0).length + 1));
  writeFileSync(corpus, Array.from({ length: count }, (_, i) => `${line(i)}\n`).join(''));
  const script = `
    const { runExtract } = require(${JSON.stringify(join(ROOT, 'dist', 'cli', 'run-extract.js'))});
    let n = 0;
    const stand_in = (text, options, meta) => {
      if (meta.id !== String(n++)) throw new Error('out of order');
      return { file: null, id: meta.id, date: null, entities: [] };
    };
    runExtract({ paths: [${JSON.stringify(corpus)}], format: 'jsonl', color: false, document: { refDate: null } },
      { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, stdoutFd: 1 }, stand_in)
      .then((outcome) => process.stderr.write(JSON.stringify({ exitCode: outcome.exitCode, n, peakMB: process.resourceUsage().maxRSS / 1024 })));
  `;
  const result = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  return { count, stdout: result.stdout, report: JSON.parse(result.stderr) };
}

test(`${CORPUS_MB} MB of JSONL stream through in bounded memory, every record out, in order`, () => {
  const dir = mkdtempSync(join(tmpdir(), 'newsner-stream-'));
  try {
    const small = streamThrough(dir, SMALL_CORPUS_MB);
    const { count, stdout, report } = streamThrough(dir, CORPUS_MB);
    expect(report.exitCode).toBe(0);
    expect(report.n).toBe(count);
    const lines = stdout.split('\n');
    expect(lines).toHaveLength(count + 1);
    expect(lines[count - 1]).toBe(`{"file":null,"id":"${count - 1}","format":"jsonl","date":null,"entities":[]}`);
    // four times the corpus, (nearly) the same memory: nothing is kept per record
    expect(report.peakMB - small.report.peakMB).toBeLessThan(16);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
