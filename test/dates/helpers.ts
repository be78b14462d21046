// Runs the date recognizer alone on one invented news text, as the pipeline would.
import { Doc } from '../../src/model';
import { splitSentences, tokenize } from '../../src/pipeline/segment';
import { PATTERNS, recognizeDates } from '../../src/pipeline/recognize/dates';
import { parseIsoDate } from '../../src/dates/calendar';
import { DateContext } from '../../src/dates/context';

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

/**
 * Every pattern at every token, outside the recognizer's safety nets: recognizeDates turns a
 * pattern that throws into "no date here", which would let a broken pattern pass a test that
 * expects no date. Here the throw fails the test.
 */
export function runPatternsUnguarded(text: string, refDate: string | null): void {
  const doc = makeDoc(text, refDate);
  const ctx: DateContext = { doc, tokens: doc.tokens, ref: parseIsoDate(refDate), lastDate: null };
  for (let i = 0; i < doc.tokens.length; i++) for (const pattern of PATTERNS) pattern.match(ctx, i);
}

/** The dates found in text, as [text, start, end, value]. */
export function datesIn(text: string, refDate: string | null): FoundDate[] {
  runPatternsUnguarded(text, refDate);
  const doc = makeDoc(text, refDate);
  return recognizeDates(doc).map((m) => ({ text: text.slice(m.start, m.end), start: m.start, end: m.end, value: m.value }));
}

/** Shorthand for the common case: [span text, value] pairs in order. */
export function spansAndValues(text: string, refDate: string | null): Array<[string, string | undefined]> {
  return datesIn(text, refDate).map((d) => [d.text, d.value]);
}
