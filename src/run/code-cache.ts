// V8's code cache for newsner's own modules, made at build time (scripts/build-code-cache.js):
// every process and every worker otherwise parses and compiles the same modules (about 120 load,
// 1.5 MB of JavaScript) before its first document, and again each function the first time it runs. Node 20
// has no module compile cache of its own (module.enableCompileCache is Node 22), so the modules
// under dist/ are compiled here with vm.Script and the bytecode V8 made for them at build time.
//
// The cache is only a shortcut; the code run is the same. It is used for a module only when the
// module's text is the very text it was made from (the cache holds a copy of each text, compared
// whole: V8's own check is the length alone, and a file's times can be kept or set by a copy, an
// archive or an editor, so they decide nothing) and V8 accepts it: V8 rejects a cache made by
// another V8 version or under other V8 flags (the JIT flags that tuneJit sets are part of its
// check, so the build makes the cache after setting them too). After one rejection the cache is
// dropped for the rest of the process; everything then compiles from source as before.

import { readFileSync, writeSync } from 'fs';
import Module = require('module');
import { dirname, join, relative, sep } from 'path';
import { Script } from 'vm';

/** The built cache: dist/code-cache.bin, beside dist/run/. */
export const CODE_CACHE_FILE = join(__dirname, '..', 'code-cache.bin');

/** The cache's first line: a format name, so another file at that path is never read as one. */
const MAGIC = 'newsner-code-cache 2\n';

export interface CacheEntry {
  /** the module's path relative to dist/, with "/" */
  file: string;
  /**
   * the text the cache was made from: one byte per character ("latin1") when every UTF-16 code
   * unit of it is below 256 (the JavaScript tsc writes, mostly), else two ("utf16le"); either way
   * decoded by a plain copy, as cheap as the comparison itself
   */
  encoding: 'latin1' | 'utf16le';
  text: Buffer;
  /** V8's cached data */
  data: Buffer;
}

/** A module's text as a cache entry holds it (CacheEntry.encoding). */
export function encodeText(content: string): Pick<CacheEntry, 'encoding' | 'text'> {
  // eslint-disable-next-line no-control-regex
  const encoding = /[^\u0000-\u00ff]/.test(content) ? 'utf16le' : 'latin1';
  return { encoding, text: Buffer.from(content, encoding) };
}

/** Whether a module's text is the one its cache entry was made from. */
export function sameText(entry: CacheEntry, content: string): boolean {
  const length = entry.encoding === 'latin1' ? entry.text.length : entry.text.length / 2;
  return length === content.length && entry.text.toString(entry.encoding) === content;
}

/** The cache file: MAGIC, the index as one JSON line (files, text encodings and sizes, data sizes), then each text and its data. */
export function encodeCache(entries: readonly CacheEntry[]): Buffer {
  const index = entries.map((entry) => [entry.file, entry.encoding, entry.text.length, entry.data.length]);
  const head = Buffer.from(`${MAGIC}${JSON.stringify(index)}\n`, 'utf8');
  return Buffer.concat([head, ...entries.flatMap((entry) => [entry.text, entry.data])]);
}

/** The entries of a cache file by path relative to dist/; null when it is not one (or is cut short). */
export function decodeCache(bytes: Buffer): Map<string, CacheEntry> | null {
  if (bytes.length < MAGIC.length || bytes.toString('latin1', 0, MAGIC.length) !== MAGIC) return null;
  const end = bytes.indexOf(10, MAGIC.length);
  if (end === -1) return null;
  let index: unknown;
  try {
    index = JSON.parse(bytes.toString('utf8', MAGIC.length, end));
  } catch {
    return null;
  }
  if (!Array.isArray(index)) return null;
  const entries = new Map<string, CacheEntry>();
  let offset = end + 1;
  for (const item of index as unknown[]) {
    if (!Array.isArray(item) || item.length !== 4) return null;
    const [file, encoding, textSize, dataSize] = item as unknown[];
    if (typeof file !== 'string' || (encoding !== 'latin1' && encoding !== 'utf16le')) return null;
    if (typeof textSize !== 'number' || typeof dataSize !== 'number' || (encoding === 'utf16le' && textSize % 2 !== 0)) return null;
    if (offset + textSize + dataSize > bytes.length) return null;
    const text = bytes.subarray(offset, offset + textSize);
    offset += textSize;
    entries.set(file, { file, encoding, text, data: bytes.subarray(offset, offset + dataSize) });
    offset += dataSize;
  }
  return offset === bytes.length ? entries : null;
}

type ModuleInternals = Module & {
  // (later Node versions pass more arguments, a module format among them: they go on untouched)
  _compile(content: string, filename: string, ...rest: unknown[]): unknown;
};
type ModuleStatics = typeof Module & {
  wrap(content: string): string;
  _resolveFilename(request: string, parent: Module, isMain: boolean, options?: { paths?: string[] }): string;
  _resolveLookupPaths(request: string, parent: Module): string[] | null;
  _extensions: NodeJS.RequireExtensions;
  _cache: NodeJS.Dict<NodeModule>;
};

/** A module's `require`, as Node makes it (lib/internal/modules/helpers.js, makeRequireFunction). */
function requireFor(module: Module): NodeJS.Require {
  const statics = Module as ModuleStatics;
  const require = ((id: string) => module.require(id)) as NodeJS.Require;
  const resolve = ((request: string, options?: { paths?: string[] }) => statics._resolveFilename(request, module, false, options)) as NodeJS.RequireResolve;
  resolve.paths = (request: string) => statics._resolveLookupPaths(request, module);
  require.resolve = resolve;
  require.main = process.mainModule;
  require.extensions = statics._extensions;
  require.cache = statics._cache;
  return require;
}

/**
 * Runs a module's text compiled by `script` (the function Module.wrap makes), as Node's own
 * Module.prototype._compile does: `this` is the module's exports.
 */
function runWrapped(module: Module, script: Script, filename: string): unknown {
  const wrapper = script.runInThisContext({ displayErrors: true }) as (...args: unknown[]) => unknown;
  return wrapper.call(module.exports, module.exports, requireFor(module), module, filename, dirname(filename));
}

/** The path relative to dist/ ("pipeline/index.js") of a module in `dist`, else null. */
function inDist(dist: string, filename: string): string | null {
  const rel = relative(dist, filename);
  if (rel === '' || rel.startsWith('..') || rel.includes('node_modules')) return null;
  return sep === '/' ? rel : rel.split(sep).join('/');
}

let installed = false;

/** What useCodeCache did in this thread: modules under dist/ run from the cache and compiled from source, and whether V8 refused it. */
const stats = { fromCache: 0, fromSource: 0, rejected: false };

export function codeCacheStats(): { fromCache: number; fromSource: number; rejected: boolean } {
  return { ...stats };
}

/** The environment variable that makes reportCodeCache write its line (for tests and bug reports). */
export const REPORT_VARIABLE = 'NEWSNER_DEBUG_CODE_CACHE';

/**
 * With NEWSNER_DEBUG_CODE_CACHE set, one line on stderr: what the cache did in this thread so far
 * ("main", "worker thread", "worker process"). Written at once (a worker thread's process.stderr
 * is a stream through the main thread, which a terminated worker may never flush).
 */
export function reportCodeCache(thread: string): void {
  if (!process.env[REPORT_VARIABLE]) return;
  const line = `newsner: code cache, ${thread}: ${stats.fromCache} modules from the cache, ${stats.fromSource} from source${stats.rejected ? ', rejected by V8' : ''}\n`;
  try {
    writeSync(2, line);
  } catch {
    // no stderr: nothing to report to
  }
}

/**
 * Compiles the modules under dist/ with the built cache from now on, in this thread (each worker
 * thread has its own modules and calls this itself). Does nothing without a cache file, or when
 * it is not one; a module the cache does not hold, or holds for another text, compiles as usual.
 */
export function useCodeCache(file: string = CODE_CACHE_FILE): void {
  if (installed) return;
  installed = true;
  let entries: Map<string, CacheEntry> | null;
  try {
    entries = decodeCache(readFileSync(file));
  } catch {
    return; // no cache built: nothing to use
  }
  if (entries === null || entries.size === 0) return;
  const dist = dirname(file);
  const proto = Module.prototype as ModuleInternals;
  const compile = proto._compile;
  proto._compile = function compileCached(this: Module, content: string, filename: string, ...rest: unknown[]): unknown {
    const rel = inDist(dist, filename);
    if (rel === null) return compile.call(this, content, filename, ...rest);
    const entry = entries?.get(rel);
    if (entry === undefined || !sameText(entry, content)) {
      stats.fromSource++;
      return compile.call(this, content, filename, ...rest);
    }
    const script = new Script((Module as ModuleStatics).wrap(content), { filename, cachedData: entry.data });
    if (script.cachedDataRejected === true) {
      // another V8, or other flags: compiled from source, and no more tries
      entries = null;
      stats.rejected = true;
      stats.fromSource++;
    } else stats.fromCache++;
    return runWrapped(this, script, filename);
  };
}

/**
 * For the build (scripts/build-code-cache.js): from now on the modules under `dist` compile with
 * vm.Script and are kept; `take()` returns their cache entries, made at that moment, so they hold
 * the functions that ran by then too. Modules under `dist` that never loaded are compiled then.
 */
export function recordCodeCache(dist: string, allFiles: () => string[]): { take(): CacheEntry[] } {
  const scripts = new Map<string, { script: Script; content: string }>();
  const proto = Module.prototype as ModuleInternals;
  const compile = proto._compile;
  proto._compile = function compileRecorded(this: Module, content: string, filename: string, ...rest: unknown[]): unknown {
    const rel = inDist(dist, filename);
    if (rel === null) return compile.call(this, content, filename, ...rest);
    const script = new Script((Module as ModuleStatics).wrap(content), { filename });
    scripts.set(rel, { script, content });
    return runWrapped(this, script, filename);
  };
  return {
    take(): CacheEntry[] {
      for (const filename of allFiles()) {
        const rel = inDist(dist, filename);
        if (rel === null || scripts.has(rel)) continue;
        const content = readFileSync(filename, 'utf8');
        scripts.set(rel, { script: new Script((Module as ModuleStatics).wrap(content), { filename }), content });
      }
      return [...scripts.entries()]
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([file, { script, content }]) => ({
          file,
          ...encodeText(content),
          data: script.createCachedData(),
        }));
    },
  };
}
