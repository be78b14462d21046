// Gold-annotated documents, from the JSONL format of ../shared/eval or from CoNLL-2003 BIO files.

import { readFileSync } from 'fs';

export type GoldType = 'PERSON' | 'ORGANIZATION' | 'PLACE' | 'DATE';
export const GOLD_TYPES: readonly GoldType[] = ['PERSON', 'ORGANIZATION', 'PLACE', 'DATE'];

export interface GoldSpan {
  start: number;
  end: number;
  type: GoldType;
  text: string;
  value?: string;
}

export interface GoldDocument {
  id: string;
  text: string;
  date: string | null;
  annotatedTypes: GoldType[];
  entities: GoldSpan[];
  /** spans of other kinds (MISC, NORP, TIME, ...): a prediction inside one is not a false positive */
  ignore: { start: number; end: number }[];
}

interface JsonGoldLine {
  id: string;
  text: string;
  doc_date?: string | null;
  annotated_types?: GoldType[];
  entities?: { start: number; end: number; type: GoldType; text: string; value?: string }[];
  ignore?: { start: number; end: number }[];
}

function readJsonl(path: string, content: string): GoldDocument[] {
  const documents: GoldDocument[] = [];
  content.split('\n').forEach((line, index) => {
    if (!line.trim()) return;
    let record: JsonGoldLine;
    try {
      record = JSON.parse(line) as JsonGoldLine;
    } catch {
      throw new Error(`${path}:${index + 1}: not valid JSON`);
    }
    if (typeof record.text !== 'string') throw new Error(`${path}:${index + 1}: no "text" field`);
    documents.push({
      id: record.id ?? `${path}:${index + 1}`,
      text: record.text,
      date: record.doc_date ?? null,
      annotatedTypes: record.annotated_types ?? [...GOLD_TYPES],
      entities: (record.entities ?? []).map((e) => ({ start: e.start, end: e.end, type: e.type, text: e.text, value: e.value })),
      ignore: (record.ignore ?? []).map((s) => ({ start: s.start, end: s.end })),
    });
  });
  return documents;
}

const CONLL_TYPES: Record<string, GoldType | null> = { PER: 'PERSON', ORG: 'ORGANIZATION', LOC: 'PLACE', MISC: null };

/**
 * CoNLL-2003 BIO (IOB1 or IOB2): "token POS chunk TAG" per line, blank lines between sentences,
 * -DOCSTART- between documents. Tokens are joined with single spaces, one sentence per line.
 */
function readConll(path: string, content: string): GoldDocument[] {
  const documents: GoldDocument[] = [];
  let text = '';
  let entities: GoldSpan[] = [];
  let ignore: { start: number; end: number }[] = [];
  let open: { start: number; end: number; label: string } | null = null;
  const closeSpan = () => {
    if (!open) return;
    const type = CONLL_TYPES[open.label];
    if (type) entities.push({ start: open.start, end: open.end, type, text: text.slice(open.start, open.end) });
    else ignore.push({ start: open.start, end: open.end });
    open = null;
  };
  const closeDocument = () => {
    closeSpan();
    if (text.trim()) {
      documents.push({
        id: `${path}#${documents.length + 1}`,
        text: text.replace(/\n$/, ''),
        date: null,
        annotatedTypes: ['PERSON', 'ORGANIZATION', 'PLACE'],
        entities,
        ignore,
      });
    }
    text = '';
    entities = [];
    ignore = [];
  };
  for (const rawLine of content.split('\n')) {
    const line = rawLine.trim();
    if (line.startsWith('-DOCSTART-')) {
      closeDocument();
      continue;
    }
    if (!line) {
      closeSpan();
      if (text && !text.endsWith('\n')) text += '\n';
      continue;
    }
    const columns = line.split(/\s+/);
    const token = columns[0];
    const tag = columns[columns.length - 1];
    if (text && !text.endsWith('\n')) text += ' ';
    const start = text.length;
    text += token;
    const [prefix, label] = tag === 'O' ? ['O', ''] : [tag.slice(0, 1), tag.slice(2)];
    if (prefix === 'O') {
      closeSpan();
    } else if (prefix === 'B' || !open || (open as { label: string }).label !== label) {
      closeSpan();
      open = { start, end: text.length, label };
    } else {
      (open as { end: number }).end = text.length;
    }
  }
  closeDocument();
  return documents;
}

export function readGoldFile(path: string): GoldDocument[] {
  const content = readFileSync(path, 'utf8');
  const firstLine = content.slice(0, content.indexOf('\n') === -1 ? content.length : content.indexOf('\n')).trim();
  return firstLine.startsWith('{') ? readJsonl(path, content) : readConll(path, content);
}
