// What the pool and its workers say to each other.

import { ErrorRecord, OutputRecord } from '../model';
import { DocumentInput } from '../input/types';
import { PackedInput } from '../input/formats/types';
import { DocumentOptions } from '../cli/process-document';
import { PackedSettings } from '../cli/process-packed';

export type ToWorker =
  /**
   * first message: what every document is analyzed with; the worker answers `ready`. With
   * `jsonlLines` the worker sends each record as its finished JSONL line: a string crosses threads
   * far cheaper than a record's object tree, and the main thread (reader and writer for all the
   * workers) is spared the JSON.stringify, which keeps it from becoming the bottleneck.
   */
  | { type: 'init'; options: DocumentOptions; extractModule?: string; jsonlLines?: boolean; packed?: PackedSettings; progress?: SharedArrayBuffer; progressBase?: number }
  /**
   * a batch of documents (about BATCH_CHARS of text), analyzed in order, each answered on its own:
   * documents of text, or a file's bytes for a reader (web page, PDF, .docx, e-mail message)
   */
  | { type: 'documents'; tasks: { seq: number; document: DocumentInput | PackedInput }[]; timeLimitMs: number | null };

/** One record as the run loop needs it: the record (and its text, for a packed input when asked), or its JSONL line and the facts about it. */
export type AnalyzedRecord =
  | { record: OutputRecord; text?: string }
  | { line: string; error: ErrorRecord | null; entities: number };

/** A document's outcome: one record, or for a packed input all of its records and the reader's warnings ([where, message]). */
export type Analyzed = AnalyzedRecord | { parts: AnalyzedRecord[]; warnings: [string, string][] };

/**
 * With `progress` (worker threads: memory both sides see), the worker answers a few documents per
 * message: at the end of each batch, or once it has held answers this long. It notes there which
 * document it is working on and since when (see Progress), so the pool still knows which one
 * overran the time limit or crashed its worker. A child process has no shared memory: it answers
 * each document on its own.
 */
export const ANSWER_WAIT_MS = 50;

/**
 * The shared progress record, an Int32Array read and written only with Atomics: [seq of the document
 * being analyzed (-1: none), its start in ms since the `progressBase` the pool sends (Date.now())].
 * The worker stores the start before the seq, the pool loads the seq before the start, so a new seq
 * never comes with the previous document's start. (Int32 ms: a worker may live 24 days.)
 */
export const PROGRESS_BYTES = 8;
export const PROGRESS_SEQ = 0;
export const PROGRESS_STARTED = 1;
export const NO_DOCUMENT = -1;

/** One document's answer, by its sequence number. */
export interface Answer {
  seq: number;
  analyzed: Analyzed;
}

/** `analyzed`: the answers of one or more documents, in the order they were sent. */
export type FromWorker = { type: 'ready' } | { type: 'analyzed'; answers: Answer[] };

/** The records of an outcome, in order. */
export function recordsOf(analyzed: Analyzed): AnalyzedRecord[] {
  return 'parts' in analyzed ? analyzed.parts : [analyzed];
}

export function isPacked(input: DocumentInput | PackedInput): input is PackedInput {
  return (input as PackedInput).packed === true;
}
