// How many jobs when --jobs is not given: all CPUs when the input looks like many documents (a
// directory, a JSONL file or stream, more than a handful of files), else 1. One article analyzed
// in this process answers sooner than a pool that first has to start and load the pipeline, and
// so do a few megabytes of named files: every worker warms up on its own (lexicon, JIT), which on
// two cores made --jobs 2 slower than --jobs 1 up to about 8 MB of JSONL (3.7 MB: 2.55 s against
// 2.20 s; 12 MB: 4.6 s against 5.1 s, measured on 2 cores; scripts/bench.js has the larger runs).
// The price: in this process a document stuck inside one step has only the cooperative deadline,
// not the worker pool's backstop (docs/scale-out.md, --time-limit).

import { availableParallelism } from 'os';
import { formatOf } from '../input/sources';
import { InputFormat } from '../input/types';
import { statSync } from 'fs';

/** More named files than this count as "many documents". */
const FEW_FILES = 4;

export function looksLikeManyDocuments(paths: string[], inputFormat: InputFormat | undefined): boolean {
  if (paths.length > FEW_FILES) return true;
  return paths.some((path) => {
    if (path === '-') return inputFormat === 'jsonl';
    // a JSONL file or a mailbox holds many documents
    if (formatOf(path, inputFormat) === 'jsonl' || formatOf(path, inputFormat) === 'mbox') return true;
    try {
      return statSync(path).isDirectory();
    } catch {
      return false; // reported as an error record by the run
    }
  });
}

/** Named regular files smaller than this, all together, are analyzed in this process. */
export const SMALL_INPUT_BYTES = 8_000_000;

/** Total size of the named paths when every one is a regular file; null when not (a directory, stdin). */
function namedFilesSize(paths: string[]): number | null {
  let total = 0;
  for (const path of paths) {
    if (path === '-') return null;
    try {
      const stats = statSync(path);
      if (!stats.isFile()) return null;
      total += stats.size;
    } catch {
      return null; // reported as an error record by the run
    }
  }
  return total;
}

export function defaultJobs(paths: string[], inputFormat: InputFormat | undefined, cpus = availableParallelism()): number {
  return defaultJobPlan(paths, inputFormat, cpus).jobs;
}

/**
 * The default's jobs, and when its workers start (ExtractRun.startWorkersAfterChars): this process
 * analyzes documents too, so with jobs > 1 it runs jobs - 1 workers; they start at once when the
 * named files hold SMALL_INPUT_BYTES or more, and otherwise (a directory, stdin: a size not known
 * in advance) once that much text has been read, so a small input costs what one job costs; and
 * only as many as there are cores that other processes leave free.
 */
export function defaultJobPlan(
  paths: string[],
  inputFormat: InputFormat | undefined,
  cpus = availableParallelism(),
): { jobs: number; startWorkersAfterChars?: number; onlyFreeCores?: boolean } {
  if (cpus <= 1 || !looksLikeManyDocuments(paths, inputFormat)) return { jobs: 1 };
  const size = namedFilesSize(paths);
  // the workers start only on cores other processes leave free (ExtractRun.onlyFreeCores)
  if (size === null) return { jobs: cpus, startWorkersAfterChars: SMALL_INPUT_BYTES, onlyFreeCores: true };
  return size < SMALL_INPUT_BYTES ? { jobs: 1 } : { jobs: cpus, startWorkersAfterChars: 0, onlyFreeCores: true };
}
