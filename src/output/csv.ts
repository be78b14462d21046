// CSV: a header, then one row per mention, entity by entity in the order of the JSON output.
// Error records have no row (they are reported on stderr); a document without entities has none.

import { stringify } from 'csv-stringify/sync';
import { isErrorRecord, OutputRecord } from '../model';
import { RecordFormatter } from './formatter';

export const CSV_COLUMNS = ['file', 'id', 'type', 'name', 'text', 'start', 'end', 'line', 'column', 'value'];

export function formatCsvRows(record: OutputRecord): string {
  if (isErrorRecord(record)) return '';
  const rows: (string | number)[][] = [];
  for (const entity of record.entities) {
    for (const mention of entity.mentions) {
      rows.push([
        record.file ?? '',
        record.id ?? '',
        entity.type,
        entity.name,
        mention.text,
        mention.start,
        mention.end,
        mention.line,
        mention.column,
        entity.value ?? '',
      ]);
    }
  }
  return rows.length === 0 ? '' : stringify(rows);
}

export function createCsvFormatter(): RecordFormatter {
  return { start: () => stringify([CSV_COLUMNS]), record: formatCsvRows, end: () => '' };
}
