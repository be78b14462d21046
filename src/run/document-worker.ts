// The body of one --jobs worker (a worker thread, or a child process: the same file serves both).
// It loads the pipeline once, then analyzes one document per message with processDocument, which
// already turns an exception into an error record. A packed input (a web page, a PDF, a .docx, an
// e-mail message) is read here too, so extraction runs in the workers; its reader is async (a
// pdftotext process, the mail parser), and documents are still answered in order. A document that
// hangs or exhausts memory is handled by the pool, which terminates this worker.
// A worker thread answers a few documents at a time (worker-messages.ts, ANSWER_WAIT_MS): one
// message per short news article woke the main thread hundreds of times a second.
// It is started through worker-main.ts, which sets V8's flags and the code cache before loading it.

import { isMainThread, parentPort } from 'worker_threads';
import { DocumentOptions, errorRecordFor, Extract, processDocument } from '../cli/process-document';
import type { PackedSettings } from '../cli/process-packed';
import { isErrorRecord, OutputRecord } from '../model';
import { formatJsonlRecord } from '../output/jsonl';
import { DocumentInput } from '../input/types';
import { PackedInput } from '../input/formats/types';
import { performance } from 'perf_hooks';
import { reportCodeCache } from './code-cache';
import { Analyzed, AnalyzedRecord, Answer, ANSWER_WAIT_MS, encodeLines, FromWorker, isPacked, NO_DOCUMENT, PROGRESS_SEQ, PROGRESS_STARTED, ToWorker } from './worker-messages';

/** `transfer`: a buffer the message holds views of, moved to the other thread (threads only) */
type Send = (message: FromWorker, transfer?: ArrayBuffer) => void;

function connect(): { send: Send; listen(handler: (message: ToWorker) => void): void } {
  if (!isMainThread && parentPort) {
    const port = parentPort;
    return { send: (message, transfer) => port.postMessage(message, transfer ? [transfer] : undefined), listen: (handler) => port.on('message', handler) };
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

// With shared progress (a worker thread), answers not sent yet, and when the first of their
// documents started: they go in one message at the end of the batch, or once ANSWER_WAIT_MS has
// passed since that start. Without it, each answer goes at once.
let progress: Int32Array | null = null;
let progressBase = 0;
const held: Answer[] = [];
let heldSince = 0;

function answer(seq: number, analyzed: Analyzed, lastOfBatch: boolean): void {
  held.push({ seq, analyzed });
  if (progress === null || lastOfBatch || performance.now() - heldSince >= ANSWER_WAIT_MS) {
    const answers = held.splice(0);
    // a thread's lines cross as bytes, without a copy (worker-messages.ts); a child process's as text
    channel.send({ type: 'analyzed', answers }, jsonlLines && progress !== null ? (encodeLines(answers) ?? undefined) : undefined);
  }
}

/** Answers one document; a promise only for a packed input. */
function handle(seq: number, document: DocumentInput | PackedInput, timeLimitMs: number | null, lastOfBatch: boolean): void | Promise<void> {
  if (held.length === 0) heldSince = performance.now();
  if (progress !== null) {
    // the start first: a pool that sees this seq sees this start (worker-messages.ts)
    Atomics.store(progress, PROGRESS_STARTED, Date.now() - progressBase);
    Atomics.store(progress, PROGRESS_SEQ, seq);
  }
  if (!isPacked(document)) {
    // the cooperative deadline lets the pipeline stop between steps; the pool's timer is the backstop
    const record = processDocument(document, options, extract as Extract, timeLimitMs);
    answer(seq, analyzedRecord(record), lastOfBatch);
    if (progress !== null) Atomics.store(progress, PROGRESS_SEQ, NO_DOCUMENT);
    return undefined;
  }
  // loaded with the first packed input: a plain-text run never loads the readers
  return import('../cli/process-packed').then(({ processPacked }) => processPacked(document, options, extract as Extract, timeLimitMs, packedSettings)).then(
    (outcome) => {
      const parts = outcome.records.map((part) => analyzedRecord(part.record, part.text));
      answer(seq, { parts, warnings: outcome.warnings }, true); // read asynchronously: sent at once
      if (progress !== null) Atomics.store(progress, PROGRESS_SEQ, NO_DOCUMENT);
    },
    (error: Error) => {
      const record = errorRecordFor(document, `internal error: ${error.name}: ${error.message.split('\n')[0]}`);
      answer(seq, { parts: [analyzedRecord(record)], warnings: [] }, true);
      if (progress !== null) Atomics.store(progress, PROGRESS_SEQ, NO_DOCUMENT);
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
    progress = message.progress ? new Int32Array(message.progress) : null;
    progressBase = message.progressBase ?? 0;
    // eslint-disable-next-line @typescript-eslint/no-var-requires
    extract = (require(message.extractModule ?? '../pipeline') as { extract: Extract }).extract;
    // eslint-disable-next-line @typescript-eslint/no-var-requires
    if (!message.extractModule) (require('../pipeline/warm-up') as { warmUp(): void }).warmUp(); // before the first document's time limit
    reportCodeCache(isMainThread ? 'worker process' : 'worker thread'); // the pipeline is loaded now (NEWSNER_DEBUG_CODE_CACHE only)
    channel.send({ type: 'ready' });
    return;
  }
  // a batch: the documents in order, answered a few at a time; while a packed input is being
  // read, the documents after it wait their turn
  const tasks = message.tasks;
  for (let i = 0; i < tasks.length; i++) {
    const task = tasks[i];
    const last = i === tasks.length - 1;
    if (busy) {
      track(busy.then(() => handle(task.seq, task.document, message.timeLimitMs, last)));
      continue;
    }
    const work = handle(task.seq, task.document, message.timeLimitMs, last);
    if (work) track(work);
  }
});
