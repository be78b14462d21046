// A file's bytes (a web page, a PDF, a .docx, an e-mail message) through its reader and then,
// document by document, through processDocument: the worker-side step for the formats of
// src/input/formats/. Adds what the reader learned to each record (format, headline, pages,
// e-mail headers and their people) and, with --save-text, writes the text the offsets index.

import { DocumentResult, ErrorRecord, isErrorRecord, OutputRecord } from '../model';
import { Extracted, PackedInput, ReadOutcome } from '../input/formats/types';
import { readPacked } from '../input/formats/read-packed';
import { saveText } from '../output/save-text';
import { DocumentOptions, Extract, processDocument } from './process-document';
import { addHeaderPersons } from './header-persons';

export interface PackedSettings {
  /** --save-text DIR */
  saveTextDir?: string | null;
  /** keep each document's text with its record (the text and html output formats show it) */
  withText?: boolean;
}

export interface PackedOutcome {
  records: { record: OutputRecord; text?: string }[];
  /** [where, message] for stderr */
  warnings: [string, string][];
}

type Tie = { message?: number; attachment?: string };

function tieOf(source: Tie): Tie {
  const tie: Tie = {};
  if (source.message !== undefined) tie.message = source.message;
  if (source.attachment !== undefined) tie.attachment = source.attachment;
  return tie;
}

function errorRecord(file: string | null, outcome: ReadOutcome & { kind: 'error' }): ErrorRecord {
  return { file, id: outcome.id, ...tieOf(outcome), format: outcome.format, error: outcome.error };
}

/** 1-based page of each mention, from where the pages start in the text. */
function addPages(result: DocumentResult, pageStarts: number[]): void {
  for (const entity of result.entities) {
    for (const mention of entity.mentions) {
      let page = 1;
      while (page < pageStarts.length && pageStarts[page] <= mention.start) page++;
      mention.page = page;
    }
  }
}

function documentRecord(file: string | null, document: Extracted, result: DocumentResult, textFile: string | null): DocumentResult {
  const entities = document.headerPersons ? addHeaderPersons(result.entities, document.headerPersons, document.text) : result.entities;
  // key order: where it came from, how it was read, what it says; entities last, as in every record
  return {
    file,
    id: document.id,
    ...tieOf(document),
    format: document.format,
    date: result.date,
    ...(document.title !== undefined ? { title: document.title } : {}),
    ...(document.pageStarts ? { pages: document.pageStarts.length } : {}),
    ...(document.headers ? { headers: document.headers } : {}),
    ...(textFile !== null ? { textFile } : {}),
    entities,
  };
}

export async function processPacked(
  input: PackedInput,
  options: DocumentOptions,
  extract: Extract,
  timeLimitMs: number | null,
  settings: PackedSettings = {},
): Promise<PackedOutcome> {
  const where = `${input.file ?? '<stdin>'}${input.message === undefined ? '' : ` message ${input.message}`}`;
  const { outcomes, warnings } = await readPacked(input, timeLimitMs === null ? null : Date.now() + timeLimitMs);
  const outcome: PackedOutcome = { records: [], warnings: warnings.map((message) => [where, message]) };
  for (const item of outcomes) {
    if (item.kind === 'error') {
      outcome.records.push({ record: errorRecord(input.file, item) });
      continue;
    }
    const document = item.document;
    const result = processDocument({ file: input.file, id: document.id, text: document.text, date: document.date }, options, extract, timeLimitMs);
    if (isErrorRecord(result)) {
      outcome.records.push({ record: { file: input.file, id: document.id, ...tieOf(document), format: document.format, error: result.error } });
      continue;
    }
    if (document.pageStarts) addPages(result, document.pageStarts);
    let textFile: string | null = null;
    if (settings.saveTextDir) {
      try {
        textFile = saveText(settings.saveTextDir, input.file, document.id, document.text);
      } catch (error) {
        outcome.warnings.push([where, `cannot save its text: ${(error as Error).message.split('\n')[0]}`]);
      }
    }
    const record = documentRecord(input.file, document, result, textFile);
    outcome.records.push(settings.withText ? { record, text: document.text } : { record });
  }
  return outcome;
}
