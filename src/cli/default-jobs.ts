// How many jobs when --jobs is not given: all CPUs when the input looks like many documents (a
// directory, a JSONL file or stream, more than a handful of files), else 1. One article analyzed
// in this process answers sooner than a pool that first has to start and load the pipeline.

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
    if (formatOf(path, inputFormat) === 'jsonl') return true;
    try {
      return statSync(path).isDirectory();
    } catch {
      return false; // reported as an error record by the run
    }
  });
}

export function defaultJobs(paths: string[], inputFormat: InputFormat | undefined, cpus = availableParallelism()): number {
  return cpus > 1 && looksLikeManyDocuments(paths, inputFormat) ? cpus : 1;
}
