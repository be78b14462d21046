// A document that exhausts memory (compromise has had out-of-memory crashes; leaks hold mail
// archives of hundreds of MB). In worker mode (the default for a folder or JSONL on a machine with
// several CPUs) it costs only that document: its worker dies, the document becomes an error
// record and a fresh worker takes the next one. The heap is made small (--max-old-space-size,
// inherited by the workers) so a 4 MB story is enough to run out.
// Not covered, because it cannot hold: with --jobs 1 the pipeline runs in the main thread, and an
// out-of-memory document there ends the whole run (V8 aborts the process).
import { spawnSync } from 'child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { BIN, jsonLines, ROOT } from './binary';

test('a document that runs its worker out of memory is an error record; the documents around it are processed; exit 1', () => {
  const dir = mkdtempSync(join(tmpdir(), 'newsner-memory-'));
  try {
    const before = join(dir, 'a.txt');
    const hog = join(dir, 'b-hog.txt');
    const after = join(dir, 'c.txt');
    writeFileSync(before, 'Mayor Clara Voss of Velmar City spoke on Tuesday.');
    writeFileSync(hog, 'Jane Roe, a spokeswoman for the Lowton Port Authority, said on Tuesday that talks with the dock workers would resume next week. '.repeat(32_000));
    writeFileSync(after, 'Judge Tomas Rieger ruled on Friday.');
    const env = { ...process.env };
    delete env.FORCE_COLOR;
    delete env.NEWSNER_DEBUG;
    const result = spawnSync(process.execPath, ['--max-old-space-size=40', BIN, dir, '-f', 'jsonl', '--jobs', '2'], { cwd: ROOT, env, encoding: 'utf8' });
    expect(result.stderr).toBe(`newsner: ${hog}: internal error: out of memory\n`);
    expect(result.status).toBe(1);
    const records = jsonLines(result.stdout);
    expect(records.map((record) => [record.file, record.error ?? 'ok'])).toEqual([
      [before, 'ok'],
      [hog, 'internal error: out of memory'],
      [after, 'ok'],
    ]);
    expect(records[2].entities).toEqual(expect.arrayContaining([expect.objectContaining({ type: 'person', name: 'Tomas Rieger' })]));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
