// JSON Lines: one compact line per input document (or its error record), in input order.
// This is the contract scripts, `merge` and GNU parallel rely on; see docs/output.md.

import { OutputRecord } from '../model';
import { RecordFormatter } from './formatter';

export function formatJsonlRecord(record: OutputRecord): string {
  // JSON.stringify escapes lone surrogates (\udXXX), so every line is valid UTF-8 and valid JSON.
  return `${JSON.stringify(record)}\n`;
}

export function createJsonlFormatter(): RecordFormatter {
  return { start: () => '', record: formatJsonlRecord, end: () => '' };
}
