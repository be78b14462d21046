// The code cache (src/run/code-cache.ts): modules compiled with bytecode made at build time run as
// they do from source; a module changed since (whatever its file's times say), or a cache V8
// refuses (other flags), falls back to compiling from source; the build writes a cache only after
// a clean recording run; and the cache `npm run build` makes is the one the CLI's flags accept, in
// the main thread and in every --jobs worker. The module system is Node's own, so these run the
// built dist/ in child processes. Every name below is invented.
import { spawnSync } from 'child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { CacheEntry, decodeCache, encodeCache, encodeText, sameText } from '../../src/run/code-cache';

const ROOT = join(__dirname, '..', '..');
const FILE_TIME = 1_700_000_000;
const CODE_CACHE = join(ROOT, 'dist', 'run', 'code-cache.js');

function node(script: string, nodeFlags: string[] = []): { status: number | null; stdout: string; stderr: string } {
  const env = { ...process.env };
  delete env.NODE_OPTIONS;
  const run = spawnSync(process.execPath, [...nodeFlags, '-e', script], { encoding: 'utf8', env });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

test('a cache file is read back as written; anything else is no cache', () => {
  const entry = (file: string, content: string, data: number[]): CacheEntry => ({ file, ...encodeText(content), data: Buffer.from(data) });
  const bytes = encodeCache([entry('a.js', "exports.a = '\u2019';", [1, 2, 3, 250]), entry('sub/b.js', '', [])]);
  const entries = decodeCache(bytes);
  expect(entries && [...entries.keys()]).toEqual(['a.js', 'sub/b.js']);
  expect(entries?.get('a.js')?.encoding).toBe('utf16le');
  expect(entries?.get('a.js')?.text.toString('utf16le')).toBe("exports.a = '\u2019';");
  expect([...(entries?.get('a.js')?.data ?? [])]).toEqual([1, 2, 3, 250]);
  expect(entries?.get('sub/b.js')).toMatchObject({ encoding: 'latin1', text: Buffer.alloc(0), data: Buffer.alloc(0) });
  expect(decodeCache(bytes.subarray(0, bytes.length - 1))).toBeNull(); // cut short
  expect(decodeCache(Buffer.concat([bytes, Buffer.from([0])]))).toBeNull(); // more than the index says
  expect(decodeCache(Buffer.from('{"a": 1}\n'))).toBeNull();
  expect(decodeCache(Buffer.alloc(0))).toBeNull();
});

test("a module's text is the cached one only when every character is the same", () => {
  const cached = (content: string): CacheEntry => ({ file: 'a.js', ...encodeText(content), data: Buffer.alloc(0) });
  expect(cached('exports.value = 21;').encoding).toBe('latin1');
  expect(cached('exports.town = "Brellin\u00e9";').encoding).toBe('latin1');
  expect(cached('exports.quote = "\u2019";').encoding).toBe('utf16le');
  for (const text of ['exports.value = 21;', 'exports.town = "Brellin\u00e9";', 'exports.quote = "\u2019";', '']) {
    expect(sameText(cached(text), text)).toBe(true);
  }
  expect(sameText(cached('exports.value = 21;'), 'exports.value = 34;')).toBe(false); // same length
  expect(sameText(cached('exports.value = 21;'), 'exports.value = 21; ')).toBe(false);
  expect(sameText(cached('exports.quote = "\u2019";'), 'exports.quote = "\u2018";')).toBe(false);
  expect(sameText(cached('exports.quote = "\u00e9";'), 'exports.quote = "\u2019";')).toBe(false);
});

describe('modules run from a cache', () => {
  let folder = '';
  let dist = '';
  beforeAll(() => {
    folder = mkdtempSync(join(tmpdir(), 'newsner-cc-'));
    dist = join(folder, 'dist');
    mkdirSync(join(dist, 'sub'), { recursive: true });
    writeFileSync(
      join(dist, 'main.js'),
      [
        "'use strict';",
        "const part = require('./sub/part');",
        'function twice(n) { return part.value * n; }',
        'module.exports = { result: twice(2), thisIsExports: this === module.exports, dir: __dirname, file: __filename,',
        "  resolved: require.resolve('./sub/part'), cached: Object.keys(require.cache).length > 0 };",
      ].join('\n'),
    );
    writeFileSync(join(dist, 'sub', 'part.js'), "'use strict';\nexports.value = 21;\n");
    // whole seconds: a time that utimes can put back exactly
    for (const file of ['main.js', 'sub/part.js']) utimesSync(join(dist, file), FILE_TIME, FILE_TIME);
    // the record run: both modules load, then the cache is taken
    const record = node(`
      const cc = require(${JSON.stringify(CODE_CACHE)});
      const list = () => [${JSON.stringify(join(dist, 'main.js'))}, ${JSON.stringify(join(dist, 'sub', 'part.js'))}];
      const recorder = cc.recordCodeCache(${JSON.stringify(dist)}, list);
      require(${JSON.stringify(join(dist, 'main.js'))});
      require('fs').writeFileSync(${JSON.stringify(join(dist, 'code-cache.bin'))}, cc.encodeCache(recorder.take()));
    `);
    expect(record.stderr).toBe('');
    expect(record.status).toBe(0);
  });
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  function load(nodeFlags: string[] = []): { exports: Record<string, unknown>; stats: { fromCache: number; fromSource: number; rejected: boolean } } {
    const run = node(
      `
      const cc = require(${JSON.stringify(CODE_CACHE)});
      cc.useCodeCache(${JSON.stringify(join(dist, 'code-cache.bin'))});
      const exports = require(${JSON.stringify(join(dist, 'main.js'))});
      process.stdout.write(JSON.stringify({ exports, stats: cc.codeCacheStats() }));
    `,
      nodeFlags,
    );
    expect(run.stderr).toBe('');
    return JSON.parse(run.stdout) as ReturnType<typeof load>;
  }

  const expected = (value: number) => ({
    result: value * 2,
    thisIsExports: true,
    dir: dist,
    file: join(dist, 'main.js'),
    resolved: join(dist, 'sub', 'part.js'),
    cached: true,
  });

  test('both modules come from the cache and run as from source', () => {
    const cache = decodeCache(readFileSync(join(dist, 'code-cache.bin')));
    expect(cache && [...cache.keys()]).toEqual(['main.js', 'sub/part.js']);
    expect(load()).toEqual({ exports: expected(21), stats: { fromCache: 2, fromSource: 0, rejected: false } });
  });

  test('V8 refuses a cache made under other flags: every module compiles from source', () => {
    expect(load(['--interrupt-budget=12345'])).toEqual({ exports: expected(21), stats: { fromCache: 0, fromSource: 2, rejected: true } });
  });

  test('a module changed since the cache was made, to the same length and with its modification time put back, compiles from source', () => {
    // (as a copy, an archive or a sync that keeps file times can leave it): the times decide nothing
    const part = join(dist, 'sub', 'part.js');
    writeFileSync(part, "'use strict';\nexports.value = 34;\n");
    utimesSync(part, FILE_TIME, FILE_TIME);
    expect(statSync(part).mtimeMs).toBe(FILE_TIME * 1000);
    expect(load()).toEqual({ exports: expected(34), stats: { fromCache: 1, fromSource: 1, rejected: false } });
  });
});

describe('the build writes a cache only after a clean recording run', () => {
  // scripts/build-code-cache.js in a folder of its own, with the real code cache and JIT flags and
  // a stand-in for the CLI whose run ends as FAKE_RUN says
  let folder = '';
  beforeAll(() => {
    folder = mkdtempSync(join(tmpdir(), 'newsner-cc-build-'));
    for (const dir of ['scripts', 'dist/run', 'dist/cli']) mkdirSync(join(folder, dir), { recursive: true });
    copyFileSync(join(ROOT, 'scripts', 'build-code-cache.js'), join(folder, 'scripts', 'build-code-cache.js'));
    for (const file of ['code-cache.js', 'jit-flags.js']) copyFileSync(join(ROOT, 'dist', 'run', file), join(folder, 'dist', 'run', file));
    writeFileSync(
      join(folder, 'dist', 'cli', 'main.js'),
      [
        "'use strict';",
        'exports.main = () => {',
        "  if (process.env.FAKE_RUN === 'crash') throw new Error('the stand-in crashed');",
        "  if (process.env.FAKE_RUN === 'failed') setTimeout(() => { process.exitCode = 1; }, 10);",
        '};',
      ].join('\n'),
    );
  });
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  function build(fakeRun: string): { status: number | null; files: string[] } {
    const cacheFile = join(folder, 'dist', 'code-cache.bin');
    writeFileSync(cacheFile, 'a cache from an earlier build');
    const env = { ...process.env, FAKE_RUN: fakeRun };
    delete env.NODE_OPTIONS;
    const run = spawnSync(process.execPath, [join(folder, 'scripts', 'build-code-cache.js')], { encoding: 'utf8', env });
    return { status: run.status, files: readdirSync(join(folder, 'dist')).sort() };
  }

  test('a clean run: the cache, and nothing else beside it', () => {
    const run = build('clean');
    expect(run).toEqual({ status: 0, files: ['cli', 'code-cache.bin', 'run'] });
    const cache = decodeCache(readFileSync(join(folder, 'dist', 'code-cache.bin')));
    expect(cache && [...cache.keys()]).toEqual(['cli/main.js', 'run/code-cache.js', 'run/jit-flags.js']);
  });

  test.each(['failed', 'crash'])('a run that ends %s: no cache at all, not even the earlier one', (fakeRun) => {
    expect(build(fakeRun)).toEqual({ status: 1, files: ['cli', 'run'] });
    expect(existsSync(join(folder, 'dist', 'code-cache.bin'))).toBe(false);
  });
});

test("the built cache holds the pipeline's modules and V8 accepts it under the CLI's flags", () => {
  const run = node(`
    require(${JSON.stringify(join(ROOT, 'dist', 'run', 'jit-flags.js'))}).tuneJit();
    const cc = require(${JSON.stringify(CODE_CACHE)});
    cc.useCodeCache();
    require(${JSON.stringify(join(ROOT, 'dist', 'pipeline', 'index.js'))});
    require(${JSON.stringify(join(ROOT, 'dist', 'cli', 'main.js'))});
    process.stdout.write(JSON.stringify(cc.codeCacheStats()));
  `);
  expect(run.stderr).toBe('');
  const stats = JSON.parse(run.stdout) as { fromCache: number; fromSource: number; rejected: boolean };
  expect(stats).toMatchObject({ fromSource: 0, rejected: false });
  expect(stats.fromCache).toBeGreaterThan(100);
});

test.each(['thread', 'process'])('every --jobs worker (%s) runs its modules from the built cache', (kind) => {
  const input = ['Ilvana Droste', 'Joss Kessow', 'Tarvale University', 'Ilvana Droste of Tarvale'].map((text, i) => JSON.stringify({ id: String(i), text: `${text} spoke on Monday.` })).join('\n');
  const folder = mkdtempSync(join(tmpdir(), 'newsner-cc-jobs-'));
  const file = join(folder, 'stories.jsonl');
  writeFileSync(file, `${input}\n`);
  const env = { ...process.env, NEWSNER_DEBUG_CODE_CACHE: '1' };
  delete env.NODE_OPTIONS;
  const run = spawnSync(process.execPath, [join(ROOT, 'bin', 'newsner.js'), file, '--jobs', '2', '--worker-kind', kind, '--format', 'jsonl', '--quiet'], { encoding: 'utf8', env });
  rmSync(folder, { recursive: true, force: true });
  expect(run.status).toBe(0);
  expect(run.stdout.trim().split('\n')).toHaveLength(4);
  // one line per thread: "newsner: code cache, THREAD: N modules from the cache, M from source[, rejected by V8]"
  const lines = run.stderr.trim().split('\n');
  const workers = lines.filter((line) => line.startsWith(`newsner: code cache, worker ${kind}: `));
  // (two workers start; one may be done with before the other has loaded anything: it then writes nothing)
  expect(workers.length).toBeGreaterThanOrEqual(1);
  expect(workers.length).toBeLessThanOrEqual(2);
  for (const line of [...workers, ...lines.filter((line) => line.startsWith('newsner: code cache, main: '))]) {
    const [, fromCache, fromSource, rejected] = /: (\d+) modules from the cache, (\d+) from source(, rejected by V8)?$/.exec(line) ?? [];
    expect({ line, fromSource: Number(fromSource), rejected }).toEqual({ line, fromSource: 0, rejected: undefined });
    expect(Number(fromCache)).toBeGreaterThan(workers.includes(line) ? 100 : 10);
  }
  expect(lines.filter((line) => line.startsWith('newsner: code cache, main: '))).toHaveLength(1);
});

test("a worker's V8 flags are set once, by its entry (worker-main), before the worker's modules load", () => {
  // document-worker, loaded outside a worker, throws once its imports have loaded: the calls made by then are all there are
  const run = node(`
    const jit = require(${JSON.stringify(join(ROOT, 'dist', 'run', 'jit-flags.js'))});
    const tuneJit = jit.tuneJit;
    const calls = [];
    jit.tuneJit = () => { calls.push(Object.keys(require.cache).some((file) => file.includes('pipeline'))); tuneJit(); };
    let error = '';
    try { require(${JSON.stringify(join(ROOT, 'dist', 'run', 'worker-main.js'))}); } catch (e) { error = e.message; }
    process.stdout.write(JSON.stringify({ calls, error }));
  `);
  expect(JSON.parse(run.stdout)).toEqual({ calls: [false], error: 'document-worker must run as a worker thread or a forked child process' });
});
