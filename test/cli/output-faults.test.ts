// Output that cannot be written: a full disk (/dev/full) and a file that hits a size limit in the
// middle of a record (bash `ulimit -f`, standing in for a disk filling up). One clear line on
// stderr, exit code 1, and the file ends on a whole record.
import { spawnSync } from 'child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { BIN, ROOT } from './binary';

const linux = process.platform === 'linux' && existsSync('/dev/full');
const onLinux = linux ? test : test.skip;

let dir: string;
let corpus: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'newsner-out-'));
  corpus = join(dir, 'corpus.jsonl');
  const lines = Array.from({ length: 300 }, (_, i) =>
    JSON.stringify({ id: `r${i}`, text: 'Judge Helena Mbeki sentenced Tomas Rieger in Velmar City on Friday.' }),
  );
  writeFileSync(corpus, `${lines.join('\n')}\n`);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function bash(command: string): { status: number | null; stderr: string } {
  const result = spawnSync('bash', ['-c', command], { cwd: ROOT, encoding: 'utf8' });
  return { status: result.status, stderr: result.stderr };
}

onLinux('a full disk: one line on stderr, exit 1', () => {
  const result = bash(`"${process.execPath}" "${BIN}" "${corpus}" -f jsonl > /dev/full`);
  expect(result).toEqual({
    status: 1,
    stderr: 'newsner: cannot write output: no space left on device; the output holds whole records only\n',
  });
});

onLinux('the output file fills up in the middle of a record: the file is cut back to the last whole line', () => {
  const output = join(dir, 'out.jsonl');
  // SIGXFSZ is ignored (as an inherited disposition) so the write fails with EFBIG instead of killing
  const result = bash(`trap '' XFSZ; ulimit -f 8; "${process.execPath}" "${BIN}" "${corpus}" -f jsonl > "${output}"`);
  expect(result).toEqual({
    status: 1,
    stderr: 'newsner: cannot write output: file too large; the output holds whole records only\n',
  });
  const written = readFileSync(output, 'utf8');
  expect(written.endsWith('\n')).toBe(true);
  const ids = written.trimEnd().split('\n').map((line) => (JSON.parse(line) as { id: string }).id);
  expect(ids.length).toBeGreaterThan(0);
  expect(ids.length).toBeLessThan(300);
  expect(ids).toEqual(Array.from({ length: ids.length }, (_, i) => `r${i}`));
});
