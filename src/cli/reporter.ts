// Messages on stderr: one line each, "newsner: <where>: <what>", never a stack trace, never on
// stdout (stdout holds only the records). Counts the errors, which decide the exit code.

import { Writable } from 'stream';

/** Control characters in a file name or message would break the one-line promise. */
export function oneLine(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}

export class Reporter {
  errors = 0;

  constructor(private readonly stderr: Writable) {}

  warn(where: string, message: string): void {
    this.stderr.write(`newsner: warning: ${oneLine(where)}: ${oneLine(message)}\n`);
  }

  error(where: string, message: string): void {
    this.errors++;
    this.stderr.write(`newsner: ${oneLine(where)}: ${oneLine(message)}\n`);
  }

  /** A message that is not about one input (an interrupted run). */
  note(message: string): void {
    this.stderr.write(`newsner: ${oneLine(message)}\n`);
  }
}
