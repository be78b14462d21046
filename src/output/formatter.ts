// One formatter per output format, chosen by name. A formatter turns records into text in three
// steps so output can stream: start() before the first record, record() for each document as soon
// as it is done (one string per record: a record is written whole or not at all), end() at the end.

import { OutputRecord } from '../model';
import { createCsvFormatter } from './csv';
import { createJsonFormatter } from './json';
import { createJsonlFormatter } from './jsonl';
import { createTableFormatter } from './table';

export const FORMAT_NAMES = ['table', 'json', 'jsonl', 'csv'] as const;
export type FormatName = (typeof FORMAT_NAMES)[number];

export interface FormatOptions {
  /** colour with ANSI escapes (table only) */
  color: boolean;
}

export interface RecordFormatter {
  start(): string;
  record(record: OutputRecord): string;
  end(): string;
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
      return createCsvFormatter();
  }
}
