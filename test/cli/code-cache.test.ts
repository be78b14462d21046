// The code cache (src/run/code-cache.ts): modules compiled with bytecode made at build time run as
// they do from source; a module changed since, or a cache V8 refuses (other flags), falls back to
// compiling from source; and the cache `npm run build` makes is the one the CLI's flags accept.
// The module system is Node's own, so these run the built dist/ in child processes.
import { spawnSync } from 'child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { decodeCache, encodeCache, hashText } from '../../src/run/code-cache';

const ROOT = join(__dirname, '..', '..');
const CODE_CACHE = join(ROOT, 'dist', 'run', 'code-cache.js');

function node(script: string, nodeFlags: string[] = []): { status: number | null; stdout: string; stderr: string } {
  const env = { ...process.env };
  delete env.NODE_OPTIONS;
  const run = spawnSync(process.execPath, [...nodeFlags, '-e', script], { encoding: 'utf8', env });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

test('a cache file is read back as written; anything else is no cache', () => {
  const data = Buffer.from([1, 2, 3, 250]);
  const bytes = encodeCache([
    { file: 'a.js', length: 10, hash: 7, mtimeMs: 1700000000123.25, data },
    { file: 'sub/b.js', length: 0, hash: hashText(''), mtimeMs: 0, data: Buffer.alloc(0) },
  ]);
  const entries = decodeCache(bytes);
  expect(entries && [...entries.keys()]).toEqual(['a.js', 'sub/b.js']);
  expect(entries?.get('a.js')).toMatchObject({ length: 10, hash: 7, mtimeMs: 1700000000123.25 });
  expect([...(entries?.get('a.js')?.data ?? [])]).toEqual([1, 2, 3, 250]);
  expect(decodeCache(bytes.subarray(0, bytes.length - 1))).toBeNull(); // cut short
  expect(decodeCache(Buffer.from('{"a": 1}\n'))).toBeNull();
  expect(decodeCache(Buffer.alloc(0))).toBeNull();
});

test('the text hash is FNV-1a over the code units', () => {
  expect(hashText('')).toBe(0x811c9dc5);
  expect(hashText('a')).toBe(0xe40c292c);
  expect(hashText('module.exports = 1;')).not.toBe(hashText('module.exports = 2;'));
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

  function load(nodeFlags: string[] = []): { exports: Record<string, unknown>; stats: { fromCache: number; rejected: boolean } } {
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
    expect(load()).toEqual({ exports: expected(21), stats: { fromCache: 2, rejected: false } });
  });

  test('V8 refuses a cache made under other flags: every module compiles from source', () => {
    expect(load(['--interrupt-budget=12345'])).toEqual({ exports: expected(21), stats: { fromCache: 0, rejected: true } });
  });

  test('a module changed since the cache was made, even to the same length, compiles from source', () => {
    writeFileSync(join(dist, 'sub', 'part.js'), "'use strict';\nexports.value = 34;\n");
    expect(load()).toEqual({ exports: expected(34), stats: { fromCache: 1, rejected: false } });
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
  const stats = JSON.parse(run.stdout) as { fromCache: number; rejected: boolean };
  expect(stats.rejected).toBe(false);
  expect(stats.fromCache).toBeGreaterThan(100);
});
