// Large inputs are analyzed in bounded chunks cut at paragraph boundaries, so memory and the
// cost of any one step stay bounded however large a document is. Offsets stay absolute.

export const CHUNK_SIZE = 64 * 1024;

export interface Chunk {
  start: number;
  end: number;
}

/** Where to cut text[from, from + size): a blank line, else a line break, else a space. */
function cutPoint(text: string, from: number, size: number): number {
  const limit = from + size;
  const window = text.slice(from + (size >> 1), limit);
  const base = from + (size >> 1);
  for (const separator of [/\n[^\S\n]*\n/g, /\n/g, /[.!?]\s/g, /\s/g]) {
    let last = -1;
    let match: RegExpExecArray | null;
    separator.lastIndex = 0;
    while ((match = separator.exec(window)) !== null) last = match.index + match[0].length;
    if (last > 0) return base + last;
  }
  // No whitespace at all: cut anywhere, but never between the halves of a surrogate pair.
  const code = text.charCodeAt(limit - 1);
  return code >= 0xd800 && code <= 0xdbff ? limit - 1 : limit;
}

export function splitIntoChunks(text: string, size = CHUNK_SIZE): Chunk[] {
  const chunks: Chunk[] = [];
  let start = 0;
  while (text.length - start > size) {
    const end = cutPoint(text, start, size);
    chunks.push({ start, end });
    start = end;
  }
  chunks.push({ start, end: text.length });
  return chunks;
}
