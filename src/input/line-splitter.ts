// Splits a byte stream into lines without decoding it first, so an invalid UTF-8 sequence can be
// reported against its own line and a multi-byte character cut between two chunks stays whole.
// A line ends at LF; a CR before the LF (Windows files) is dropped.

export class LineSplitter {
  private pending: Buffer[] = [];

  /** Feed a chunk; returns the lines it completed (without their line endings). */
  push(chunk: Buffer): Buffer[] {
    const lines: Buffer[] = [];
    let from = 0;
    for (let newline = chunk.indexOf(0x0a); newline !== -1; newline = chunk.indexOf(0x0a, from)) {
      const piece = chunk.subarray(from, newline);
      const line = this.pending.length > 0 ? Buffer.concat([...this.pending, piece]) : piece;
      this.pending = [];
      lines.push(withoutCarriageReturn(line));
      from = newline + 1;
    }
    if (from < chunk.length) this.pending.push(chunk.subarray(from));
    return lines;
  }

  /** The last line when the input does not end with a line break, else null. */
  end(): Buffer | null {
    if (this.pending.length === 0) return null;
    const line = Buffer.concat(this.pending);
    this.pending = [];
    return withoutCarriageReturn(line);
  }
}

function withoutCarriageReturn(line: Buffer): Buffer {
  return line.length > 0 && line[line.length - 1] === 0x0d ? line.subarray(0, line.length - 1) : line;
}
