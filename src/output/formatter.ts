// One formatter per output format, chosen by name. A formatter turns records into text in three
// steps so output can stream: start() before the first record, record() for each document as soon
// as it is done (one string per record: a record is written whole or not at all), end() at the end.

import { OutputRecord } from '../model';
import { createCsvFormatter } from './csv';
import { createFtmFormatter } from './ftm';
import { createHtmlFormatter } from './html';
import { createJsonFormatter } from './json';
import { createJsonlFormatter } from './jsonl';
import { createTableFormatter } from './table';
import { createTextFormatter } from './text';

export const FORMAT_NAMES = ['table', 'json', 'jsonl', 'csv', 'text', 'html', 'ftm'] as const;
export type FormatName = (typeof FORMAT_NAMES)[number];

export interface FormatOptions {
  /** colour with ANSI escapes (table and text) */
  color: boolean;
  /** csv: cells as they are, no spreadsheet-formula guard (--csv-raw) */
  csvRaw?: boolean;
  /** table, text, html: show vague dates ("the past", "these days"; dates/vague.ts) */
  vague?: boolean;
}

export interface RecordFormatter {
  start(): string;
  /** `text`: the document's text as decoded, given only to formatters that set `needsText` */
  record(record: OutputRecord, text?: string): string;
  end(): string;
  /**
   * The formatter shows the document itself (text, html), so the run loop keeps each document's
   * text until its record is written; the others never hold on to it.
   */
  needsText?: boolean;
}

export function createFormatter(name: FormatName, options: FormatOptions): RecordFormatter {
  switch (name) {
    case 'table':
      return createTableFormatter(options);
    case 'json':
      return createJsonFormatter();
    case 'jsonl':
      return createJsonlFormatter();
    case 'csv':
      return createCsvFormatter(options.csvRaw);
    case 'text':
      return createTextFormatter(options);
    case 'html':
      return createHtmlFormatter(options);
    case 'ftm':
      return createFtmFormatter();
  }
}
