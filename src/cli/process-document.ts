// One document through the pipeline, isolated: whatever goes wrong inside becomes an error record
// for this document and the run goes on (one bad document in 100,000 must cost only itself).
// Pure apart from the time limit: the same input and options always give the same record, so this
// step runs in worker threads (--jobs) with the run loop putting the results back in input order.

import { DocumentResult, EntityType, ErrorRecord, ExtractOptions, OutputRecord } from '../model';
import { DocumentInput } from '../input/types';

export type Extract = (
  text: string,
  options: ExtractOptions,
  meta: { file?: string | null; id?: string | null },
) => DocumentResult;

export interface DocumentOptions {
  /** --ref-date; a record's own date wins */
  refDate: string | null;
  types?: readonly EntityType[];
  /** false: --no-sentences */
  sentences?: boolean;
}

/** What an error record is made for: a document, or a file's bytes on their way to a reader. */
type ErrorSubject = Pick<DocumentInput, 'file' | 'id' | 'line'> & { packed?: true; format?: string; message?: number };

export function errorRecordFor(document: ErrorSubject, error: string): ErrorRecord {
  // key order file, id, line, message, format, error: the same as the input side's error records
  if (document.packed) {
    const tie = document.message === undefined ? {} : { message: document.message };
    return { file: document.file, id: document.id, ...tie, format: document.format, error };
  }
  if (document.line === undefined) return { file: document.file, id: document.id, error };
  return { file: document.file, id: document.id, line: document.line, error };
}

/** The record with `format` after `id` (key order is part of the output contract). */
export function withFormat(result: DocumentResult, format: string): DocumentResult {
  return { file: result.file, id: result.id, format, date: result.date, entities: result.entities };
}

/** The error text of a document stopped by --time-limit (the same in every --jobs mode). */
export function timeLimitMessage(timeLimitMs: number): string {
  return `time limit of ${timeLimitMs / 1000} s exceeded`;
}

/** What the pipeline throws when ExtractOptions.deadline has passed (matched by name: no import). */
export const TIME_LIMIT_ERROR = 'TimeLimitError';

/**
 * `timeLimitMs` sets a deadline the pipeline checks between its steps (cooperative: a step that
 * never returns is only stopped in worker mode, where the pool terminates the worker).
 */
export function processDocument(
  document: DocumentInput,
  options: DocumentOptions,
  extract: Extract,
  timeLimitMs: number | null = null,
): OutputRecord {
  const extractOptions: ExtractOptions = {
    refDate: document.date ?? options.refDate,
    refDateSource: document.date ? 'record' : 'option',
  };
  if (options.types) extractOptions.types = options.types;
  if (options.sentences === false) extractOptions.sentences = false;
  if (timeLimitMs !== null) extractOptions.deadline = Date.now() + timeLimitMs;
  try {
    const result = extract(document.text, extractOptions, { file: document.file, id: document.id });
    return document.format === undefined ? result : withFormat(result, document.format);
  } catch (error) {
    if (timeLimitMs !== null && error instanceof Error && error.name === TIME_LIMIT_ERROR) {
      return errorRecordFor(document, timeLimitMessage(timeLimitMs));
    }
    const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    return errorRecordFor(document, `internal error: ${message.split('\n')[0]}`);
  }
}
