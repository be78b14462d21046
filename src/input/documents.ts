// Sources -> documents, in order. A text file or stdin is one document; a JSONL file or stream is
// one document per non-blank line, read as a stream so a large corpus never sits in memory.

import { createReadStream, promises as fs } from 'fs';
import { Readable } from 'stream';
import { decodeBytes, hasUtf16Bom, looksBinary } from './decode';
import { describeFsError } from './fs-errors';
import { parseRecordLine } from './jsonl';
import { LineSplitter, OVERLONG_LINE } from './line-splitter';
import { Source } from './sources';
import { displayName, InputFormat, InputItem, Warn } from './types';
import { PackedFormat } from './formats/types';
import { sniffFormat } from './formats/detect';
import { fileLimit, tooLargeMessage } from './formats/limits';
import { mailboxMessages } from './formats/mbox';

export interface ReadContext {
  warn: Warn;
  /** where `-` and piped input come from (process.stdin; a stream in tests) */
  stdin: Readable;
  /** --input-format was given: no sniffing (`text` reads a web page as its markup) */
  forcedFormat?: boolean;
}

function unreadable(file: string | null, error: string): InputItem {
  return { kind: 'error', record: { file, id: null, error } };
}

/**
 * The most bytes one text document (or JSONL line) may have: the longest string V8 can make
 * (2^29 - 24 code units). Decoded text never has more UTF-16 code units than it had bytes, so
 * anything up to this fits; a 600 MB mail archive would otherwise throw "Cannot create a string
 * longer than 0x1fffffe8 characters" and end the whole run.
 */
export const MAX_DOCUMENT_BYTES = 0x1fffffe8;

const LIMIT = 'more than 536,870,888 bytes'; // MAX_DOCUMENT_BYTES, written out (no locale)
const TOO_LARGE = `too large for one document (${LIMIT})`;

/** All of a stream, up to MAX_DOCUMENT_BYTES. */
function readAll(stream: Readable): Promise<Buffer> {
  return readAllBounded(stream, MAX_DOCUMENT_BYTES, TOO_LARGE);
}

/** All of a stream, refusing more than `limit` bytes (a device such as /dev/zero never ends). */
async function readAllBounded(stream: Readable, limit: number, tooLarge: string): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    size += bytes.length;
    if (size > limit) throw new Error(tooLarge);
    chunks.push(bytes);
  }
  return Buffer.concat(chunks);
}

/** A whole file; a regular file too large is refused before reading, anything else while reading. */
async function readFileBounded(path: string | Buffer, limit = MAX_DOCUMENT_BYTES, tooLarge = TOO_LARGE): Promise<Buffer> {
  const stats = await fs.stat(path);
  if (!stats.isFile()) {
    const stream = createReadStream(path);
    try {
      return await readAllBounded(stream, limit, tooLarge);
    } finally {
      stream.destroy();
    }
  }
  if (stats.size > limit) throw new Error(tooLarge);
  return fs.readFile(path);
}

/** A file for a reader in a worker; too large for its format: an error record, and nothing is read. */
function packedItem(file: string | null, format: PackedFormat, bytes: Buffer): InputItem {
  if (bytes.length > fileLimit(format)) return { kind: 'error', record: { file, id: null, format, error: tooLargeMessage(format) } };
  return { kind: 'packed', packed: { packed: true, file, id: null, format, bytes } };
}

function isPacked(format: InputFormat): format is PackedFormat {
  return format === 'html' || format === 'pdf' || format === 'docx' || format === 'eml';
}

/** Each message of a mailbox as a packed e-mail (its id: its number), or its error record. */
async function* mailboxItems(chunks: AsyncIterable<Buffer | string>, file: string | null): AsyncGenerator<InputItem> {
  for await (const item of mailboxMessages(chunks)) {
    const id = String(item.message);
    if ('error' in item) yield { kind: 'error', record: { file, id, message: item.message, format: 'eml', error: item.error } };
    else yield { kind: 'packed', packed: { packed: true, file, id, format: 'eml', bytes: item.bytes, message: item.message } };
  }
}

/** One whole text document; null when it is binary and skipped. */
function textDocument(bytes: Buffer, file: string | null, warn: Warn): InputItem | null {
  if (looksBinary(bytes)) {
    warn(displayName(file), 'binary file skipped');
    return null;
  }
  const decoded = decodeBytes(bytes);
  if (decoded.invalidUtf8) warn(displayName(file), 'invalid UTF-8, decoded with replacement characters (U+FFFD)');
  return { kind: 'document', document: { file, id: null, text: decoded.text, date: null, format: 'text' } };
}

async function* jsonlDocuments(chunks: AsyncIterable<Buffer | string>, file: string | null, warn: Warn): AsyncGenerator<InputItem> {
  const splitter = new LineSplitter(MAX_DOCUMENT_BYTES);
  let lineNumber = 0;
  let first = true;
  function* parse(bytes: Buffer): Generator<InputItem> {
    lineNumber++;
    if (bytes === OVERLONG_LINE) {
      yield { kind: 'error', record: { file, id: null, line: lineNumber, error: `line too long for one record (${LIMIT})` } };
      return;
    }
    const decoded = decodeBytes(bytes); // also drops a BOM on the first line
    if (decoded.invalidUtf8) {
      warn(`${displayName(file)}:${lineNumber}`, 'invalid UTF-8, decoded with replacement characters (U+FFFD)');
    }
    if (decoded.text.trim() === '') return;
    yield parseRecordLine(decoded.text, file, lineNumber);
  }
  for await (const raw of chunks) {
    const chunk = typeof raw === 'string' ? Buffer.from(raw) : raw;
    if (first) {
      first = false;
      if (hasUtf16Bom(chunk)) {
        // JSON Lines are UTF-8 by definition; split at 0x0A, UTF-16 would come apart
        yield unreadable(file, 'cannot read: JSONL must be UTF-8, this is UTF-16');
        return;
      }
      if (looksBinary(chunk)) {
        warn(displayName(file), 'binary file skipped');
        return;
      }
    }
    for (const line of splitter.push(chunk)) yield* parse(line);
  }
  const last = splitter.end();
  if (last) yield* parse(last);
}

/** The documents (and error records) of one source, in order. */
export async function* readSource(source: Source, context: ReadContext): AsyncGenerator<InputItem> {
  if (source.kind === 'unreadable') {
    yield unreadable(source.path, source.error);
    return;
  }
  const file = source.kind === 'file' ? source.path : null;
  // a name that is not UTF-8 is opened by its bytes (the path shows them as U+FFFD)
  const openPath = source.kind === 'file' ? (source.rawPath ?? source.path) : '';
  if (source.format === 'jsonl') {
    const stream = source.kind === 'file' ? createReadStream(openPath, { highWaterMark: 1 << 16 }) : context.stdin;
    try {
      yield* jsonlDocuments(stream, file, context.warn);
    } catch (error) {
      // the file vanished or became unreadable mid-way: the lines read so far stand
      yield unreadable(file, `cannot read: ${describeFsError(error)}`);
    } finally {
      if (source.kind === 'file') (stream as ReturnType<typeof createReadStream>).destroy();
    }
    return;
  }
  if (source.format === 'mbox') {
    const stream = source.kind === 'file' ? createReadStream(openPath, { highWaterMark: 1 << 16 }) : context.stdin;
    try {
      yield* mailboxItems(stream, file);
    } catch (error) {
      // not a mailbox, or unreadable mid-way: the messages read so far stand
      const reason = error instanceof Error && error.message.startsWith('not an mbox') ? error.message : `cannot read: ${describeFsError(error)}`;
      yield { kind: 'error', record: { file, id: null, format: 'mbox', error: reason } };
    } finally {
      if (source.kind === 'file') (stream as ReturnType<typeof createReadStream>).destroy();
    }
    return;
  }
  const format = source.format;
  let bytes: Buffer;
  try {
    if (isPacked(format)) {
      bytes = source.kind === 'file' ? await readFileBounded(openPath, fileLimit(format), tooLargeMessage(format)) : await readAll(context.stdin);
    } else {
      bytes = source.kind === 'file' ? await readFileBounded(openPath) : await readAll(context.stdin);
    }
  } catch (error) {
    const message = describeFsError(error);
    if (isPacked(format) && message === tooLargeMessage(format)) yield { kind: 'error', record: { file, id: null, format, error: message } };
    else yield unreadable(file, `cannot read: ${message}`);
    return;
  }
  if (isPacked(format)) {
    yield packedItem(file, format, bytes);
    return;
  }
  // a PDF or a web page under another name (or piped in) goes to its reader, unless --input-format text
  const sniffed = context.forcedFormat ? null : sniffFormat(bytes);
  if (sniffed) {
    yield packedItem(file, sniffed, bytes);
    return;
  }
  const item = textDocument(bytes, file, context.warn);
  if (item) yield item;
}
