// One JSONL input line -> a document, or an error record that takes its place in the output.
// The record format: {"id": string, "text": string, "date"?: "YYYY-MM-DD"}; other fields are
// ignored, so the evaluation files and other tools' output can be fed in directly.

import { ErrorRecord } from '../model';
import { isIsoDate } from './iso-date';
import { InputItem } from './types';

function errorItem(file: string | null, id: string | null, line: number, error: string): InputItem {
  const record: ErrorRecord = { file, id, line, error };
  return { kind: 'error', record };
}

/** Parse one non-blank line (already decoded) of a JSONL input. */
export function parseRecordLine(lineText: string, file: string | null, line: number): InputItem {
  let value: unknown;
  try {
    value = JSON.parse(lineText);
  } catch (error) {
    return errorItem(file, null, line, `invalid JSON: ${(error as Error).message}`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return errorItem(file, null, line, 'expected a JSON object like {"id": "...", "text": "..."}');
  }
  const record = value as Record<string, unknown>;
  let id: string | null = null;
  if (typeof record.id === 'string') id = record.id;
  else if (typeof record.id === 'number' && Number.isFinite(record.id)) id = String(record.id);
  else if (record.id !== undefined && record.id !== null) {
    return errorItem(file, null, line, '"id" must be a string');
  }
  if (typeof record.text !== 'string') {
    return errorItem(file, id, line, record.text === undefined ? 'missing "text"' : '"text" must be a string');
  }
  let date: string | null = null;
  if (record.date !== undefined && record.date !== null) {
    if (typeof record.date !== 'string' || !isIsoDate(record.date)) {
      return errorItem(file, id, line, `invalid "date" ${shorten(JSON.stringify(record.date))}: expected YYYY-MM-DD`);
    }
    date = record.date;
  }
  return { kind: 'document', document: { file, id, line, text: record.text, date, format: 'jsonl' } };
}

function shorten(text: string): string {
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}
