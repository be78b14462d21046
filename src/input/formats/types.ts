// What the format readers share: a file's bytes as the main thread hands them to a worker (a
// "packed" document), and the plain text a reader extracts from them, with what it learned on the
// way (headline, publication date, pages, e-mail headers). The pipeline only ever sees the text;
// offsets in the output index it, and --save-text writes it out so they can be checked.

/** The formats read from bytes in the workers (text and JSONL are read by the main thread). */
export type PackedFormat = 'html' | 'pdf' | 'docx' | 'eml';

/** What a record says it was read as (`format`): an attachment can be plain text too. */
export type RecordFormat = 'text' | 'jsonl' | PackedFormat;

/** A file (or one message of a mailbox) to be extracted and analyzed in a worker. */
export interface PackedInput {
  packed: true;
  file: string | null;
  /** the message's number in its mailbox, as a string (the record's id); null otherwise */
  id: string | null;
  format: PackedFormat;
  bytes: Uint8Array;
  /** 1-based number of the message in its mailbox; set only for messages of an .mbox */
  message?: number;
}

export interface Address {
  name: string;
  address: string;
}

export interface EmailHeaders {
  from: Address[];
  to: Address[];
  cc: Address[];
  /** the Date header as written, or null */
  date: string | null;
  subject: string | null;
}

/** A person named in a header, and where the name stands in the extracted text. */
export interface HeaderPerson {
  name: string;
  address: string;
  start: number;
  end: number;
}

/** One document a reader found in a file (an e-mail yields one per message and per attachment). */
export interface Extracted {
  format: RecordFormat;
  text: string;
  /** the document's own reference date (YYYY-MM-DD): publication date, Date header */
  date: string | null;
  /** the record's id (a mailbox message, an attachment); null for a file that is one document */
  id: string | null;
  message?: number;
  /** the attachment's file name, for a document found attached to an e-mail */
  attachment?: string;
  title?: string;
  /** PDF: where each page starts in `text` (page n starts at pageStarts[n - 1]) */
  pageStarts?: number[];
  headers?: EmailHeaders;
  headerPersons?: HeaderPerson[];
}

/** What reading one packed input gives: documents, errors (each one record) and warnings. */
export type ReadOutcome =
  | { kind: 'document'; document: Extracted }
  | { kind: 'error'; id: string | null; message?: number; attachment?: string; format: RecordFormat; error: string };

export interface ReadResult {
  outcomes: ReadOutcome[];
  warnings: string[];
}

/** A reader failure that is the file's fault, not ours: its message becomes the error record. */
export class UnreadableDocument extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UnreadableDocument';
  }
}
