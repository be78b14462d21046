// CSV: a header, then one row per mention, entity by entity in the order of the JSON output.
// Error records have no row (they are reported on stderr); a document without entities has none.

import { isErrorRecord, OutputRecord } from '../model';
import { csvRows } from './csv-cells';
import { RecordFormatter } from './formatter';

export const CSV_COLUMNS = ['file', 'id', 'type', 'name', 'text', 'start', 'end', 'line', 'column', 'value'];

export function formatCsvRows(record: OutputRecord, raw = false): string {
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
  return rows.length === 0 ? '' : csvRows(rows, raw);
}

export function createCsvFormatter(raw = false): RecordFormatter {
  return { start: () => csvRows([CSV_COLUMNS]), record: (record) => formatCsvRows(record, raw), end: () => '' };
}
