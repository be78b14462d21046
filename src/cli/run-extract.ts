// The extract run loop: sources -> documents -> records -> formatter -> stdout, one document at a
// time and in input order, so output streams and memory does not grow with the corpus.
// Where --jobs will go: processDocument is pure, so a pool can analyze several documents at once
// as long as records are written in the order the documents were read (a reorder buffer here).

import { Readable, Writable } from 'stream';
import { ErrorRecord, isErrorRecord } from '../model';
import { readSource } from '../input/documents';
import { describeFsError } from '../input/fs-errors';
import { expandInputs } from '../input/sources';
import { InputFormat } from '../input/types';
import { createFormatter, FormatName } from '../output/formatter';
import { OutputWriter } from '../output/writer';
import { EXIT_OK, EXIT_SIGNAL, EXIT_SOME_FAILED } from './exit-codes';
import { DocumentOptions, Extract, processDocument } from './process-document';
import { Reporter } from './reporter';

export interface ExtractRun {
  /** files and directories; "-" is stdin */
  paths: string[];
  /** forced input format; by default .jsonl/.ndjson files are JSONL and the rest text */
  inputFormat?: InputFormat;
  format: FormatName;
  color: boolean;
  document: DocumentOptions;
}

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
function watchSignals(closeInput: () => void): { received: string | null; dispose(): void } {
  const state = { received: null as string | null, dispose };
  const handlers = new Map<NodeJS.Signals, () => void>();
  for (const signal of ['SIGINT', 'SIGTERM'] as NodeJS.Signals[]) {
    const handler = (): void => {
      // a second signal while one document is still being analyzed: stop now
      if (state.received) process.exit(EXIT_SIGNAL[signal]);
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

/** `extract` defaults to the pipeline's; tests pass their own to check the loop on its own. */
export async function runExtract(run: ExtractRun, streams: RunStreams, extractOverride?: Extract): Promise<RunOutcome> {
  const reporter = new Reporter(streams.stderr);
  const writer = new OutputWriter(streams.stdout, streams.stdoutFd);
  const formatter = createFormatter(run.format, { color: run.color });
  // loaded here, not at start-up: --help and --version must not pay for the lexicons
  const extract = extractOverride ?? (await import('../pipeline')).extract;
  const signals = watchSignals(() => streams.stdin.destroy());
  const context = { warn: reporter.warn.bind(reporter), stdin: streams.stdin };
  let written = 0;
  try {
    await writer.write(formatter.start());
    sources: for await (const source of expandInputs(run.paths, run.inputFormat)) {
      for await (const item of readSource(source, context)) {
        // after a signal, what the closed input yields (a read error) is not a record
        if (signals.received) break sources;
        const record = item.kind === 'error' ? item.record : processDocument(item.document, run.document, extract);
        if (isErrorRecord(record)) reporter.error(where(record), record.error);
        await writer.write(formatter.record(record));
        written++;
        if (writer.stopped || signals.received) break sources;
      }
    }
    // even an interrupted json run ends as valid JSON
    await writer.write(formatter.end());
  } finally {
    signals.dispose();
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
