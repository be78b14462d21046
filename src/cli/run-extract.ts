// The extract run loop: sources -> documents -> records -> formatter -> stdout, in input order, so
// output streams and memory does not grow with the corpus. With --jobs N a pool of workers
// analyzes several documents at once; `pending` is the reorder buffer: records are awaited and
// written in the order the documents were read, and input is read only while fewer than a few
// documents per worker (and a few MB) are in flight, so a fast reader never runs ahead of the pool.

import { Readable, Writable } from 'stream';
import { ErrorRecord, isErrorRecord } from '../model';
import { readSource } from '../input/documents';
import { describeFsError } from '../input/fs-errors';
import { expandInputs } from '../input/sources';
import { DocumentInput, InputFormat } from '../input/types';
import { createFormatter, FormatName } from '../output/formatter';
import { OutputWriter } from '../output/writer';
import { EXIT_OK, EXIT_SIGNAL, EXIT_SOME_FAILED } from './exit-codes';
import { DocumentOptions, Extract, processDocument } from './process-document';
import { Reporter } from './reporter';
import { OutputRecord } from '../model';
import { BATCHED_IN_FLIGHT_PER_JOB, IN_FLIGHT_CHARS_PER_JOB, WorkerKind, WorkerPool } from '../run/worker-pool';
import { Analyzed, AnalyzedRecord, isPacked, recordsOf } from '../run/worker-messages';
import { PackedInput } from '../input/formats/types';
import type { PackedSettings } from './process-packed';
import { measureInputs, NO_PROGRESS, TerminalProgress } from '../run/progress';
import { othersBusyCores, sampleCpu, workersForFreeCores } from '../run/cpu-load';
import { availableParallelism } from 'os';
import { Shard, shardItems } from '../run/shard';
import { InputItem } from '../input/types';
import { ReadContext } from '../input/documents';

export interface ExtractRun {
  /** files and directories; "-" is stdin */
  paths: string[];
  /** forced input format; by default .jsonl/.ndjson files are JSONL and the rest text */
  inputFormat?: InputFormat;
  format: FormatName;
  color: boolean;
  /** csv cells as they are (--csv-raw) */
  csvRaw?: boolean;
  /** table: show vague dates too */
  vague?: boolean;
  document: DocumentOptions;
  /** documents analyzed at once; 1 (the default): in this process, no workers */
  jobs?: number;
  /**
   * With jobs > 1: this process analyzes documents too, beside jobs - 1 workers that start once
   * this much text has been read (0: at once). Absent: jobs workers, and this process only reads
   * and writes. The default --jobs sets it, so a small input never waits for a worker to warm up.
   */
  startWorkersAfterChars?: number;
  /**
   * With startWorkersAfterChars: start only as many workers as there are cores that other
   * processes leave free (measured while this process loads its pipeline, or reads up to the
   * threshold); none on a busy machine. The default --jobs sets it: a worker's warm-up pays only
   * on a core of its own.
   */
  onlyFreeCores?: boolean;
  /** per-document time budget in ms (--time-limit); null or absent: none */
  timeLimitMs?: number | null;
  /** threads (the default) or child processes for jobs > 1 */
  workerKind?: WorkerKind;
  /** for jobs > 1 in tests: a module exporting a stand-in `extract` (workers cannot take a function) */
  extractModule?: string;
  /** --shard i/n: only that slice of the documents */
  shard?: Shard;
  /** progress on stderr (the CLI: stderr is a terminal, no --quiet): a summary line after a long run, and a bar if `bar` */
  progress?: { bar: boolean } | null;
  /** --save-text DIR: write the text extracted from web pages, PDFs, .docx and e-mail there */
  saveTextDir?: string | null;
}

/** In flight: with workers, about IN_FLIGHT_CHARS_PER_JOB of text per worker, and never more than this much text, whatever the count (a corpus of 50 MB documents). */
const MAX_IN_FLIGHT_CHARS = 64 * 1024 * 1024;

export interface RunStreams {
  stdin: Readable;
  stdout: Writable;
  stderr: Writable;
  /** stdout's file descriptor, when it is the process's: lets the writer repair a cut-off file */
  stdoutFd?: number;
}

function where(record: ErrorRecord): string {
  const name = record.file ?? '<stdin>';
  return record.line === undefined ? name : `${name}:${record.line}`;
}

/**
 * SIGINT/SIGTERM stop the run after the record being written, so stdout ends on a whole record.
 * Input is closed at once, so a run waiting on a slow pipe stops too.
 */
function watchSignals(closeInput: () => void, stopNow: (signal: NodeJS.Signals) => void): { received: string | null; dispose(): void } {
  const state = { received: null as string | null, dispose };
  const handlers = new Map<NodeJS.Signals, () => void>();
  for (const signal of ['SIGINT', 'SIGTERM'] as NodeJS.Signals[]) {
    const handler = (): void => {
      // a second signal while one document is still being analyzed: stop now
      if (state.received) stopNow(signal);
      state.received = signal;
      closeInput();
    };
    handlers.set(signal, handler);
    process.on(signal, handler);
  }
  function dispose(): void {
    for (const [signal, handler] of handlers) process.off(signal, handler);
  }
  return state;
}

export interface RunOutcome {
  exitCode: number;
  /** the reader closed stdout: the caller exits at once, quietly */
  outputClosed: boolean;
}

/** Every input item in order: each source's documents (and error records), or one shard of them. */
async function* inputItems(run: ExtractRun, context: ReadContext): AsyncGenerator<InputItem> {
  if (run.shard) {
    yield* shardItems(run.paths, run.inputFormat, run.shard, context);
    return;
  }
  for await (const source of expandInputs(run.paths, run.inputFormat)) yield* readSource(source, context);
}

/** Analyzes documents in this process (jobs 1) or through a worker pool. */
interface Analyzer {
  analyze(document: DocumentInput | PackedInput): Analyzed | Promise<Analyzed>;
  /**
   * After a document: a promise when the run loop should let the event loop turn before it reads
   * on (the main thread analyzed it while workers run: their answers must be heard, so that they
   * get their next batches while this thread analyzes the next document).
   */
  pause?(): Promise<void> | null;
  /** The input has ended (not stopped): documents still waiting for a worker may be analyzed here. */
  inputDone?(): void;
  close(): void;
}

/**
 * Text per message to the workers of a run whose main thread analyzes too: small, so what the pool
 * holds when the input ends (a few batches, analyzed by a worker that may still be warming up) is
 * little for the main thread to wait for.
 */
export const SHARED_BATCH_CHARS = 64 * 1024;

/**
 * Text queued per worker in that mode (sent or waiting): the batch it works on, the next one, and
 * one being gathered. Enough that a worker never waits while the main thread analyzes a document
 * of its own; the main thread analyzes whatever would go beyond it.
 */
export const SHARED_LOOKAHEAD_CHARS = 3 * SHARED_BATCH_CHARS;

async function createAnalyzer(run: ExtractRun, extractOverride: Extract | undefined, needsText: boolean): Promise<Analyzer> {
  const jobs = run.jobs ?? 1;
  const timeLimitMs = run.timeLimitMs ?? null;
  const packed: PackedSettings = { saveTextDir: run.saveTextDir ?? null, withText: needsText };
  const shared = jobs > 1 && run.startWorkersAfterChars !== undefined;
  if (jobs > 1) {
    if (extractOverride && !run.extractModule) throw new Error('jobs > 1 needs extractModule, not an extract function');
    const poolOptions = {
      size: shared ? jobs - 1 : jobs,
      timeLimitMs,
      document: run.document,
      extractModule: run.extractModule,
      kind: run.workerKind ?? 'thread',
      // the jsonl formatter is stateless, so a worker can write the line itself
      jsonlLines: run.format === 'jsonl',
      packed,
      ...(shared ? { batchChars: SHARED_BATCH_CHARS, lookaheadChars: SHARED_LOOKAHEAD_CHARS } : {}),
    };
    if (!shared) {
      const pool = new WorkerPool(poolOptions);
      return { analyze: (document) => pool.analyzeDocument(document), close: () => pool.close() };
    }
    // this process analyzes from the first document; the workers join once the input has proved
    // long enough to pay for their warm-up: they start loading then, and from when one is ready it
    // is given documents while its queue is short (WorkerPool.hasRoom), this process the rest
    const startAfter = run.startWorkersAfterChars as number;
    // with onlyFreeCores: how busy the cores are from now until the workers would start
    const before = run.onlyFreeCores ? sampleCpu() : null;
    let pool: WorkerPool | null = null;
    let decided = false;
    const startPool = (): void => {
      decided = true;
      const size = before ? workersForFreeCores(jobs - 1, availableParallelism(), othersBusyCores(before, sampleCpu())) : jobs - 1;
      if (size === 0) return;
      pool = new WorkerPool({ ...poolOptions, size });
      pool.start();
    };
    // workers wanted from the start begin loading the pipeline while this thread loads its own
    // (unless the machine's load is to be measured first, over that time)
    if (startAfter === 0 && !before) startPool();
    let local: Analyzer;
    try {
      local = await createAnalyzer({ ...run, jobs: 1 }, extractOverride ?? (run.extractModule ? loadExtract(run.extractModule) : undefined), needsText);
    } catch (error) {
      (pool as WorkerPool | null)?.close(); // its threads would keep the process alive
      throw error;
    }
    if (startAfter === 0 && !decided) startPool();
    let read = 0;
    let analyzedHere = false;
    return {
      analyze: (document) => {
        if (!decided) {
          read += isPacked(document) ? document.bytes.length : document.text.length;
          if (read > startAfter) startPool();
        }
        const workers = pool as WorkerPool | null;
        analyzedHere = workers === null || !workers.hasRoom();
        return analyzedHere || workers === null ? local.analyze(document) : workers.analyzeDocument(document);
      },
      pause: () => (pool !== null && analyzedHere ? new Promise<void>((resolve) => setImmediate(resolve)) : null),
      inputDone: () => (pool as WorkerPool | null)?.takeBackWaiting((document) => local.analyze(document)),
      close: () => (pool as WorkerPool | null)?.close(),
    };
  }
  // loaded here, not at start-up: --help and --version must not pay for the lexicons
  let extract = extractOverride;
  if (!extract) {
    const pipeline = await import('../pipeline');
    (await import('../pipeline/warm-up')).warmUp(); // before the first document's time limit starts
    extract = pipeline.extract;
  }
  const analyzeWith = extract;
  return {
    analyze: (document) => {
      if (!isPacked(document)) return { record: processDocument(document, run.document, analyzeWith, timeLimitMs) };
      // loaded with the first packed input: a plain-text run never loads the readers
      return import('./process-packed')
        .then(({ processPacked }) => processPacked(document, run.document, analyzeWith, timeLimitMs, packed))
        .then((outcome) => ({ parts: outcome.records, warnings: outcome.warnings }));
    },
    close: () => undefined,
  };
}

/** A module's `extract` (tests' stand-ins, which the workers load too). */
function loadExtract(modulePath: string): Extract {
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  return (require(modulePath) as { extract: Extract }).extract;
}

interface Pending {
  analyzed: Analyzed | Promise<Analyzed>;
  chars: number;
  /** the document's text, kept only for formatters that show it (text, html) */
  text?: string;
  /** UTF-8 size of the document's text, for the progress bar (0 without one) */
  bytes: number;
}

function entityCount(analyzed: AnalyzedRecord): number {
  if ('line' in analyzed) return analyzed.entities;
  return isErrorRecord(analyzed.record) ? 0 : analyzed.record.entities.length;
}

/** `extract` defaults to the pipeline's; tests pass their own to check the loop on its own. */
export async function runExtract(run: ExtractRun, streams: RunStreams, extractOverride?: Extract): Promise<RunOutcome> {
  const progress = run.progress
    ? new TerminalProgress(streams.stderr, measureInputs(run.paths, run.inputFormat), run.progress.bar)
    : NO_PROGRESS(streams.stderr);
  const reporter = new Reporter(progress.stderr);
  const writer = new OutputWriter(streams.stdout, streams.stdoutFd);
  const formatter = createFormatter(run.format, { color: run.color, csvRaw: run.csvRaw, vague: run.vague });
  const analyzer = await createAnalyzer(run, extractOverride, formatter.needsText === true);
  const signals = watchSignals(
    () => streams.stdin.destroy(),
    (signal) => {
      // every write is one whole record, so what is on stdout now is whole records only
      reporter.note(`interrupted again by ${signal} after ${written} records; stopped at once, the output holds whole records only`);
      process.exit(EXIT_SIGNAL[signal]);
    },
  );
  const context = { warn: reporter.warn.bind(reporter), stdin: streams.stdin, forcedFormat: run.inputFormat !== undefined };
  // in this process a record is done when analyze() returns: write it before reading on
  const jobs = run.jobs ?? 1;
  const maxInFlight = jobs > 1 ? jobs * BATCHED_IN_FLIGHT_PER_JOB : 1;
  const maxInFlightChars = jobs > 1 ? Math.min(MAX_IN_FLIGHT_CHARS, jobs * IN_FLIGHT_CHARS_PER_JOB) : MAX_IN_FLIGHT_CHARS;
  const pending: Pending[] = [];
  let pendingChars = 0;
  let written = 0;
  let readingDone = false;
  let writerDone = false;
  let wakeWriter: (() => void) | null = null;
  let wakeReader: (() => void) | null = null;
  const wake = (which: 'reader' | 'writer'): void => {
    const resolve = which === 'reader' ? wakeReader : wakeWriter;
    if (which === 'reader') wakeReader = null;
    else wakeWriter = null;
    resolve?.();
  };
  const stopping = (): boolean => writer.stopped || signals.received !== null;
  // The writer runs beside the reader: each record is written as soon as it and all records before
  // it are done, even while the reader waits for a slow producer on stdin.
  const writeInOrder = async (): Promise<void> => {
    try {
      for (;;) {
        if (stopping()) return;
        if (pending.length === 0) {
          if (readingDone) return;
          await new Promise<void>((resolve) => (wakeWriter = resolve));
          continue;
        }
        const analyzed = await pending[0].analyzed;
        if (stopping()) return;
        const next = pending.shift() as Pending;
        pendingChars -= next.chars;
        if ('parts' in analyzed) for (const [place, message] of analyzed.warnings) reporter.warn(place, message);
        // a packed input (an e-mail and its attachments) may be several records, each written whole
        const parts = recordsOf(analyzed);
        for (const [i, part] of parts.entries()) {
          if (i > 0 && stopping()) return;
          const error = 'line' in part ? part.error : isErrorRecord(part.record) ? part.record : null;
          if (error) reporter.error(where(error), error.error);
          await writer.write('line' in part ? part.line : formatter.record(part.record, part.text ?? next.text));
          written++;
          progress.recordWritten(error !== null, entityCount(part), i === 0 ? next.bytes : 0);
        }
        wake('reader');
      }
    } finally {
      // a stopped or failed writer must not leave the reader waiting for room
      writerDone = true;
      wake('reader');
    }
  };
  try {
    await writer.write(formatter.start());
    const writing = writeInOrder();
    try {
      for await (const item of inputItems(run, context)) {
        // after a signal, what the closed input yields (a read error) is not a record
        if (signals.received || writerDone) break;
        if (item.kind === 'error') {
          pending.push({ analyzed: { record: item.record }, chars: 0, bytes: 0 });
        } else if (item.kind === 'packed') {
          const analyzed = analyzer.analyze(item.packed);
          if (analyzed instanceof Promise) analyzed.catch(() => undefined);
          pending.push({ analyzed, chars: item.packed.bytes.length, bytes: item.packed.bytes.length });
          pendingChars += item.packed.bytes.length;
        } else {
          const analyzed = analyzer.analyze(item.document);
          // a pool that fails to start rejects; the writer sees that when it reaches the record
          if (analyzed instanceof Promise) analyzed.catch(() => undefined);
          const text = formatter.needsText ? item.document.text : undefined;
          const bytes = run.progress ? Buffer.byteLength(item.document.text) : 0;
          pending.push({ analyzed, chars: item.document.text.length, text, bytes });
          pendingChars += item.document.text.length;
        }
        wake('writer');
        const pause = analyzer.pause?.();
        if (pause) await pause;
        // backpressure: read on only when there is room in the reorder buffer
        while (!writerDone && (pending.length >= maxInFlight || (pending.length > 1 && pendingChars > maxInFlightChars))) {
          await new Promise<void>((resolve) => (wakeReader = resolve));
        }
        if (stopping()) break;
      }
      if (!stopping() && !writerDone) analyzer.inputDone?.();
    } finally {
      readingDone = true;
      wake('writer');
      await writing;
    }
    // even an interrupted json run ends as valid JSON
    await writer.write(formatter.end());
  } finally {
    signals.dispose();
    analyzer.close();
    progress.finish();
  }
  if (writer.failure) {
    reporter.note(`cannot write output: ${describeFsError(writer.failure)}; the output holds whole records only`);
    return { exitCode: EXIT_SOME_FAILED, outputClosed: false };
  }
  if (signals.received) {
    reporter.note(`interrupted by ${signals.received} after ${written} records; the output holds whole records only`);
    return { exitCode: EXIT_SIGNAL[signals.received], outputClosed: false };
  }
  return { exitCode: reporter.errors > 0 ? EXIT_SOME_FAILED : EXIT_OK, outputClosed: writer.closedByReader };
}
