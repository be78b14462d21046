// What the pool and its workers say to each other.

import { ErrorRecord, OutputRecord } from '../model';
import { DocumentInput } from '../input/types';
import { DocumentOptions } from '../cli/process-document';

export type ToWorker =
  /**
   * first message: what every document is analyzed with; the worker answers `ready`. With
   * `jsonlLines` the worker sends each record as its finished JSONL line: a string crosses threads
   * far cheaper than a record's object tree, and the main thread (reader and writer for all the
   * workers) is spared the JSON.stringify, which keeps it from becoming the bottleneck.
   */
  | { type: 'init'; options: DocumentOptions; extractModule?: string; jsonlLines?: boolean }
  /** a batch of documents (about BATCH_CHARS of text), analyzed in order, each answered on its own */
  | { type: 'documents'; tasks: { seq: number; document: DocumentInput }[]; timeLimitMs: number | null };

/** A document's outcome as the run loop needs it: the record, or its JSONL line and the facts about it. */
export type Analyzed =
  | { record: OutputRecord }
  | { line: string; error: ErrorRecord | null; entities: number };

export type FromWorker = { type: 'ready' } | { type: 'analyzed'; seq: number; analyzed: Analyzed };
