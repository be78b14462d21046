// JSON: one document {"documents": [record, ...]}, streamed record by record; the bytes are exactly
// JSON.stringify({documents: records}, null, 2) + "\n". An object (not a bare array) so that
// fields about the whole run can be added later without breaking readers.

import { OutputRecord } from '../model';
import { RecordFormatter } from './formatter';

const RECORD_INDENT = '    ';

export function createJsonFormatter(): RecordFormatter {
  let count = 0;
  return {
    start: () => '{\n  "documents": [',
    record(record: OutputRecord): string {
      const body = JSON.stringify(record, null, 2).replace(/\n/g, `\n${RECORD_INDENT}`);
      return `${count++ === 0 ? '\n' : ',\n'}${RECORD_INDENT}${body}`;
    },
    end: () => (count === 0 ? ']\n}\n' : '\n  ]\n}\n'),
  };
}
