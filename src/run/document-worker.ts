// The body of one --jobs worker (a worker thread, or a child process: the same file serves both).
// It loads the pipeline once, then analyzes one document per message with processDocument, which
// already turns an exception into an error record. A document that hangs or exhausts memory is
// handled by the pool, which terminates this worker and starts another.

import { isMainThread, parentPort } from 'worker_threads';
import { DocumentInput } from '../input/types';
import { DocumentOptions, Extract, processDocument } from '../cli/process-document';
import { isErrorRecord } from '../model';
import { formatJsonlRecord } from '../output/jsonl';
import { Analyzed, FromWorker, ToWorker } from './worker-messages';

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

const channel = connect();
let extract: Extract | null = null;
let options: DocumentOptions = { refDate: null };
let jsonlLines = false;

channel.listen((message) => {
  if (message.type === 'init') {
    options = message.options;
    jsonlLines = message.jsonlLines === true;
    // eslint-disable-next-line @typescript-eslint/no-var-requires
    extract = (require(message.extractModule ?? '../pipeline') as { extract: Extract }).extract;
    // eslint-disable-next-line @typescript-eslint/no-var-requires
    if (!message.extractModule) (require('../pipeline/warm-up') as { warmUp(): void }).warmUp(); // before the first document's time limit
    channel.send({ type: 'ready' });
    return;
  }
  for (const task of message.tasks) channel.send({ type: 'analyzed', seq: task.seq, analyzed: analyze(task.document, message.timeLimitMs) });
});

function analyze(document: DocumentInput, timeLimitMs: number | null): Analyzed {
  // the cooperative deadline lets the pipeline stop between steps; the pool's timer is the backstop
  const record = processDocument(document, options, extract as Extract, timeLimitMs);
  if (!jsonlLines) return { record };
  const error = isErrorRecord(record) ? record : null;
  return { line: formatJsonlRecord(record), error, entities: error ? 0 : (record as { entities: unknown[] }).entities.length };
}
