// File-system faults through the command line (issue 7, item 4): permission denied, a file removed
// during the run, symbolic link loops and special files in a tree, a directory of 10,000 files.
// Each: a clear line on stderr naming the path, the right exit code, an error record in place of
// what failed, every other document processed, and whole JSONL lines only. (A full disk and a
// closed pipe are in output-faults.test.ts and pipe.test.ts; a closed pipe after a failed input
// is here.)
import { spawn, spawnSync } from 'child_process';
import { chmodSync, closeSync, cpSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, symlinkSync, truncateSync, writeFileSync, writeSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { BIN, jsonLines, ROOT } from './binary';

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

const AS_NOBODY = ['setpriv', '--reuid=65534', '--regid=65534', '--clear-groups'];
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasSetpriv = spawnSync('setpriv', ['--version']).status === 0;

/** Whether the user nobody can start this CLI (node, bin/, dist/ and node_modules/ all reachable). */
function nobodyCanRun(bin: string, cwd: string): boolean {
  return spawnSync(AS_NOBODY[0], [...AS_NOBODY.slice(1), process.execPath, bin, '--version'], { cwd, encoding: 'utf8' }).status === 0;
}

/**
 * What the user nobody runs: this checkout's CLI when nobody can reach it, otherwise (a clone inside
 * a private folder: `mktemp -d`, a home folder of mode 700) a copy of what the CLI needs at run time
 * (bin/, dist/, package.json and the production packages of node_modules/) in a folder nobody can
 * reach; null, with the reason, when not even the copy can run (node itself out of reach).
 */
function cliForNobody(): { bin: string; cwd: string; copy: string | null } | { skip: string } {
  if (nobodyCanRun(BIN, ROOT)) return { bin: BIN, cwd: ROOT, copy: null };
  const copy = mkdtempSync(join(tmpdir(), 'newsner-cli-copy-'));
  chmodSync(copy, 0o755);
  for (const part of ['bin', 'dist', 'package.json']) cpSync(join(ROOT, part), join(copy, part), { recursive: true });
  const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as { packages: Record<string, { dev?: boolean }> };
  for (const [path, entry] of Object.entries(lock.packages)) {
    if (path.startsWith('node_modules/') && !entry.dev && existsSync(join(ROOT, path))) cpSync(join(ROOT, path), join(copy, path), { recursive: true });
  }
  const bin = join(copy, 'bin', 'newsner.js');
  if (nobodyCanRun(bin, copy)) return { bin, cwd: copy, copy };
  rmSync(copy, { recursive: true, force: true });
  return { skip: `the user nobody cannot run ${process.execPath} (or a copy of the CLI in ${tmpdir()})` };
}

// Root reads everything, so as root the permission test runs as the user nobody with setpriv; as an
// ordinary user it runs directly. Root without setpriv, or when nobody cannot run node, skips it.
const nobodyCli = !isRoot ? null : hasSetpriv ? cliForNobody() : { skip: 'setpriv is missing' };
afterAll(() => {
  if (nobodyCli && 'copy' in nobodyCli && nobodyCli.copy) rmSync(nobodyCli.copy, { recursive: true, force: true });
});

/** The built CLI, with node options (a preload hook) and, as root, optionally as the user nobody. */
function newsnerWith(args: string[], options: { node?: string[]; asNobody?: boolean; env?: NodeJS.ProcessEnv } = {}): Run {
  const env = { ...process.env, ...options.env };
  delete env.FORCE_COLOR;
  delete env.NEWSNER_DEBUG;
  let bin = BIN;
  let cwd = ROOT;
  if (options.asNobody) {
    if (!nobodyCli || 'skip' in nobodyCli) throw new Error('no CLI the user nobody can run');
    ({ bin, cwd } = nobodyCli);
  }
  const command = [process.execPath, ...(options.node ?? []), bin, ...args];
  const [file, ...rest] = options.asNobody ? [...AS_NOBODY, ...command] : command;
  const result = spawnSync(file, rest, { cwd, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const STORY = 'Mayor Clara Voss of Velmar City met Judge Tomas Rieger on Tuesday.';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'newsner-faults-'));
  chmodSync(dir, 0o755); // the user nobody must reach the files below (mkdtemp makes it 0700)
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function storyFiles(folder: string, names: string[]): string[] {
  mkdirSync(folder, { recursive: true });
  return names.map((name) => {
    const path = join(folder, name);
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, `${STORY} (${name})`);
    return path;
  });
}

const nobodySkip = nobodyCli && 'skip' in nobodyCli ? nobodyCli.skip : null;
if (nobodySkip) process.stdout.write(`faults-fs: the permission test is skipped as root: ${nobodySkip}\n`);
const permissionTest = nobodySkip ? test.skip : test;
permissionTest('permission denied: a file, a file inside a folder, a subfolder and a JSONL file, each named; the rest processed; exit 1', () => {
  const base = join(dir, 'perm');
  const [before, lockedInTree, after] = storyFiles(join(base, 'tree'), ['a.txt', 'b-locked.txt', 'd.txt']);
  const [lockedSub] = storyFiles(join(base, 'tree', 'c-locked'), ['inner.txt']).map((path) => join(path, '..'));
  const [lockedFile] = storyFiles(base, ['locked.txt']);
  const lockedJsonl = join(base, 'locked.jsonl');
  writeFileSync(lockedJsonl, `${JSON.stringify({ id: 'j1', text: STORY })}\n`);
  for (const path of [lockedInTree, lockedSub, lockedFile, lockedJsonl]) chmodSync(path, 0o000);
  chmodSync(base, 0o755);
  chmodSync(join(base, 'tree'), 0o755);
  try {
    const result = newsnerWith([lockedFile, join(base, 'tree'), lockedJsonl, '-f', 'jsonl'], { asNobody: isRoot });
    expect(result.stderr).toBe(
      [lockedFile, lockedInTree, lockedSub, lockedJsonl]
        .map((path) => `newsner: ${path}: ${path === lockedSub ? 'cannot list directory' : 'cannot read'}: permission denied\n`)
        .join(''),
    );
    expect(result.status).toBe(1);
    const records = jsonLines(result.stdout);
    expect(records.map((record) => [record.file, record.error ?? 'ok'])).toEqual([
      [lockedFile, 'cannot read: permission denied'],
      [before, 'ok'],
      [lockedInTree, 'cannot read: permission denied'],
      [lockedSub, 'cannot list directory: permission denied'],
      [after, 'ok'],
      [lockedJsonl, 'cannot read: permission denied'],
    ]);
    expect(records[1].entities).toEqual(expect.arrayContaining([expect.objectContaining({ type: 'person', name: 'Clara Voss' })]));
  } finally {
    for (const path of [lockedInTree, lockedSub, lockedFile, lockedJsonl]) chmodSync(path, 0o755);
  }
});

test('a file removed after the folder was listed: an error record in its place, the files after it processed, exit 1', () => {
  const folder = join(dir, 'removed');
  const files = storyFiles(folder, ['01.txt', '02.txt', '03.txt', 'sub/04.txt']);
  // A preload hook makes the timing exact: reading 02.txt first deletes 03.txt, which the walk
  // has already listed (the run reads one file after another, so 03.txt is read later).
  const hook = join(dir, 'remove-hook.js');
  writeFileSync(
    hook,
    `const fs = require('fs');
     const readFile = fs.promises.readFile;
     fs.promises.readFile = function (path, ...rest) {
       if (String(path) === process.env.READ_TRIGGER) fs.rmSync(process.env.REMOVE_TARGET, { force: true });
       return readFile.call(this, path, ...rest);
     };\n`,
  );
  const result = newsnerWith([folder, '-f', 'jsonl'], { node: ['--require', hook], env: { READ_TRIGGER: files[1], REMOVE_TARGET: files[2] } });
  expect(existsSync(files[2])).toBe(false); // the hook did run
  expect(result.stderr).toBe(`newsner: ${files[2]}: cannot read: no such file or directory\n`);
  expect(result.status).toBe(1);
  const records = jsonLines(result.stdout);
  expect(records.map((record) => [record.file, record.error ?? 'ok'])).toEqual([
    [files[0], 'ok'],
    [files[1], 'ok'],
    [files[2], 'cannot read: no such file or directory'],
    [files[3], 'ok'],
  ]);
  expect(records[3].entities).toEqual(expect.arrayContaining([expect.objectContaining({ type: 'person', name: 'Tomas Rieger' })]));
});

const onLinux = process.platform === 'linux' ? test : test.skip;
onLinux('symbolic link loops and special files in a tree: not followed, never read, the run ends; a named looping link is an error', () => {
  const folder = join(dir, 'loops');
  const [a, b] = storyFiles(folder, ['a.txt', 'sub/b.txt']);
  symlinkSync('..', join(folder, 'sub', 'up.txt')); // a directory link back up: a loop if followed
  symlinkSync(folder, join(folder, 'sub', 'again')); // the same without a text extension
  symlinkSync('self.txt', join(folder, 'self.txt')); // a link to itself
  symlinkSync('pong.txt', join(folder, 'ping.txt')); // two links to each other
  symlinkSync('ping.txt', join(folder, 'pong.txt'));
  symlinkSync('/dev/zero', join(folder, 'zero.txt')); // endless if read
  expect(spawnSync('mkfifo', [join(folder, 'fifo.txt')]).status).toBe(0); // blocks forever if opened
  const started = Date.now();
  const walked = newsnerWith([folder, '-f', 'jsonl']);
  expect(walked.stderr).toBe('');
  expect(walked.status).toBe(0);
  expect(jsonLines(walked.stdout).map((record) => record.file)).toEqual([a, b]);
  // named on the command line, a looping link is the user's input: an error record with the reason
  const named = newsnerWith([join(folder, 'self.txt'), join(folder, 'ping.txt'), b, '-f', 'jsonl']);
  expect(named.stderr).toBe(
    `newsner: ${join(folder, 'self.txt')}: cannot read: too many levels of symbolic links\n` +
      `newsner: ${join(folder, 'ping.txt')}: cannot read: too many levels of symbolic links\n`,
  );
  expect(named.status).toBe(1);
  expect(jsonLines(named.stdout).map((record) => record.error ?? record.file)).toEqual([
    'cannot read: too many levels of symbolic links',
    'cannot read: too many levels of symbolic links',
    b,
  ]);
  expect(Date.now() - started).toBeLessThan(30_000);
});

test('a folder of 10,000 files: every one processed, in path order, and memory kept after the run does not grow with the count', () => {
  const folder = join(dir, 'ten-thousand');
  const names: string[] = [];
  for (let d = 0; d < 100; d++) for (let f = 0; f < 100; f++) names.push(`d${String(d).padStart(2, '0')}/f${String(f).padStart(3, '0')}.txt`);
  const files = storyFiles(folder, names);
  // The heap still in use after a full garbage collection at exit, for 100 files and for 10,000:
  // a record or document kept per file (a few KB each) would add tens of MB.
  const hook = join(dir, 'heap-hook.js');
  writeFileSync(
    hook,
    `process.on('exit', () => {
       global.gc(); global.gc();
       require('fs').writeFileSync(process.env.HEAP_REPORT, JSON.stringify({ heapUsed: process.memoryUsage().heapUsed, maxRSS: process.resourceUsage().maxRSS }));
     });\n`,
  );
  const heapAfter = (path: string): { heapUsed: number; maxRSS: number; run: Run } => {
    const report = join(dir, 'heap.json');
    // one job: the pipeline runs in this process, so a cache that grows per document counts too
    const run = newsnerWith([path, '-f', 'jsonl', '--jobs', '1'], { node: ['--expose-gc', '--require', hook], env: { HEAP_REPORT: report } });
    return { ...(JSON.parse(readFileSync(report, 'utf8')) as { heapUsed: number; maxRSS: number }), run };
  };
  const small = heapAfter(join(folder, 'd00'));
  const large = heapAfter(folder);
  expect(large.run.stderr).toBe('');
  expect(large.run.status).toBe(0);
  const records = jsonLines(large.run.stdout);
  expect(records.map((record) => record.file)).toEqual(files);
  expect(records.filter((record) => (record.entities as unknown[]).length < 3)).toEqual([]);
  const growthMB = (large.heapUsed - small.heapUsed) / 1e6;
  expect(growthMB).toBeLessThan(5);
  process.stdout.write(
    `10,000 files: heap kept ${(large.heapUsed / 1e6).toFixed(1)} MB (100 files: ${(small.heapUsed / 1e6).toFixed(1)} MB), ` +
      `peak RSS ${(large.maxRSS / 1024).toFixed(0)} MB (100 files: ${(small.maxRSS / 1024).toFixed(0)} MB)\n`,
  );
});

onLinux('a file too large for one document (600 MB) and an endless device named by hand: error records, the run goes on', () => {
  // Before: "Cannot create a string longer than 0x1fffffe8 characters" ended the whole run. The
  // 600 MB file is sparse (no disk used) and refused by its size before reading; /dev/zero has no
  // size and is refused once 512 MB have been read.
  const huge = join(dir, 'mail-archive.txt');
  writeFileSync(huge, '');
  truncateSync(huge, 600_000_000);
  const [story] = storyFiles(join(dir, 'large'), ['story.txt']);
  const tooLarge = 'cannot read: too large for one document (more than 536,870,888 bytes)';
  const result = newsnerWith([huge, '/dev/zero', story, '-f', 'jsonl', '--jobs', '1']);
  expect(result.stderr).toBe(`newsner: ${huge}: ${tooLarge}\nnewsner: /dev/zero: ${tooLarge}\n`);
  expect(result.status).toBe(1);
  expect(jsonLines(result.stdout).map((record) => [record.file, record.error ?? 'ok'])).toEqual([
    [huge, tooLarge],
    ['/dev/zero', tooLarge],
    [story, 'ok'],
  ]);
});

onLinux('a JSONL line too long for one record (600 MB): an error record for that line, the lines after it still read', () => {
  // A sparse file: 300 ordinary records, then a line holding a 600 MB hole (zeros, no disk used),
  // then one more record. Before: the whole rest of the file was lost with one error (and a file
  // without any line break grew in memory without bound).
  const corpus = join(dir, 'overlong.jsonl');
  const head = Array.from({ length: 300 }, (_, i) => `${JSON.stringify({ id: `r${i}`, text: STORY })}\n`).join('');
  writeFileSync(corpus, `${head}{"id":"huge","text":"`);
  const tail = Buffer.from(`"}\n${JSON.stringify({ id: 'after', text: STORY })}\n`);
  const fd = openSync(corpus, 'r+');
  writeSync(fd, tail, 0, tail.length, Buffer.byteLength(head) + 600_000_000);
  closeSync(fd);
  const result = newsnerWith([corpus, '-f', 'jsonl', '--types', 'person', '--jobs', '2']);
  const tooLong = 'line too long for one record (more than 536,870,888 bytes)';
  expect(result.stderr).toBe(`newsner: ${corpus}:301: ${tooLong}\n`);
  expect(result.status).toBe(1);
  const records = jsonLines(result.stdout);
  expect(records).toHaveLength(302);
  expect(records[300]).toEqual({ file: corpus, id: null, line: 301, error: tooLong });
  expect(records[301]).toMatchObject({ id: 'after', entities: [expect.objectContaining({ name: 'Clara Voss' }), expect.objectContaining({ name: 'Tomas Rieger' })] });
});

onLinux('file names that are not UTF-8 (a leak unzipped from an old Windows archive): read by their bytes, shown with U+FFFD', () => {
  // Before: "caf\xe9.txt" came back from the walk as "caf\ufffd.txt", which names no file, and the
  // document was lost as "no such file or directory".
  const folder = join(dir, 'latin1-names');
  const [first] = storyFiles(folder, ['a.txt']);
  const latin1 = (name: string): Buffer => Buffer.concat([Buffer.from(`${folder}/`), Buffer.from(name, 'latin1')]);
  writeFileSync(latin1('caf\u00e9.txt'), 'Mayor Clara Voss spoke on Tuesday.');
  writeFileSync(latin1('caf\u00e8.txt'), 'Judge Tomas Rieger ruled on Friday.'); // the same name once decoded
  mkdirSync(latin1('d\u00e9p\u00f4t'));
  writeFileSync(Buffer.concat([latin1('d\u00e9p\u00f4t'), Buffer.from('/inner.txt')]), STORY);
  const result = newsnerWith([folder, '-f', 'jsonl', '--types', 'person']);
  const shown = `${folder}/caf\ufffd.txt`;
  const depot = `${folder}/d\ufffdp\ufffdt`;
  expect(result.stderr).toBe(`newsner: ${depot}: cannot list directory: its name is not valid UTF-8\n`);
  expect(result.status).toBe(1);
  const records = jsonLines(result.stdout);
  expect(records.map((record) => [record.file, record.error ?? (record.entities as { name: string }[]).map((entity) => entity.name).join(', ')])).toEqual([
    [first, 'Clara Voss, Tomas Rieger'],
    [shown, 'Tomas Rieger'], // \xe8 sorts before \xe9
    [shown, 'Clara Voss'],
    [depot, 'cannot list directory: its name is not valid UTF-8'],
  ]);
});

onLinux('--shard counts the records of a JSONL file whose name is not UTF-8 by its bytes: shard 1/1 is the whole output', () => {
  // (a walked folder yields text-named files; --input-format jsonl reads them as records)
  const folder = join(dir, 'latin1-shard');
  mkdirSync(folder);
  const name = Buffer.concat([Buffer.from(`${folder}/`), Buffer.from('r\u00e9sum\u00e9.txt', 'latin1')]);
  writeFileSync(name, ['Clara Voss', 'Tomas Rieger', 'Ines Marlow'].map((person, i) => `${JSON.stringify({ id: `r${i}`, text: `Mayor ${person} spoke.` })}\n`).join(''));
  const whole = newsnerWith([folder, '--input-format', 'jsonl', '-f', 'jsonl', '--types', 'person', '--jobs', '1']);
  const sharded = newsnerWith([folder, '--input-format', 'jsonl', '-f', 'jsonl', '--types', 'person', '--jobs', '1', '--shard', '1/1']);
  expect(jsonLines(whole.stdout).map((record) => record.id)).toEqual(['r0', 'r1', 'r2']);
  expect(sharded.stdout).toBe(whole.stdout);
  expect(sharded.status).toBe(0);
});

test('a closed pipe after a failed input: quiet, exit 1 (the failure was named), the lines read are whole', async () => {
  const corpus = join(dir, 'pipe.jsonl');
  writeFileSync(corpus, Array.from({ length: 3000 }, (_, i) => `${JSON.stringify({ id: `r${i}`, text: STORY.repeat(3) })}\n`).join(''));
  const missing = join(dir, 'missing.txt');
  const result = await new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    // the shell's own status is head's: report newsner's instead
    const command = `"${process.execPath}" "${BIN}" "${missing}" "${corpus}" -f jsonl | head -3; exit \${PIPESTATUS[0]}`;
    const child = spawn('bash', ['-c', command], { cwd: ROOT });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
  expect(result.stderr).toBe(`newsner: ${missing}: cannot read: no such file or directory\n`);
  expect(result.code).toBe(1);
  expect(jsonLines(result.stdout).map((record) => record.error ?? record.id)).toEqual(['cannot read: no such file or directory', 'r0', 'r1']);
});
