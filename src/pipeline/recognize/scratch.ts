// Zeroed byte arrays per token that a rule needs only while it runs, reused from document to
// document: `new Uint8Array(n)` puts its bytes outside the JavaScript heap and costs about a
// microsecond, and the rules made seven of them per document.

/** Arrays longer than this are made for the one document and not kept (at most 64 KB stay per holder). */
const MAX_KEPT = 1 << 16;

export class ScratchBytes {
  private buffer = new Uint8Array(1024);

  /**
   * `length` zero bytes. The same memory is handed out again on the next call, so each caller holds
   * its own ScratchBytes and never keeps the array past its own run.
   */
  zeroed(length: number): Uint8Array {
    if (length > this.buffer.length) {
      if (length > MAX_KEPT) return new Uint8Array(length);
      let size = this.buffer.length;
      while (size < length) size *= 2;
      this.buffer = new Uint8Array(size);
      return this.buffer.subarray(0, length);
    }
    this.buffer.fill(0, 0, length);
    // a view of exactly `length` bytes: reads past it are undefined, as in a new array
    return this.buffer.subarray(0, length);
  }
}
