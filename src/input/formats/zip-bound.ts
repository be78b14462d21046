// A .docx is a zip. Before a library unzips it, every part is inflated here once with a ceiling
// on the total output (zlib's maxOutputLength), so a zip bomb (a few KB that unpack to gigabytes,
// or parts whose declared sizes lie) stops at MAX_DOCX_UNPACKED_BYTES as an error record instead
// of filling the worker's memory.

import { inflateRawSync } from 'zlib';
import { UnreadableDocument } from './types';
import { bytesText } from './limits';

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;

function findEndOfDirectory(zip: Buffer): number {
  // the record is 22 bytes, followed by a comment of up to 65,535
  for (let at = zip.length - 22; at >= Math.max(0, zip.length - 22 - 0xffff); at--) {
    if (zip.readUInt32LE(at) === END_OF_DIRECTORY) return at;
  }
  throw new UnreadableDocument('not a .docx: not a zip file (an old .doc, or a password-protected document?)');
}

/** Throws UnreadableDocument when the zip is broken or unpacks to more than `limit` bytes. */
export function checkUnpackedSize(zip: Buffer, limit: number): number {
  const broken = (): UnreadableDocument => new UnreadableDocument('not a .docx: broken zip file');
  const tooLarge = (): UnreadableDocument => new UnreadableDocument(`.docx unpacks to more than ${bytesText(limit)} (a zip bomb?)`);
  const end = findEndOfDirectory(zip);
  const entries = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  let total = 0;
  for (let i = 0; i < entries; i++) {
    if (at + 46 > zip.length || zip.readUInt32LE(at) !== DIRECTORY_ENTRY) throw broken();
    const method = zip.readUInt16LE(at + 10);
    const compressed = zip.readUInt32LE(at + 20);
    const declared = zip.readUInt32LE(at + 24);
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    const local = zip.readUInt32LE(at + 42);
    at += 46 + nameLength + extraLength + commentLength;
    // 0xffffffff: a zip64 size, which no real .docx needs
    if (declared === 0xffffffff || compressed === 0xffffffff || total + declared > limit) throw tooLarge();
    if (local + 30 > zip.length || zip.readUInt32LE(local) !== LOCAL_HEADER) throw broken();
    const dataStart = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    if (dataStart + compressed > zip.length) throw broken();
    const data = zip.subarray(dataStart, dataStart + compressed);
    if (method === 0) {
      total += data.length;
    } else if (method === 8) {
      try {
        // declared sizes can lie: the ceiling is on what inflating really gives
        total += inflateRawSync(data, { maxOutputLength: Math.max(1, limit - total) }).length;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') throw tooLarge();
        throw broken();
      }
    } else {
      throw new UnreadableDocument(`not a .docx: unsupported zip compression method ${method}`);
    }
    if (total > limit) throw tooLarge();
  }
  return total;
}
