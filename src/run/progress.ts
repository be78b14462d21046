// Progress on stderr for people at a terminal: a bar (documents and bytes done, rate, time left)
// that appears once a run has taken more than a second, and after such a run one summary line
// ("newsner: 651 documents, 20412 entities, 0 errors in 7.3 s"). A quick run (one article) prints
// nothing extra. Never on stdout, never when stderr is a file or a pipe (logs of batch jobs and
// GNU parallel's collected stderr stay clean), never with --quiet. No bar when stdout is the same
// terminal: the records being printed are the progress there, and a bar would cut through them.

import { promises as fs } from 'fs';
import { Writable } from 'stream';
import type { SingleBar } from 'cli-progress';
import { expandInputs } from '../input/sources';
import { InputFormat } from '../input/types';

/** Quick runs (one article) show no bar at all, only the summary line. */
const SHOW_AFTER_MS = 1000;

export interface RunProgress {
  /** a record was written; `bytes` is the size of its document's text (UTF-8) */
  recordWritten(error: boolean, entities: number, bytes: number): void;
  /** stderr lines (errors, warnings) go through here, so they do not land in the middle of the bar */
  readonly stderr: Writable;
  /** the run is over: remove the bar, print the summary line */
  finish(): void;
}

/** The total size of the named inputs, for the bar's percentage and time left; null with stdin. */
export async function measureInputs(paths: string[], inputFormat: InputFormat | undefined): Promise<number | null> {
  let total = 0;
  for await (const source of expandInputs(paths, inputFormat)) {
    if (source.kind === 'stdin') return null;
    if (source.kind !== 'file') continue;
    try {
      total += (await fs.stat(source.rawPath ?? source.path)).size; // rawPath: a name that is not UTF-8
    } catch {
      // reported by the run itself
    }
  }
  return total;
}

function megabytes(bytes: number): string {
  return `${(bytes / 1e6).toFixed(1)} MB`;
}

function clock(seconds: number): string {
  if (!Number.isFinite(seconds)) return '?';
  const whole = Math.max(0, Math.round(seconds));
  const h = Math.floor(whole / 3600);
  const m = Math.floor((whole % 3600) / 60);
  const s = String(whole % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}

export function summaryLine(documents: number, entities: number, errors: number, seconds: number): string {
  const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;
  return `newsner: ${plural(documents, 'document')}, ${plural(entities, 'entity').replace(/entitys$/, 'entities')}, ${plural(errors, 'error')} in ${seconds.toFixed(1)} s\n`;
}

export class TerminalProgress implements RunProgress {
  readonly stderr: Writable;
  private readonly started = Date.now();
  private documents = 0;
  private entities = 0;
  private errors = 0;
  private bytes = 0;
  private total: number | null = null;
  private bar: SingleBar | null = null;
  private readonly timer: NodeJS.Timeout;

  private long = false;

  constructor(
    private readonly terminal: Writable,
    totalBytes: Promise<number | null>,
    private readonly withBar: boolean,
  ) {
    void totalBytes.then((total) => {
      this.total = total;
      this.bar?.setTotal(total ?? 0);
    });
    // in worker mode the main thread is free and the bar appears on time; with --jobs 1 it
    // appears at the first record written after the delay
    this.timer = setTimeout(() => this.show(), SHOW_AFTER_MS);
    this.timer.unref();
    const clearBarLine = (): void => {
      if (this.bar) this.terminal.write('\r\x1b[2K');
    };
    const out = this.terminal;
    this.stderr = new Writable({
      write(chunk: Buffer | string, _encoding, callback) {
        clearBarLine();
        out.write(chunk, callback);
      },
    });
  }

  private payload(): Record<string, string> {
    const seconds = (Date.now() - this.started) / 1000;
    const rate = seconds > 0 ? this.bytes / seconds : 0;
    const left = this.total && rate > 0 ? clock((this.total - this.bytes) / rate) : '?';
    return {
      documents: String(this.documents),
      done: this.total ? `${megabytes(this.bytes)} of ${megabytes(this.total)}` : megabytes(this.bytes),
      rate: `${megabytes(rate)}/s`,
      left: this.total ? `${left} left` : `${clock(seconds)} so far`,
    };
  }

  private show(): void {
    this.long = true;
    if (this.bar || !this.withBar) return;
    const withTotal = this.total !== null && this.total > 0;
    // loaded when a bar is first shown, not at every start-up
    const { SingleBar: Bar } = require('cli-progress') as typeof import('cli-progress');
    this.bar = new Bar({
      stream: this.terminal as unknown as NodeJS.WritableStream,
      format: withTotal
        ? 'newsner {bar} {percentage}% | {documents} documents | {done} | {rate} | {left}'
        : 'newsner | {documents} documents | {done} | {rate} | {left}',
      barsize: 24,
      hideCursor: true,
      clearOnComplete: true,
      fps: 5,
      barCompleteChar: '\u2588',
      barIncompleteChar: '\u2591',
    });
    this.bar.start(this.total ?? 0, Math.min(this.bytes, this.total ?? this.bytes), this.payload());
  }

  recordWritten(error: boolean, entities: number, bytes: number): void {
    this.documents++;
    if (error) this.errors++;
    this.entities += entities;
    this.bytes += bytes;
    if (!this.long && Date.now() - this.started >= SHOW_AFTER_MS) this.show();
    this.bar?.update(this.total ? Math.min(this.bytes, this.total) : this.bytes, this.payload());
  }

  finish(): void {
    clearTimeout(this.timer);
    if (this.bar) {
      this.bar.stop();
      this.bar = null;
    }
    const seconds = (Date.now() - this.started) / 1000;
    if (!this.long && seconds * 1000 < SHOW_AFTER_MS) return;
    this.terminal.write(summaryLine(this.documents, this.entities, this.errors, seconds));
  }
}

/** Not a terminal, or --quiet: nothing at all. */
export const NO_PROGRESS = (stderr: Writable): RunProgress => ({
  stderr,
  recordWritten: () => undefined,
  finish: () => undefined,
});
