// The body of one --jobs worker (a worker thread, or a child process: the same file serves both).
// It loads the pipeline once, then analyzes one document per message with processDocument, which
// already turns an exception into an error record. A packed input (a web page, a PDF, a .docx, an
// e-mail message) is read here too, so extraction runs in the workers; its reader is async (a
// pdftotext process, the mail parser), and documents are still answered one by one, in order. A
// document that hangs or exhausts memory is handled by the pool, which terminates this worker.

import { isMainThread, parentPort } from 'worker_threads';
import { tuneJit } from './jit-flags';
import { DocumentOptions, errorRecordFor, Extract, processDocument } from '../cli/process-document';
import type { PackedSettings } from '../cli/process-packed';
import { isErrorRecord, OutputRecord } from '../model';
import { formatJsonlRecord } from '../output/jsonl';
import { DocumentInput } from '../input/types';
import { PackedInput } from '../input/formats/types';
import { AnalyzedRecord, FromWorker, isPacked, ToWorker } from './worker-messages';

type Send = (message: FromWorker) => void;

function connect(): { send: Send; listen(handler: (message: ToWorker) => void): void } {
  if (!isMainThread && parentPort) {
    const port = parentPort;
    return { send: (message) => port.postMessage(message), listen: (handler) => port.on('message', handler) };
  }
  if (process.send) {
    // a child process: Ctrl-C reaches the whole process group, but stopping is the parent's call
    process.on('SIGINT', () => undefined);
    process.on('SIGTERM', () => undefined);
    process.on('disconnect', () => process.exit(0)); // the parent is gone
    return { send: (message) => process.send?.(message), listen: (handler) => process.on('message', handler) };
  }
  throw new Error('document-worker must run as a worker thread or a forked child process');
}

tuneJit(); // a child-process worker has its own V8 (worker threads share the main thread's flags)
const channel = connect();
let extract: Extract | null = null;
let options: DocumentOptions = { refDate: null };
let jsonlLines = false;
let packedSettings: PackedSettings = {};

function analyzedRecord(record: OutputRecord, text?: string): AnalyzedRecord {
  if (!jsonlLines) return text === undefined ? { record } : { record, text };
  const error = isErrorRecord(record) ? record : null;
  return { line: formatJsonlRecord(record), error, entities: error ? 0 : (record as { entities: unknown[] }).entities.length };
}

/** Answers one document; a promise only for a packed input. */
function handle(seq: number, document: DocumentInput | PackedInput, timeLimitMs: number | null): void | Promise<void> {
  if (!isPacked(document)) {
    // the cooperative deadline lets the pipeline stop between steps; the pool's timer is the backstop
    const record = processDocument(document, options, extract as Extract, timeLimitMs);
    channel.send({ type: 'analyzed', seq, analyzed: analyzedRecord(record) });
    return undefined;
  }
  // loaded with the first packed input: a plain-text run never loads the readers
  return import('../cli/process-packed').then(({ processPacked }) => processPacked(document, options, extract as Extract, timeLimitMs, packedSettings)).then(
    (outcome) => {
      const parts = outcome.records.map((part) => analyzedRecord(part.record, part.text));
      channel.send({ type: 'analyzed', seq, analyzed: { parts, warnings: outcome.warnings } });
    },
    (error: Error) => {
      const record = errorRecordFor(document, `internal error: ${error.name}: ${error.message.split('\n')[0]}`);
      channel.send({ type: 'analyzed', seq, analyzed: { parts: [analyzedRecord(record)], warnings: [] } });
    },
  );
}

// while a packed input is being read, the documents after it wait their turn (answers stay in order)
let busy: Promise<void> | null = null;
function track(work: Promise<void>): void {
  const tracked: Promise<void> = work.then(() => {
    if (busy === tracked) busy = null;
  });
  busy = tracked;
}

channel.listen((message) => {
  if (message.type === 'init') {
    options = message.options;
    jsonlLines = message.jsonlLines === true;
    packedSettings = message.packed ?? {};
    // eslint-disable-next-line @typescript-eslint/no-var-requires
    extract = (require(message.extractModule ?? '../pipeline') as { extract: Extract }).extract;
    // eslint-disable-next-line @typescript-eslint/no-var-requires
    if (!message.extractModule) (require('../pipeline/warm-up') as { warmUp(): void }).warmUp(); // before the first document's time limit
    channel.send({ type: 'ready' });
    return;
  }
  // a batch: each document answered on its own, in order; while a packed input is being read,
  // the documents after it wait their turn
  for (const task of message.tasks) {
    if (busy) {
      track(busy.then(() => handle(task.seq, task.document, message.timeLimitMs)));
      continue;
    }
    const work = handle(task.seq, task.document, message.timeLimitMs);
    if (work) track(work);
  }
});
