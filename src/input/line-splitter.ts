// Splits a byte stream into lines without decoding it first, so an invalid UTF-8 sequence can be
// reported against its own line and a multi-byte character cut between two chunks stays whole.
// A line ends at LF; a CR before the LF (Windows files) is dropped.
// A line longer than `maxLineBytes` is not kept: its bytes are dropped as they come and it is
// returned as OVERLONG_LINE, so a JSONL file with a 600 MB line (or no line break at all) costs
// one error record instead of memory without bound and the rest of the file.

/** Stands for a line that was longer than the limit (compare by identity: `line === OVERLONG_LINE`). */
export const OVERLONG_LINE: Buffer = Buffer.alloc(0);

export class LineSplitter {
  private pending: Buffer[] = [];
  private pendingBytes = 0;
  /** the current line passed the limit: drop its bytes up to the next LF */
  private overlong = false;

  constructor(private readonly maxLineBytes = Infinity) {}

  /** Feed a chunk; returns the lines it completed (without their line endings). */
  push(chunk: Buffer): Buffer[] {
    const lines: Buffer[] = [];
    let from = 0;
    for (let newline = chunk.indexOf(0x0a); newline !== -1; newline = chunk.indexOf(0x0a, from)) {
      const piece = chunk.subarray(from, newline);
      if (this.overlong || this.pendingBytes + piece.length > this.maxLineBytes) {
        lines.push(OVERLONG_LINE);
      } else {
        const line = this.pending.length > 0 ? Buffer.concat([...this.pending, piece]) : piece;
        lines.push(withoutCarriageReturn(line));
      }
      this.reset();
      from = newline + 1;
    }
    if (from < chunk.length) this.keep(chunk.subarray(from));
    return lines;
  }

  /** The last line when the input does not end with a line break, else null. */
  end(): Buffer | null {
    if (this.overlong) {
      this.reset();
      return OVERLONG_LINE;
    }
    if (this.pending.length === 0) return null;
    const line = Buffer.concat(this.pending);
    this.reset();
    return withoutCarriageReturn(line);
  }

  private keep(piece: Buffer): void {
    if (this.overlong) return;
    this.pendingBytes += piece.length;
    if (this.pendingBytes > this.maxLineBytes) {
      this.overlong = true;
      this.pending = [];
    } else this.pending.push(piece);
  }

  private reset(): void {
    this.pending = [];
    this.pendingBytes = 0;
    this.overlong = false;
  }
}

function withoutCarriageReturn(line: Buffer): Buffer {
  return line.length > 0 && line[line.length - 1] === 0x0d ? line.subarray(0, line.length - 1) : line;
}
