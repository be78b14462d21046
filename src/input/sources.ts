// What the user named on the command line, in order: files, directories (walked recursively for
// text files), or stdin. Directory listings are sorted by code units so the output order never
// depends on the file system or the locale.

import { promises as fs } from 'fs';
import fg from 'fast-glob';
import { describeFsError } from './fs-errors';
import { InputFormat } from './types';

export type Source =
  | { kind: 'file'; path: string; format: InputFormat }
  | { kind: 'stdin'; format: InputFormat }
  /** a named path that cannot be read or listed; becomes an error record */
  | { kind: 'unreadable'; path: string; error: string };

/** Extensions picked up when walking a directory; other files are read only when named. */
export const TEXT_EXTENSIONS = ['txt', 'text', 'md'];
const JSONL_EXTENSIONS = /\.(jsonl|ndjson)$/i;

/** --input-format wins; otherwise .jsonl/.ndjson files are JSONL and everything else is text. */
export function formatOf(path: string, forced: InputFormat | undefined): InputFormat {
  if (forced) return forced;
  return JSONL_EXTENSIONS.test(path) ? 'jsonl' : 'text';
}

function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Text files under a directory, recursively. Symbolic links to files are read; symbolic links to
 * directories are not followed, so a link loop cannot make the walk endless. Hidden files and
 * directories (.git) are skipped.
 */
export async function listTextFiles(directory: string): Promise<string[]> {
  const entries = await fg(`**/*.{${TEXT_EXTENSIONS.join(',')}}`, {
    cwd: directory,
    onlyFiles: false,
    followSymbolicLinks: false,
    caseSensitiveMatch: false,
    objectMode: true,
    suppressErrors: false,
  });
  const prefix = directory.endsWith('/') ? directory : `${directory}/`;
  const files: string[] = [];
  for (const entry of entries) {
    const path = prefix + entry.path;
    if (entry.dirent.isFile()) files.push(path);
    else if (entry.dirent.isSymbolicLink() && (await isFile(path))) files.push(path);
  }
  return files.sort(compareCodeUnits);
}

async function isFile(path: string): Promise<boolean> {
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
    let files: string[];
    try {
      files = await listTextFiles(path);
    } catch (error) {
      yield { kind: 'unreadable', path, error: `cannot list directory: ${describeFsError(error)}` };
      continue;
    }
    for (const file of files) yield { kind: 'file', path: file, format: formatOf(file, forced) };
  }
}
