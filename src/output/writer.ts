// Writes formatted records to stdout (or any writable stream) with backpressure, so memory stays
// bounded however fast documents are analyzed, and notices when the reader has gone away:
// `newsner ... | head -1` closes the pipe, the next write fails with EPIPE, and the run must then
// stop quietly instead of dying with a stack trace. Each record is handed over in one write, so
// the output holds whole records only. When stdout is a regular file, a record cut short by a
// full disk or a file-size limit is cut off again (the file is truncated to the last whole record).

import { fstatSync, ftruncateSync, writeSync } from 'fs';
import { Writable } from 'stream';

export class OutputWriter {
  /** the reader closed the pipe: stop producing output, quietly */
  closedByReader = false;
  /** any other write failure (a full disk): reported, and the run fails */
  failure: Error | null = null;
  private waiting: (() => void) | null = null;
  /** the file descriptor when the output is a regular file, whose size tells what was written */
  private readonly fileFd: number | null;

  constructor(
    private readonly stream: Writable,
    fd?: number,
  ) {
    this.fileFd = fd !== undefined && isRegularFile(fd) ? fd : null;
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
    const sizeBefore = this.fileFd === null ? 0 : fstatSync(this.fileFd).size;
    const flowing = this.stream.write(chunk);
    // writes to a file are synchronous: its size now says whether the whole record went out
    if (this.fileFd !== null) this.completeOrCut(this.fileFd, chunk, sizeBefore);
    if (flowing) return;
    if (this.stopped) return;
    // the stream's buffer is full: wait until it drains (or fails) before producing more
    await new Promise<void>((resolve) => {
      this.waiting = resolve;
    });
  }

  /**
   * Node's file stream ignores a short write (the disk filled up in the middle of a record): write
   * the rest, and if that fails, cut the file back to where this record began.
   */
  private completeOrCut(fd: number, chunk: string, sizeBefore: number): void {
    const written = fstatSync(fd).size - sizeBefore;
    // the usual case, a whole write: no copy of the record to find out
    if (written === Buffer.byteLength(chunk)) return;
    const bytes = Buffer.from(chunk);
    try {
      for (let done = Math.max(written, 0); done < bytes.length; ) done += writeSync(fd, bytes, done);
    } catch (error) {
      ftruncateSync(fd, sizeBefore);
      this.failure ??= error as Error;
    }
  }
}

function isRegularFile(fd: number): boolean {
  try {
    return fstatSync(fd).isFile();
  } catch {
    return false;
  }
}
