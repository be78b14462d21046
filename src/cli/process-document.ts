// One document through the pipeline, isolated: whatever goes wrong inside becomes an error record
// for this document and the run goes on (one bad document in 100,000 must cost only itself).
// Pure: the same input and options always give the same record, so this step can later run in
// worker threads (--jobs) with the run loop putting the results back in input order.

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
}

export function errorRecordFor(document: DocumentInput, error: string): ErrorRecord {
  // key order file, id, line, error: the same as the input side's error records
  if (document.line === undefined) return { file: document.file, id: document.id, error };
  return { file: document.file, id: document.id, line: document.line, error };
}

export function processDocument(document: DocumentInput, options: DocumentOptions, extract: Extract): OutputRecord {
  const extractOptions: ExtractOptions = {
    refDate: document.date ?? options.refDate,
    refDateSource: document.date ? 'record' : 'option',
  };
  if (options.types) extractOptions.types = options.types;
  try {
    return extract(document.text, extractOptions, { file: document.file, id: document.id });
  } catch (error) {
    const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    return errorRecordFor(document, `internal error: ${message.split('\n')[0]}`);
  }
}
