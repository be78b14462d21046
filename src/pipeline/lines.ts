// Line and column of an offset, for people checking a mention in an editor.
// Lines are 1-based; columns are 1-based and count UTF-16 code units, like the offsets.

export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(text: string) {
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }

  position(offset: number): { line: number; column: number } {
    const index = this.lineIndexOf(offset);
    return { line: index + 1, column: offset - this.starts[index] + 1 };
  }

  /** The 0-based line the offset is on (position() without an object per call). */
  lineIndexOf(offset: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** Offset of the first character of a 0-based line. */
  lineStart(index: number): number {
    return this.starts[index];
  }
}
