// Where the corpus commands get their DocumentResults: from documents run through the pipeline
// (summary, graph: the same inputs and options as extract) or from extract's JSONL output (merge,
// graph --from-results). One document at a time, in input order; failures are reported on stderr
// and counted, and the run goes on.

import { Command, Option } from 'commander';
import { createReadStream } from 'fs';
import { Readable } from 'stream';
import { DocumentResult, EntityType, isErrorRecord, OutputRecord } from '../model';
import { readSource } from '../input/documents';
import { decodeBytes } from '../input/decode';
import { describeFsError } from '../input/fs-errors';
import { LineSplitter } from '../input/line-splitter';
import { expandInputs } from '../input/sources';
import { DocumentInput, INPUT_FORMATS, InputFormat } from '../input/types';
import { PackedInput } from '../input/formats/types';
import { isPacked } from '../run/worker-messages';
import { IN_FLIGHT_PER_JOB, WorkerPool } from '../run/worker-pool';
import { activeProject } from '../config/active';
import { applyProjectToResult } from '../corpus/apply-project';
import { parseResultLine, ResultItem } from '../corpus/results-reader';
import { defaultJobs } from './default-jobs';
import { DEFAULT_TIME_LIMIT_SECONDS } from './extract';
import { parseJobs, parseRefDate, parseTimeLimit } from './options';
import { DocumentOptions, processDocument } from './process-document';
import { Reporter } from './reporter';
import { sha256Hex } from './digest';

export interface CorpusInput {
  paths: string[];
  inputFormat?: InputFormat;
  refDate: string | null;
  types?: readonly EntityType[];
  /** documents analyzed at once in worker threads (1: in this process) */
  jobs?: number;
  /** per document; null: no limit */
  timeLimitMs?: number | null;
}

/** The input options summary and graph share with extract. */
export interface DocumentFlags {
  inputFormat?: InputFormat;
  refDate?: string;
  jobs?: number;
  timeLimit: number;
}

export function addDocumentOptions(command: Command): Command {
  return command
    .addOption(new Option('--input-format <format>', 'how to read inputs (default: by extension, then by content; text otherwise)').choices(INPUT_FORMATS))
    .option('--ref-date <YYYY-MM-DD>', 'date that relative dates ("on Tuesday") are resolved against', parseRefDate)
    .option('-j, --jobs <n>', 'documents analyzed at once, in worker threads (default: the number of CPUs for a directory, JSONL or more than 4 files; 1 otherwise)', parseJobs)
    .addOption(
      new Option('--time-limit <seconds>', 'a document that takes longer is left out and named on stderr (0: no limit)')
        .argParser(parseTimeLimit)
        .default(DEFAULT_TIME_LIMIT_SECONDS * 1000, `${DEFAULT_TIME_LIMIT_SECONDS}`),
    );
}

export function corpusInput(paths: string[], flags: DocumentFlags): CorpusInput {
  return {
    paths,
    inputFormat: flags.inputFormat,
    refDate: flags.refDate ?? null,
    jobs: flags.jobs ?? defaultJobs(paths, flags.inputFormat),
    timeLimitMs: flags.timeLimit > 0 ? flags.timeLimit : null,
  };
}

function where(file: string | null, line?: number): string {
  const name = file ?? '<stdin>';
  return line === undefined ? name : `${name}:${line}`;
}

/** A document's record, with what `newsner db` keeps of its text: its length and SHA-256. */
export interface AnalyzedRecord {
  record: OutputRecord;
  source: { characters: number; sha256: string } | null;
}

export interface AnalyzeHooks {
  /** false: the document is left out before it is analyzed (`newsner db`: already in the database) */
  accept?: (document: { file: string | null; id: string | null }, sha256: string) => boolean;
  /** give each record its document's length and hash (`source`), also without `accept` */
  digest?: boolean;
}

/**
 * Documents from files, directories, JSONL records or stdin, through the pipeline: in this process,
 * or with --jobs N in N worker threads (the same pool as extract), results taken in input order.
 */
export async function* analyzedResults(input: CorpusInput, reporter: Reporter, stdin: Readable): AsyncGenerator<DocumentResult> {
  for await (const { record } of analyzedRecords(input, reporter, stdin)) {
    if (!isErrorRecord(record)) yield record;
  }
}

/** As analyzedResults, with the error records (already reported) and each document's length and hash. */
export async function* analyzedRecords(input: CorpusInput, reporter: Reporter, stdin: Readable, hooks: AnalyzeHooks = {}): AsyncGenerator<AnalyzedRecord> {
  const jobs = input.jobs ?? 1;
  const timeLimitMs = input.timeLimitMs ?? null;
  const options: DocumentOptions = { refDate: input.refDate, types: input.types };
  type Records = { records: OutputRecord[]; warnings: [string, string][] };
  let analyze: (document: DocumentInput | PackedInput) => Records | Promise<Records>;
  let close = (): void => undefined;
  if (jobs > 1) {
    // started with the first document to analyze: a `db` re-run that skips them all starts none
    let pool: WorkerPool | null = null;
    analyze = (document) => (pool ??= new WorkerPool({ size: jobs, timeLimitMs, document: options, kind: 'thread' })).analyzeAll(document);
    close = () => pool?.close();
  } else {
    const { extract } = await import('../pipeline');
    analyze = (document) => {
      if (!isPacked(document)) return { records: [processDocument(document, options, extract, timeLimitMs)], warnings: [] };
      return import('./process-packed').then(async ({ processPacked }) => {
        const outcome = await processPacked(document, options, extract, timeLimitMs);
        return {
          records: outcome.records.map((part) => part.record),
          warnings: outcome.warnings,
        };
      });
    };
  }
  const context = { warn: reporter.warn.bind(reporter), stdin, forcedFormat: input.inputFormat !== undefined };
  const project = activeProject();
  // a file read in the workers (a PDF, a mailbox message) may give several records: its own and its attachments'
  const pending: { records: Records | Promise<Records>; source: AnalyzedRecord['source'] }[] = [];
  const maxInFlight = jobs * IN_FLIGHT_PER_JOB;
  async function* settle(count: number): AsyncGenerator<AnalyzedRecord> {
    while (pending.length > count) {
      const next = pending.shift()!;
      const { records, warnings } = await next.records;
      for (const [place, message] of warnings) reporter.warn(place, message);
      for (const record of records) {
        if (isErrorRecord(record)) {
          reporter.error(where(record.file, record.line), record.error);
          yield { record, source: next.source };
        } else yield { record: applyProjectToResult(record, project), source: next.source };
      }
    }
  }
  try {
    for await (const source of expandInputs(input.paths, input.inputFormat)) {
      for await (const item of readSource(source, context)) {
        let entry: (typeof pending)[number];
        if (item.kind === 'error') entry = { records: { records: [item.record], warnings: [] }, source: null };
        else {
          // what `newsner db` keeps of the input: the text's length and hash (for a file read in the
          // workers, its size in bytes and the hash of its bytes)
          const document = item.kind === 'packed' ? item.packed : item.document;
          let source: AnalyzedRecord['source'] = null;
          if (hooks.accept || hooks.digest) {
            const content = item.kind === 'packed' ? item.packed.bytes : item.document.text;
            source = { characters: content.length, sha256: sha256Hex(content) };
            if (hooks.accept && !hooks.accept(document, source.sha256)) continue;
          }
          entry = { records: analyze(document), source };
        }
        // a pool that fails to start rejects; that surfaces when the record is awaited
        if (entry.records instanceof Promise) entry.records.catch(() => undefined);
        pending.push(entry);
        yield* settle(maxInFlight - 1);
      }
    }
    yield* settle(0);
  } finally {
    close();
  }
}

/**
 * The records of extract's output: JSONL, one record per line, streamed; or `--format json`, one
 * document {"documents": [...]} whose first line is a lone "{" (a JSONL record is never split
 * over lines), read whole.
 */
async function* resultLines(stream: AsyncIterable<Buffer | string>, file: string | null): AsyncGenerator<ResultItem> {
  const splitter = new LineSplitter();
  let lineNumber = 0;
  let wholeJson: Buffer[] | null = null;
  function* parse(bytes: Buffer): Generator<ResultItem> {
    lineNumber++;
    const text = decodeBytes(bytes).text;
    if (lineNumber === 1 && text.trim() === '{') {
      wholeJson = [bytes, Buffer.from('\n')];
      return;
    }
    if (text.trim() !== '') yield parseResultLine(text, file, lineNumber);
  }
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    if (wholeJson) {
      (wholeJson as Buffer[]).push(bytes);
      continue;
    }
    const lines = splitter.push(bytes);
    for (let i = 0; i < lines.length; i++) {
      yield* parse(lines[i]);
      if (wholeJson) {
        // the rest of this chunk, line breaks included, belongs to the JSON document
        for (const rest of lines.slice(i + 1)) (wholeJson as Buffer[]).push(rest, Buffer.from('\n'));
        const pending = splitter.end();
        if (pending) (wholeJson as Buffer[]).push(pending);
        break;
      }
    }
  }
  if (wholeJson) {
    yield* jsonDocumentRecords(decodeBytes(Buffer.concat(wholeJson)).text, file);
    return;
  }
  const last = splitter.end();
  if (last) yield* parse(last);
}

function* jsonDocumentRecords(text: string, file: string | null): Generator<ResultItem> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    yield { kind: 'error', record: { file, id: null, error: `invalid JSON: ${(error as Error).message}` } };
    return;
  }
  const documents = (value as { documents?: unknown }).documents;
  if (!Array.isArray(documents)) {
    yield { kind: 'error', record: { file, id: null, error: 'not newsner output (no "documents" list; make it with extract --format json or jsonl)' } };
    return;
  }
  for (const [i, document] of documents.entries()) {
    const item = parseResultLine(JSON.stringify(document), file, i + 1);
    // in a JSON document there are no lines: name the record by its position
    if (item.kind === 'error') item.record = { ...item.record, line: undefined, error: `documents[${i}]: ${item.record.error}` };
    yield item;
  }
}

/** DocumentResults from `extract --format jsonl` output files (or stdin). */
export async function* resultsFromJsonl(paths: string[], reporter: Reporter, stdin: Readable): AsyncGenerator<DocumentResult> {
  for await (const item of resultItems(paths, reporter, stdin)) {
    if (item.kind === 'result') yield item.result;
  }
}

/** As resultsFromJsonl, with the error records too (already reported on stderr). */
export async function* resultItems(paths: string[], reporter: Reporter, stdin: Readable): AsyncGenerator<ResultItem> {
  const project = activeProject();
  for (const path of paths) {
    const file = path === '-' ? null : path;
    const stream = file === null ? stdin : createReadStream(file, { highWaterMark: 1 << 16 });
    try {
      for await (const item of resultLines(stream, file)) {
        if (item.kind === 'error') {
          reporter.error(where(item.record.file, item.record.line), item.record.error);
          yield item;
          continue;
        }
        yield { kind: 'result', result: applyProjectToResult(item.result, project) };
      }
    } catch (error) {
      reporter.error(where(file), `cannot read: ${describeFsError(error)}`);
      yield { kind: 'error', record: { file, id: null, error: `cannot read: ${describeFsError(error)}` } };
    } finally {
      if (file !== null) (stream as ReturnType<typeof createReadStream>).destroy();
    }
  }
}
