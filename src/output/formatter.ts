// One formatter per output format, chosen by name. A formatter turns records into text in three
// steps so output can stream: start() before the first record, record() for each document as soon
// as it is done (one string per record: a record is written whole or not at all), end() at the end.

import { OutputRecord } from '../model';

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
  // each format's module loaded when it is chosen: a JSONL run does not load the table's and the
  // CSV's libraries (cli-table3, chalk, csv-stringify), which cost start-up in every process
  switch (name) {
    case 'table':
      return (require('./table') as typeof import('./table')).createTableFormatter(options);
    case 'json':
      return (require('./json') as typeof import('./json')).createJsonFormatter();
    case 'jsonl':
      return (require('./jsonl') as typeof import('./jsonl')).createJsonlFormatter();
    case 'csv':
      return (require('./csv') as typeof import('./csv')).createCsvFormatter(options.csvRaw);
    case 'text':
      return (require('./text') as typeof import('./text')).createTextFormatter(options);
    case 'html':
      return (require('./html') as typeof import('./html')).createHtmlFormatter(options);
    case 'ftm':
      return (require('./ftm') as typeof import('./ftm')).createFtmFormatter();
  }
}
