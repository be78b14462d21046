// Where the corpus commands get their DocumentResults: from documents run through the pipeline
// (summary, graph: the same inputs and options as extract) or from extract's JSONL output (merge,
// graph --from-results). One document at a time, in input order; failures are reported on stderr
// and counted, and the run goes on.

import { createReadStream } from 'fs';
import { Readable } from 'stream';
import { DocumentResult, EntityType, isErrorRecord } from '../model';
import { readSource } from '../input/documents';
import { decodeBytes } from '../input/decode';
import { describeFsError } from '../input/fs-errors';
import { LineSplitter } from '../input/line-splitter';
import { expandInputs } from '../input/sources';
import { InputFormat } from '../input/types';
import { activeProject } from '../config/active';
import { applyProjectToResult } from '../corpus/apply-project';
import { parseResultLine, ResultItem } from '../corpus/results-reader';
import { processDocument } from './process-document';
import { Reporter } from './reporter';

export interface CorpusInput {
  paths: string[];
  inputFormat?: InputFormat;
  refDate: string | null;
  types?: readonly EntityType[];
}

function where(file: string | null, line?: number): string {
  const name = file ?? '<stdin>';
  return line === undefined ? name : `${name}:${line}`;
}

/** Documents from files, directories, JSONL records or stdin, through the pipeline. */
export async function* analyzedResults(input: CorpusInput, reporter: Reporter, stdin: Readable): AsyncGenerator<DocumentResult> {
  const { extract } = await import('../pipeline');
  const context = { warn: reporter.warn.bind(reporter), stdin };
  const project = activeProject();
  for await (const source of expandInputs(input.paths, input.inputFormat)) {
    for await (const item of readSource(source, context)) {
      const record = item.kind === 'error' ? item.record : processDocument(item.document, { refDate: input.refDate, types: input.types }, extract);
      if (isErrorRecord(record)) {
        reporter.error(where(record.file, record.line), record.error);
        continue;
      }
      yield applyProjectToResult(record, project);
    }
  }
}

async function* resultLines(stream: AsyncIterable<Buffer | string>, file: string | null): AsyncGenerator<ResultItem> {
  const splitter = new LineSplitter();
  let lineNumber = 0;
  function* parse(bytes: Buffer): Generator<ResultItem> {
    lineNumber++;
    const text = decodeBytes(bytes).text;
    if (text.trim() !== '') yield parseResultLine(text, file, lineNumber);
  }
  for await (const chunk of stream) {
    for (const line of splitter.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk)) yield* parse(line);
  }
  const last = splitter.end();
  if (last) yield* parse(last);
}

/** DocumentResults from `extract --format jsonl` output files (or stdin). */
export async function* resultsFromJsonl(paths: string[], reporter: Reporter, stdin: Readable): AsyncGenerator<DocumentResult> {
  const project = activeProject();
  for (const path of paths) {
    const file = path === '-' ? null : path;
    const stream = file === null ? stdin : createReadStream(file, { highWaterMark: 1 << 16 });
    try {
      for await (const item of resultLines(stream, file)) {
        if (item.kind === 'error') {
          reporter.error(where(item.record.file, item.record.line), item.record.error);
          continue;
        }
        yield applyProjectToResult(item.result, project);
      }
    } catch (error) {
      reporter.error(where(file), `cannot read: ${describeFsError(error)}`);
    } finally {
      if (file !== null) (stream as ReturnType<typeof createReadStream>).destroy();
    }
  }
}
