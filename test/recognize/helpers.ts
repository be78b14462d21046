// Helpers for the name recognizer tests: a Doc from text, and mentions as plain, readable rows.
import { Doc, Mention } from '../../src/model';
import { analyzeChunk } from '../../src/pipeline';
import { Recognizer } from '../../src/pipeline/recognize/mention';
import { splitSentences, tokenize } from '../../src/pipeline/segment';
import { markTitleCaseHeadlines } from '../../src/pipeline/headline-case';

/** A Doc as the pipeline makes one (analyzeChunk): tokens, sentences, title-case headlines marked. */
export function docOf(text: string): Doc {
  const tokens = tokenize(text);
  const doc: Doc = { text, tokens, sentences: splitSentences(tokens, text), refDate: null, refDateSource: null, annotations: [] };
  markTitleCaseHeadlines(doc);
  return doc;
}

export interface Row {
  text: string;
  type: string;
  start: number;
  end: number;
  rule: string;
  roles?: string[];
  source?: boolean;
}

export function row(doc: Doc, m: Mention): Row {
  const r: Row = { text: doc.text.slice(m.start, m.end), type: m.type, start: m.start, end: m.end, rule: m.rule };
  if (m.roles) r.roles = m.roles;
  if (m.source) r.source = m.source;
  return r;
}

/** What one recognizer alone finds in the text. */
export function run(recognizer: Recognizer, text: string): Row[] {
  const doc = docOf(text);
  return recognizer(doc).map((m) => row(doc, m));
}

/** The names the whole pipeline keeps after overlap resolution (dates left out). */
export function names(text: string): Row[] {
  const { doc, mentions } = analyzeChunk(text, 0, text.length, null, null);
  return mentions.filter((m) => m.type !== 'date').map((m) => row(doc, m));
}

/** Compact "type:text" list of the names the pipeline keeps, in text order. */
export function brief(text: string): string[] {
  return names(text).map((r) => `${r.type}:${r.text}`);
}
