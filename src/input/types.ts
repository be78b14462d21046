// What the input side hands to the run loop: documents to analyze, or error records that take
// a document's place in the output (a missing file, a broken JSONL line), always in input order.

import { ErrorRecord } from '../model';

export type InputFormat = 'text' | 'jsonl';

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
}

export type InputItem = { kind: 'document'; document: DocumentInput } | { kind: 'error'; record: ErrorRecord };

/** Warnings go to stderr; they never change the output or the exit code. */
export type Warn = (where: string, message: string) => void;

/** How a file or stdin is named in messages. */
export function displayName(file: string | null): string {
  return file ?? '<stdin>';
}
