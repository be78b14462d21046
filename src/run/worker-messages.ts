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

/**
 * One record as the run loop needs it: the record (and its text, for a packed input when asked), or
 * its JSONL line and the facts about it. A worker thread sends the lines of one message as UTF-8
 * bytes in one transferred buffer (encodeLines), so they reach the main thread without a copy, and
 * the main thread, which writes every worker's output, neither decodes, collects nor encodes them.
 */
export type AnalyzedRecord =
  | { record: OutputRecord; text?: string }
  | { line: string | Uint8Array; error: ErrorRecord | null; entities: number };

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

/**
 * Turns the JSONL lines of these answers into views of one new UTF-8 buffer; returns that buffer,
 * for the message's transfer list (null when no answer has a line).
 */
export function encodeLines(answers: Answer[]): ArrayBuffer | null {
  let total = 0;
  for (const { analyzed } of answers) for (const part of recordsOf(analyzed)) if ('line' in part) total += Buffer.byteLength(part.line);
  if (total === 0) return null;
  // a buffer of its own, not a slice of Node's shared pool: it is transferred whole
  const bytes = Buffer.allocUnsafeSlow(total);
  let at = 0;
  for (const { analyzed } of answers) {
    for (const part of recordsOf(analyzed)) {
      if (!('line' in part)) continue;
      const line = part.line;
      let length = line.length;
      if (typeof line === 'string') length = bytes.write(line, at);
      else bytes.set(line, at);
      part.line = new Uint8Array(bytes.buffer, at, length);
      at += length;
    }
  }
  return bytes.buffer;
}

/** A JSONL line as text. */
export function lineText(line: string | Uint8Array): string {
  return typeof line === 'string' ? line : Buffer.from(line.buffer, line.byteOffset, line.byteLength).toString();
}

/** The records of an outcome, in order. */
export function recordsOf(analyzed: Analyzed): AnalyzedRecord[] {
  return 'parts' in analyzed ? analyzed.parts : [analyzed];
}

export function isPacked(input: DocumentInput | PackedInput): input is PackedInput {
  return (input as PackedInput).packed === true;
}
