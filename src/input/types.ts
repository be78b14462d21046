// What the input side hands to the run loop: documents to analyze, or error records that take
// a document's place in the output (a missing file, a broken JSONL line), always in input order.

import { ErrorRecord } from '../model';
import { PackedInput, RecordFormat } from './formats/types';

/** How a source is read: text and JSONL here, the others through a reader in src/input/formats/. */
export type InputFormat = 'text' | 'jsonl' | 'html' | 'pdf' | 'docx' | 'eml' | 'mbox';
export const INPUT_FORMATS: readonly InputFormat[] = ['text', 'jsonl', 'html', 'pdf', 'docx', 'eml', 'mbox'];

export interface DocumentInput {
  /** the path as the user named it (or as found under a named directory); null for stdin */
  file: string | null;
  /** the JSONL record's id; null for plain text */
  id: string | null;
  /** 1-based line of the JSONL record in its file, for error messages */
  line?: number;
  text: string;
  /** the JSONL record's own reference date (YYYY-MM-DD), which wins over --ref-date */
  date: string | null;
  /** what the record says it was read as; absent for documents made by hand (library use, tests) */
  format?: RecordFormat;
}

/**
 * A document of text, an error record, or a file's bytes for a reader in a worker (a web page, a
 * PDF, a .docx, an e-mail message), which may hold several documents (attachments).
 */
export type InputItem =
  | { kind: 'document'; document: DocumentInput }
  | { kind: 'error'; record: ErrorRecord }
  | { kind: 'packed'; packed: PackedInput };

/** Warnings go to stderr; they never change the output or the exit code. */
export type Warn = (where: string, message: string) => void;

/** How a file or stdin is named in messages. */
export function displayName(file: string | null): string {
  return file ?? '<stdin>';
}
