// Runs the date recognizer alone on one invented news text, as the pipeline would.
import { Doc } from '../../src/model';
import { splitSentences, tokenize } from '../../src/pipeline/segment';
import { recognizeDates } from '../../src/pipeline/recognize/dates';

export interface FoundDate {
  text: string;
  start: number;
  end: number;
  value: string | undefined;
}

export function makeDoc(text: string, refDate: string | null): Doc {
  const tokens = tokenize(text);
  const sentences = splitSentences(tokens, text);
  return { text, tokens, sentences, refDate, refDateSource: refDate ? 'record' : null, annotations: [] };
}

/** The dates found in text, as [text, start, end, value]. */
export function datesIn(text: string, refDate: string | null): FoundDate[] {
  const doc = makeDoc(text, refDate);
  return recognizeDates(doc).map((m) => ({ text: text.slice(m.start, m.end), start: m.start, end: m.end, value: m.value }));
}

/** Shorthand for the common case: [span text, value] pairs in order. */
export function spansAndValues(text: string, refDate: string | null): Array<[string, string | undefined]> {
  return datesIn(text, refDate).map((d) => [d.text, d.value]);
}
