// --jobs N: documents analyzed by N workers (threads or child processes running document-worker).
// Each submitted document resolves to its record; the run loop awaits them in input order (its
// reorder buffer) and bounds how many are in flight. Documents go to a worker in batches of up to
// BATCH_CHARS of text, one message each, and each worker holds one more batch queued behind the
// one it is working on, so it never sits idle waiting for the main thread to answer (a round trip
// per document left workers idle 15% of the time on short news documents); the answers come back
// per document, or from a worker thread a few documents per message (worker-messages.ts): the
// thread notes in shared memory which document it works on and since when, so the time limit
// still counts per document and a crash still costs only the document that caused it (the
// finished documents whose answers it still held are analyzed again). Whatever happens inside a worker costs only
// its document: an exception is an error record (processDocument), and a worker that overruns the
// time limit, runs out of memory or crashes is terminated, its document becomes an error record,
// and a fresh worker takes its place. Workers start lazily, so a run of one document starts one.

import { ChildProcess, fork } from 'child_process';
import { existsSync } from 'fs';
import { join } from 'path';
import { Worker } from 'worker_threads';
import { OutputRecord } from '../model';
import { DocumentInput } from '../input/types';
import { PackedInput } from '../input/formats/types';
import { isPacked } from './worker-messages';
import { DocumentOptions, errorRecordFor, timeLimitMessage } from '../cli/process-document';
import { PackedSettings } from '../cli/process-packed';
import { Analyzed, FromWorker, lineText, NO_DOCUMENT, PROGRESS_BYTES, PROGRESS_SEQ, PROGRESS_STARTED, recordsOf, ToWorker } from './worker-messages';

export type WorkerKind = 'thread' | 'process';

export interface PoolOptions {
  size: number;
  /** per document; null: no limit */
  timeLimitMs: number | null;
  document: DocumentOptions;
  /** a module exporting `extract` (absolute path); default: the pipeline. Tests pass stand-ins. */
  extractModule?: string;
  kind: WorkerKind;
  /** workers send finished JSONL lines instead of records (see worker-messages.ts) */
  jsonlLines?: boolean;
  /** how packed inputs (web pages, PDFs, .docx, e-mail) are handled: --save-text, texts kept */
  packed?: PackedSettings;
  /** text per message to a worker; default BATCH_CHARS */
  batchChars?: number;
  /**
   * Set when the calling thread analyzes documents too (the shared mode of the extract run): the
   * text the pool wants queued per ready worker, sent or waiting (see hasRoom). Its workers start at
   * once (start()), and a worker that is busy gets another batch only once a whole one waits.
   */
  lookaheadChars?: number;
}

/**
 * The shared mode's split (pure, so the rule is tested on its own): the next document goes to the
 * workers while fewer than `lookaheadChars` of text per ready worker are queued there (sent and not
 * answered, or waiting to be sent); otherwise, and while no worker is ready yet (one still loading
 * the pipeline would hold up the output), the calling thread analyzes it.
 */
export function poolHasRoom(readyWorkers: number, queuedChars: number, lookaheadChars: number): boolean {
  return readyWorkers > 0 && queuedChars < readyWorkers * lookaheadChars;
}

/** One worker, thread or process, behind the same four calls. */
interface WorkerHandle {
  send(message: ToWorker): void;
  kill(): void;
}

interface WorkerEvents {
  message(message: FromWorker): void;
  /** the worker is gone; `reason` says why, for the document it was working on */
  exit(reason: string): void;
}

/** The compiled worker (worker-main); tests run the pool from src/ (ts-jest) and use the built one in dist/. */
function workerScript(): string {
  const beside = join(__dirname, 'worker-main.js');
  if (existsSync(beside)) return beside;
  return join(__dirname, '..', '..', 'dist', 'run', 'worker-main.js');
}

function startThread(events: WorkerEvents): WorkerHandle {
  const worker = new Worker(workerScript());
  let reason = 'the worker stopped';
  worker.on('message', events.message);
  worker.on('error', (error: Error & { code?: string }) => {
    reason = error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'out of memory' : `${error.name}: ${error.message}`;
  });
  worker.on('exit', () => events.exit(reason));
  return { send: (message) => worker.postMessage(message), kill: () => void worker.terminate() };
}

function startProcess(events: WorkerEvents): WorkerHandle {
  // 'advanced' serialization: the structured clone algorithm, as for threads (faster than JSON)
  const child: ChildProcess = fork(workerScript(), [], {
    serialization: 'advanced',
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  child.on('message', (message) => events.message(message as FromWorker));
  child.on('error', () => undefined); // a failed send; 'exit' follows
  child.on('exit', (code, signal) => {
    const reason = signal ? `the worker process was killed by ${signal}` : `the worker process exited with code ${code}`;
    events.exit(reason);
  });
  return {
    send: (message) => {
      if (child.connected) child.send(message);
    },
    kill: () => void child.kill('SIGKILL'),
  };
}

interface Task {
  seq: number;
  document: DocumentInput | PackedInput;
  resolve(analyzed: Analyzed): void;
  reject(error: Error): void;
  /** sent back to the queue once already by a worker that died between two documents */
  requeuedBlameless?: boolean;
}

/**
 * Documents a run keeps in flight per worker (read, sent or waiting in the reorder buffer): enough
 * that no worker waits for the reader or the writer, few enough to bound memory.
 */
export const IN_FLIGHT_PER_JOB = 4;

/**
 * Text per message to a worker: about 100 news articles, so the per-message cost (a structured
 * clone, a wake-up of the worker) is paid once per batch, not per document.
 */
export const BATCH_CHARS = 256 * 1024;

/** How long after the time limit the pool's backstop stops a worker whose document never came back. */
const BACKSTOP_MARGIN_MS = 250;

/** How soon the backstop looks again at a worker thread that is between two documents. */
const RECHECK_MS = 50;

/** Batches a worker holds: the one it works on, and the next, already sent. */
const BATCHES_PER_WORKER = 2;

/** Text the extract run keeps in flight per worker: the batches it holds and one being gathered. */
export const IN_FLIGHT_CHARS_PER_JOB = (BATCHES_PER_WORKER + 1) * BATCH_CHARS;

/** Documents the extract run keeps in flight per worker, however short (a cap on the count). */
export const BATCHED_IN_FLIGHT_PER_JOB = 1024;

interface Slot {
  handle: WorkerHandle;
  ready: boolean;
  /** sent to the worker, in order: the first is the one it works on */
  tasks: Task[];
  /** how many of those tasks each batch sent still holds, oldest first */
  batches: number[];
  timer: NodeJS.Timeout | null;
  /** terminated on purpose (time limit, close): its exit is not news */
  retired: boolean;
  /** a worker thread's progress record (worker-messages.ts, Atomics only), null for a child process */
  progress: Int32Array | null;
  /** Date.now() when the worker started: its progress record counts the start from there */
  progressBase: number;
}

export class WorkerPool {
  private readonly slots = new Set<Slot>();
  private readonly waiting: Task[] = [];
  /** text of the waiting tasks */
  private waitingChars = 0;
  /** text sent to workers and not yet answered */
  private sentChars = 0;
  private nextSeq = 0;
  private closed = false;
  /** messages with documents sent to workers, and messages of answers received (tests check the batching) */
  batchesSent = 0;
  answerMessages = 0;
  /** a worker that cannot even start (the pipeline fails to load) ends the run */
  private fatal: Error | null = null;

  constructor(private readonly options: PoolOptions) {}

  /** A text document's record. */
  async analyze(document: DocumentInput): Promise<OutputRecord> {
    return (await this.analyzeAll(document)).records[0];
  }

  /** The document's records (one, or a packed input's several) and the reader's warnings (summary, graph). */
  async analyzeAll(document: DocumentInput | PackedInput): Promise<{ records: OutputRecord[]; warnings: [string, string][] }> {
    const analyzed = await this.analyzeDocument(document);
    const records = recordsOf(analyzed).map((part) => ('record' in part ? part.record : (JSON.parse(lineText(part.line)) as OutputRecord)));
    return { records, warnings: 'parts' in analyzed ? analyzed.warnings : [] };
  }

  /** The document's record, or with `jsonlLines` its finished line (extract). */
  analyzeDocument(document: DocumentInput | PackedInput): Promise<Analyzed> {
    if (this.fatal) return Promise.reject(this.fatal);
    return new Promise<Analyzed>((resolve, reject) => {
      this.waiting.push({ seq: this.nextSeq++, document, resolve, reject });
      this.waitingChars += sizeOf(document);
      this.dispatch();
    });
  }

  /** Starts all the workers now (the shared mode: they load the pipeline while this thread analyzes). */
  start(): void {
    while (!this.closed && !this.fatal && this.slots.size < this.options.size) this.startWorker();
  }

  /**
   * The shared mode (lookaheadChars): whether the next document should go to the workers rather
   * than be analyzed by the calling thread (poolHasRoom).
   */
  hasRoom(): boolean {
    if (this.fatal) return false;
    let ready = 0;
    for (const slot of this.slots) if (slot.ready) ready++;
    return poolHasRoom(ready, this.sentChars + this.waitingChars, this.options.lookaheadChars ?? this.options.batchChars ?? BATCH_CHARS);
  }

  /**
   * The shared mode, once the input has ended: the documents still waiting to be sent are taken
   * back and analyzed by `analyze` in the calling thread, while the workers finish the batches they
   * hold (so the run does not wait for a worker to work through them alone).
   */
  takeBackWaiting(analyze: (document: DocumentInput | PackedInput) => Analyzed | Promise<Analyzed>): void {
    for (const task of this.waiting.splice(0)) {
      this.waitingChars -= sizeOf(task.document);
      try {
        Promise.resolve(analyze(task.document)).then(task.resolve, task.reject);
      } catch (error) {
        task.reject(error as Error);
      }
    }
  }

  /** Terminates every worker; documents still waiting are dropped (the run is over). */
  close(): void {
    this.closed = true;
    for (const slot of this.slots) this.retire(slot);
    this.waiting.length = 0;
    this.waitingChars = 0;
  }

  private dispatch(): void {
    if (this.closed) return;
    // first a batch for each idle worker, then a second batch for the busy ones (once every worker
    // has started: the first one ready must not take the second one's share)
    const starting = this.slots.size < this.options.size || [...this.slots].some((slot) => !slot.ready);
    const depths = starting ? 1 : BATCHES_PER_WORKER;
    const batchChars = this.options.batchChars ?? BATCH_CHARS;
    const shared = this.options.lookaheadChars !== undefined;
    for (let depth = 1; depth <= depths; depth++) {
      for (const slot of this.slots) {
        if (this.waiting.length === 0) return;
        // shared mode: a busy worker gets another batch only once a whole one waits (many small
        // messages otherwise: the calling thread hands over one document at a time)
        if (shared && slot.batches.length > 0 && this.waitingChars < batchChars) continue;
        if (slot.ready && slot.batches.length < depth) this.assign(slot);
      }
    }
    // more work than idle workers: start another, up to --jobs (each loads the pipeline once);
    // the shared mode keeps all of its workers (a crashed one is replaced at once)
    const notReady = [...this.slots].filter((slot) => !slot.ready).length;
    if ((shared || this.waiting.length > notReady) && this.slots.size < this.options.size) this.startWorker();
  }

  /**
   * Sends the worker the next documents, up to BATCH_CHARS of text (one, whatever its size, at
   * least), and never more than its share of what waits, so a small input still reaches every worker.
   */
  private assign(slot: Slot): void {
    const share = Math.max(1, Math.ceil(this.waiting.length / this.options.size));
    const batch: Task[] = [];
    let chars = 0;
    while (this.waiting.length > 0 && batch.length < share) {
      const length = sizeOf(this.waiting[0].document);
      if (batch.length > 0 && chars + length > (this.options.batchChars ?? BATCH_CHARS)) break;
      batch.push(this.waiting.shift() as Task);
      chars += length;
    }
    this.waitingChars -= chars;
    this.sentChars += chars;
    const idle = slot.tasks.length === 0;
    slot.tasks.push(...batch);
    slot.batches.push(batch.length);
    this.batchesSent++;
    slot.handle.send({
      type: 'documents',
      tasks: batch.map((task) => ({ seq: task.seq, document: task.document })),
      timeLimitMs: this.options.timeLimitMs,
    });
    if (idle) this.startTimer(slot);
  }

  /** The backstop for the document the worker works on now (the first of its tasks). */
  private startTimer(slot: Slot): void {
    const limit = this.options.timeLimitMs;
    const task = slot.tasks[0];
    if (limit === null || task === undefined) return;
    // the worker checks the deadline itself between steps; this is for a step that never returns
    // (a little later than the worker's own check, so the worker's answer normally wins)
    this.checkAfter(slot, task, limit + BACKSTOP_MARGIN_MS);
  }

  private checkAfter(slot: Slot, task: Task, ms: number): void {
    const limit = this.options.timeLimitMs as number;
    slot.timer = setTimeout(() => {
      if (slot.tasks[0] !== task) return;
      if (slot.progress !== null) {
        // a worker thread may have finished this one and moved on, holding its answer: time the
        // document it works on now, from that document's own start
        const running = this.runningIndex(slot);
        if (running === -1) {
          // between two documents: its answers are on their way
          this.checkAfter(slot, task, RECHECK_MS);
          return;
        }
        // loaded after the seq (runningIndex), so it is that document's start or a later one's
        const started = slot.progressBase + Atomics.load(slot.progress, PROGRESS_STARTED);
        const left = started + limit + BACKSTOP_MARGIN_MS - Date.now();
        if (left > 0) {
          this.checkAfter(slot, task, left);
          return;
        }
      }
      this.failRunning(slot, timeLimitMessage(limit));
      this.replace(slot);
    }, ms);
  }

  /**
   * Which of the worker's tasks it is analyzing now: 0 for a child process (answered one by one),
   * else the index of the one its progress record names, or -1 when it is between documents.
   */
  private runningIndex(slot: Slot): number {
    if (slot.progress === null) return 0;
    const seq = Atomics.load(slot.progress, PROGRESS_SEQ);
    if (seq === NO_DOCUMENT) return -1;
    return slot.tasks.findIndex((task) => task.seq === seq);
  }

  /**
   * The document the worker was analyzing gets the error record; the ones before it, finished but
   * not yet answered, go back to the queue with the rest (requeueUnstarted). A worker thread that
   * died between two documents analyzed none of its tasks then: every one goes back and none is
   * blamed (its first would be a finished document whose answer was held), unless the first was
   * already sent back once that way (the same death again must not loop forever).
   */
  private failRunning(slot: Slot, message: string): void {
    let running = this.runningIndex(slot);
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    if (running === -1) {
      if (!slot.tasks[0].requeuedBlameless) {
        for (const task of slot.tasks) task.requeuedBlameless = true;
        return;
      }
      running = 0;
    }
    const [task] = slot.tasks.splice(running, 1);
    this.sentChars -= sizeOf(task.document);
    task.resolve({ record: errorRecordFor(task.document, message) });
  }

  /** The worker's current document is done; its next one (if any) starts now. */
  private finish(slot: Slot, analyzed: Analyzed): void {
    const task = slot.tasks.shift();
    if (task) this.sentChars -= sizeOf(task.document);
    if (slot.batches.length > 0 && --slot.batches[0] === 0) slot.batches.shift();
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    if (!slot.retired) this.startTimer(slot);
    task?.resolve(analyzed);
  }

  /** Documents sent to a worker that is now gone but not started by it: back to the front of the queue. */
  private requeueUnstarted(slot: Slot): void {
    const tasks = slot.tasks.splice(0);
    for (const task of tasks) {
      const chars = sizeOf(task.document);
      this.sentChars -= chars;
      this.waitingChars += chars;
    }
    this.waiting.unshift(...tasks);
    slot.batches.length = 0;
  }

  private startWorker(): void {
    const kind = this.options.kind;
    const shared = kind === 'thread' ? new SharedArrayBuffer(PROGRESS_BYTES) : null;
    const progress = shared ? new Int32Array(shared).fill(NO_DOCUMENT) : null;
    const progressBase = Date.now();
    const slot: Slot = { handle: undefined as unknown as WorkerHandle, ready: false, tasks: [], batches: [], timer: null, retired: false, progress, progressBase };
    const events: WorkerEvents = {
      message: (message) => {
        if (slot.retired) return;
        if (message.type === 'ready') {
          slot.ready = true;
        } else {
          this.answerMessages++;
          for (const answer of message.answers) {
            if (slot.retired || slot.tasks.length === 0 || slot.tasks[0].seq !== answer.seq) break;
            this.finish(slot, answer.analyzed);
          }
        }
        this.dispatch();
      },
      exit: (reason) => {
        if (slot.retired) return;
        this.slots.delete(slot);
        if (!slot.ready) {
          this.fail(new Error(`cannot start a worker: ${reason}`));
          return;
        }
        slot.retired = true;
        if (slot.tasks.length > 0) this.failRunning(slot, `internal error: ${reason}`);
        this.requeueUnstarted(slot);
        this.dispatch();
      },
    };
    slot.handle = kind === 'process' ? startProcess(events) : startThread(events);
    this.slots.add(slot);
    slot.handle.send({
      type: 'init',
      options: this.options.document,
      extractModule: this.options.extractModule,
      jsonlLines: this.options.jsonlLines,
      packed: this.options.packed,
      ...(shared ? { progress: shared, progressBase } : {}),
    });
  }

  /** A worker stopped on purpose (its document overran the time limit): start a fresh one. */
  private replace(slot: Slot): void {
    this.retire(slot);
    this.requeueUnstarted(slot);
    this.dispatch();
  }

  private retire(slot: Slot): void {
    slot.retired = true;
    if (slot.timer) clearTimeout(slot.timer);
    slot.handle.kill();
    this.slots.delete(slot);
  }

  private fail(error: Error): void {
    this.fatal = error;
    for (const slot of this.slots) {
      for (const task of slot.tasks.splice(0)) task.reject(error);
      this.retire(slot);
    }
    for (const task of this.waiting.splice(0)) task.reject(error);
    this.waitingChars = 0;
    this.sentChars = 0;
  }
}

/** The size a document counts for in a batch: its text, or a packed input's bytes. */
function sizeOf(document: DocumentInput | PackedInput): number {
  return isPacked(document) ? document.bytes.length : document.text.length;
}
