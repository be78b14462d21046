// Bytes to text. Offsets in the output index the text as decoded here: a byte-order mark is
// removed, line endings are kept as they are (CRLF stays CRLF), and invalid UTF-8 becomes U+FFFD
// (the caller warns). Leaked files are often Windows exports ("Unicode" = UTF-16LE with a BOM),
// so UTF-16 with a BOM is decoded too.

import { isUtf8 } from 'buffer';

export interface DecodedText {
  text: string;
  /** the bytes were not valid UTF-8; the bad sequences became U+FFFD */
  invalidUtf8: boolean;
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be';
}

// module constants: decodeBytes runs once per JSONL line
const UTF8_BOM = [0xef, 0xbb, 0xbf];
const UTF16LE_BOM = [0xff, 0xfe];
const UTF16BE_BOM = [0xfe, 0xff];

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  if (bytes.length < prefix.length) return false;
  return prefix.every((byte, i) => bytes[i] === byte);
}

export function hasUtf16Bom(bytes: Uint8Array): boolean {
  return startsWith(bytes, UTF16LE_BOM) || startsWith(bytes, UTF16BE_BOM);
}

export function decodeBytes(bytes: Buffer): DecodedText {
  if (startsWith(bytes, UTF16LE_BOM)) {
    return { text: bytes.subarray(2).toString('utf16le'), invalidUtf8: false, encoding: 'utf-16le' };
  }
  if (startsWith(bytes, UTF16BE_BOM)) {
    const body = Buffer.from(bytes.subarray(2, 2 + ((bytes.length - 2) & ~1)));
    body.swap16();
    return { text: body.toString('utf16le'), invalidUtf8: false, encoding: 'utf-16be' };
  }
  const body = startsWith(bytes, UTF8_BOM) ? bytes.subarray(3) : bytes;
  // Buffer#toString replaces each invalid sequence with U+FFFD (WHATWG decoding), never throws.
  return { text: body.toString('utf8'), invalidUtf8: !isUtf8(body), encoding: 'utf-8' };
}

/** How many leading bytes the binary check looks at (git looks at 8000). */
export const BINARY_SAMPLE_SIZE = 8192;

/**
 * A file is binary (an image, a PDF, a zip, UTF-16 without a BOM) when its first bytes hold many
 * control characters, or a NUL byte in bytes that are not even UTF-8. A text file with a stray NUL
 * (an OCR dump) is still read as text.
 */
export function looksBinary(bytes: Uint8Array): boolean {
  if (hasUtf16Bom(bytes)) return false;
  const sample = bytes.subarray(0, BINARY_SAMPLE_SIZE);
  let control = 0;
  let nul = false;
  for (const byte of sample) {
    if (byte === 0) nul = true;
    // tab, line feed, vertical tab, form feed, carriage return and escape occur in real text
    if ((byte < 0x20 && (byte < 0x09 || byte > 0x0d) && byte !== 0x1b) || byte === 0x7f) control++;
  }
  if (control * 10 > sample.length) return true;
  if (!nul) return false;
  // a multi-byte character may be cut at the end of the sample: look only at complete ones
  return !isUtf8(sample.subarray(0, trimIncompleteUtf8(sample)));
}

/** Length of the sample without a trailing, incomplete UTF-8 sequence. */
function trimIncompleteUtf8(sample: Uint8Array): number {
  const end = sample.length;
  for (let back = 1; back <= 3 && end - back >= 0; back++) {
    const byte = sample[end - back];
    if ((byte & 0xc0) !== 0x80) {
      const needed = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
      return needed > back ? end - back : end;
    }
  }
  return end;
}
