// What the user named on the command line, in order: files, directories (walked recursively for
// text files), or stdin. Directory listings are sorted by code units so the output order never
// depends on the file system or the locale.

import fsCallbacks, { promises as fs } from 'fs';
import { relative, resolve, sep } from 'path';
import { isUtf8 } from 'buffer';
import { describeFsError } from './fs-errors';
import { InputFormat } from './types';
import { DOCUMENT_EXTENSIONS, formatByExtension } from './formats/detect';

export type Source =
  /** rawPath: the name's real bytes when they are not UTF-8 (path then shows them as U+FFFD) */
  | { kind: 'file'; path: string; format: InputFormat; rawPath?: Buffer }
  | { kind: 'stdin'; format: InputFormat }
  /** a named path that cannot be read or listed; becomes an error record */
  | { kind: 'unreadable'; path: string; error: string };

/** Extensions picked up when walking a directory; other files are read only when named. */
export const TEXT_EXTENSIONS = ['txt', 'text', 'md'];
const WALKED_EXTENSIONS = [...TEXT_EXTENSIONS, ...Object.keys(DOCUMENT_EXTENSIONS)];
const JSONL_EXTENSIONS = /\.(jsonl|ndjson)$/i;

/**
 * --input-format wins; otherwise .jsonl/.ndjson files are JSONL, web pages, PDFs, .docx and e-mail
 * go by their extension, and everything else is text (which may still sniff as a PDF or a page).
 */
export function formatOf(path: string, forced: InputFormat | undefined): InputFormat {
  if (forced) return forced;
  if (JSONL_EXTENSIONS.test(path)) return 'jsonl';
  return formatByExtension(path) ?? 'text';
}

function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A file found under a directory, or a subdirectory that could not be listed (error set). */
export interface WalkEntry {
  path: string;
  error: string | null;
  /** the real bytes of a file name that is not UTF-8 (see rawPathsFor) */
  rawPath?: Buffer;
}

/**
 * Text files and documents (web pages, PDFs, .docx, e-mail) under a directory, recursively, sorted. Symbolic links to files are read; symbolic
 * links to directories are not followed, so a link loop cannot make the walk endless. Hidden files
 * and directories (.git) are skipped. A subdirectory that cannot be listed (permission denied) is
 * returned as an entry with its error, and the walk goes on with the rest of the tree.
 */
export async function walkDirectory(directory: string): Promise<WalkEntry[]> {
  const failures: { path: string; error: NodeJS.ErrnoException }[] = [];
  const readdir = ((path: string, options: unknown, callback: (error: NodeJS.ErrnoException | null, entries: unknown) => void) =>
    fsCallbacks.readdir(path, options as { withFileTypes: true }, (error, entries) => {
      if (error) failures.push({ path, error });
      callback(error, entries);
    })) as unknown as typeof fsCallbacks.readdir;
  // loaded here, not at start-up: only a folder needs it, and it costs about 30 ms to load
  const fg = (await import('fast-glob')).default;
  const entries = await fg(`**/*.{${WALKED_EXTENSIONS.join(',')}}`, {
    cwd: directory,
    onlyFiles: false,
    followSymbolicLinks: false,
    caseSensitiveMatch: false,
    objectMode: true,
    // errors are collected by `readdir` above instead of ending the whole walk
    suppressErrors: true,
    fs: { readdir },
  });
  const prefix = directory.endsWith('/') ? directory : `${directory}/`;
  const found: WalkEntry[] = [];
  const lossy = new Set<string>();
  for (const entry of entries) {
    const path = prefix + entry.path;
    if (path.includes(REPLACEMENT)) lossy.add(path);
    else if (entry.dirent.isFile()) found.push({ path, error: null });
    else if (entry.dirent.isSymbolicLink() && (await isFile(path))) found.push({ path, error: null });
  }
  for (const path of lossy) {
    for (const rawPath of await rawPathsFor(path)) if (await isFile(rawPath)) found.push({ path, error: null, rawPath });
  }
  const root = resolve(directory);
  for (const failure of failures) {
    const inside = relative(root, failure.path).split(sep).join('/');
    const path = inside === '' ? directory : prefix + inside;
    const reason = path.includes(REPLACEMENT) ? 'its name is not valid UTF-8' : describeFsError(failure.error);
    found.push({ path, error: `cannot list directory: ${reason}` });
  }
  // equal paths (two names that differ only in bytes that are not UTF-8) keep the order of their bytes
  return found.sort((a, b) => compareCodeUnits(a.path, b.path) || Buffer.compare(a.rawPath ?? Buffer.alloc(0), b.rawPath ?? Buffer.alloc(0)));
}

const REPLACEMENT = '\ufffd';

/**
 * A file name that is not UTF-8 (a leak unzipped from an old Windows archive: "caf\xe9.txt" in
 * Latin-1) reaches us as a string with U+FFFD, which names no file. Its real bytes are found by
 * listing its directory as bytes; every name that decodes to the same string is returned. (A
 * directory with such a name is not walked into: it is reported as an error record instead.)
 */
async function rawPathsFor(path: string): Promise<Buffer[]> {
  const slash = path.lastIndexOf('/');
  const directory = path.slice(0, slash + 1);
  if (directory.includes(REPLACEMENT)) return [];
  try {
    const names = await fs.readdir(directory, { encoding: 'buffer' });
    return names
      .filter((name) => !isUtf8(name) && name.toString('utf8') === path.slice(slash + 1))
      .map((name) => Buffer.concat([Buffer.from(directory), name]));
  } catch {
    return []; // the directory went away since the walk
  }
}

export async function listTextFiles(directory: string): Promise<string[]> {
  return (await walkDirectory(directory)).filter((entry) => entry.error === null).map((entry) => entry.path);
}

async function isFile(path: string | Buffer): Promise<boolean> {
  try {
    return (await fs.stat(path)).isFile();
  } catch {
    return false; // a dangling link inside a directory is not something the user named
  }
}

/** The sources in command-line order; `-` is stdin. */
export async function* expandInputs(paths: string[], forced: InputFormat | undefined): AsyncGenerator<Source> {
  for (const path of paths) {
    if (path === '-') {
      yield { kind: 'stdin', format: forced ?? 'text' };
      continue;
    }
    let isDirectory: boolean;
    try {
      isDirectory = (await fs.stat(path)).isDirectory();
    } catch (error) {
      yield { kind: 'unreadable', path, error: `cannot read: ${describeFsError(error)}` };
      continue;
    }
    if (!isDirectory) {
      yield { kind: 'file', path, format: formatOf(path, forced) };
      continue;
    }
    let entries: WalkEntry[];
    try {
      entries = await walkDirectory(path);
    } catch (error) {
      yield { kind: 'unreadable', path, error: `cannot list directory: ${describeFsError(error)}` };
      continue;
    }
    for (const entry of entries) {
      if (entry.error !== null) yield { kind: 'unreadable', path: entry.path, error: entry.error };
      else if (entry.rawPath) yield { kind: 'file', path: entry.path, format: formatOf(entry.path, forced), rawPath: entry.rawPath };
      else yield { kind: 'file', path: entry.path, format: formatOf(entry.path, forced) };
    }
  }
}
