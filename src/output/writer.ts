// Writes formatted records to stdout (or any writable stream) with backpressure, so memory stays
// bounded however fast documents are analyzed, and notices when the reader has gone away:
// `newsner ... | head -1` closes the pipe, the next write fails with EPIPE, and the run must then
// stop quietly instead of dying with a stack trace. Each record is handed over in one write, so
// the output holds whole records only.

import { Writable } from 'stream';

export class OutputWriter {
  /** the reader closed the pipe: stop producing output, quietly */
  closedByReader = false;
  /** any other write failure (a full disk): reported, and the run fails */
  failure: Error | null = null;
  private waiting: (() => void) | null = null;

  constructor(private readonly stream: Writable) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE') this.closedByReader = true;
      else this.failure ??= error;
      this.wake();
    });
    stream.on('drain', () => this.wake());
    stream.on('close', () => this.wake());
  }

  /** Output can no longer be written; the run loop stops reading input. */
  get stopped(): boolean {
    return this.closedByReader || this.failure !== null || this.stream.destroyed;
  }

  private wake(): void {
    const resolve = this.waiting;
    this.waiting = null;
    resolve?.();
  }

  async write(chunk: string): Promise<void> {
    if (chunk === '' || this.stopped) return;
    if (this.stream.write(chunk)) return;
    if (this.stopped) return;
    // the stream's buffer is full: wait until it drains (or fails) before producing more
    await new Promise<void>((resolve) => {
      this.waiting = resolve;
    });
  }
}
