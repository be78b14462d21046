// Writes formatted records to stdout (or any writable stream) with backpressure, so memory stays
// bounded however fast documents are analyzed, and notices when the reader has gone away:
// `newsner ... | head -1` closes the pipe, the next write fails with EPIPE, and the run must then
// stop quietly instead of dying with a stack trace. Each record is handed over in one write, so
// the output holds whole records only. When stdout is a regular file, records are written to it
// here, synchronously (as Node's own file stream does), so a record cut short by a full disk or a
// file-size limit is seen from the byte count, without a stat per record, and cut off again (the
// file is truncated to the last whole record).

import { fstatSync, ftruncateSync, writeSync } from 'fs';
import { Writable } from 'stream';

export class OutputWriter {
  /** the reader closed the pipe: stop producing output, quietly */
  closedByReader = false;
  /** any other write failure (a full disk): reported, and the run fails */
  failure: Error | null = null;
  private waiting: (() => void) | null = null;
  /** the file descriptor when the output is a regular file, written directly */
  private readonly fileFd: number | null;
  /** where the next record begins in that file: where to cut a record short of its end */
  private fileEnd = 0;

  constructor(
    private readonly stream: Writable,
    fd?: number,
  ) {
    const size = fd === undefined ? null : regularFileSize(fd);
    this.fileFd = size === null ? null : (fd as number);
    this.fileEnd = size ?? 0;
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

  /** `chunk`: text, or UTF-8 bytes (JSONL lines from worker threads) */
  async write(chunk: string | Uint8Array): Promise<void> {
    if (chunk.length === 0 || this.stopped) return;
    if (this.fileFd !== null) {
      this.writeToFile(this.fileFd, chunk);
      return;
    }
    const flowing = this.stream.write(chunk);
    if (flowing) return;
    if (this.stopped) return;
    // the stream's buffer is full: wait until it drains (or fails) before producing more
    await new Promise<void>((resolve) => {
      this.waiting = resolve;
    });
  }

  /**
   * A short write (the disk filled up in the middle of a record), which Node's file stream would
   * ignore: write the rest, and if that fails, cut the file back to where this record began.
   */
  private writeToFile(fd: number, chunk: string | Uint8Array): void {
    try {
      // (two calls: TypeScript picks writeSync's string or bytes overload by the argument's type)
      const written = typeof chunk === 'string' ? writeSync(fd, chunk) : writeSync(fd, chunk);
      const length = Buffer.byteLength(chunk);
      // the usual case, a whole write: no copy of the record
      if (written !== length) {
        const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
        for (let done = written; done < length; ) done += writeSync(fd, bytes, done);
      }
      this.fileEnd += length;
    } catch (error) {
      try {
        ftruncateSync(fd, this.fileEnd);
      } catch {
        // the file cannot even be cut: the failure below is what the user needs to know
      }
      this.failure ??= error as Error;
    }
  }
}

/** The size of the file behind a descriptor, or null when it is not a regular file (a pipe, a terminal). */
function regularFileSize(fd: number): number | null {
  try {
    const stats = fstatSync(fd);
    return stats.isFile() ? stats.size : null;
  } catch {
    return null;
  }
}
