// Which reader a file goes to: its extension first, then its first bytes (a PDF saved without its
// extension, a web page saved as .txt or piped in), unless --input-format says otherwise.

// It runs on every text file's bytes, so it allocates nothing and loads no reader.

import { InputFormat } from '../types';

/** Extensions of the formats read through a reader, as the folder walk picks them up. */
export const DOCUMENT_EXTENSIONS: Record<string, InputFormat> = {
  html: 'html',
  htm: 'html',
  xhtml: 'html',
  pdf: 'pdf',
  docx: 'docx',
  eml: 'eml',
  mbox: 'mbox',
};

export function formatByExtension(path: string): InputFormat | null {
  const extension = /\.([a-z0-9]+)$/i.exec(path)?.[1].toLowerCase();
  return extension !== undefined ? DOCUMENT_EXTENSIONS[extension] ?? null : null;
}

/** The bytes at `at` are `ascii`, letters compared without case. */
function matchesAt(bytes: Uint8Array, at: number, ascii: string): boolean {
  if (at + ascii.length > bytes.length) return false;
  for (let i = 0; i < ascii.length; i++) {
    const byte = bytes[at + i];
    const lower = byte >= 0x41 && byte <= 0x5a ? byte + 0x20 : byte;
    if (lower !== ascii.charCodeAt(i)) return false;
  }
  return true;
}

export function sniffsAsPdf(bytes: Uint8Array): boolean {
  return matchesAt(bytes, 0, '%pdf-');
}

/** Markup at the start (after a UTF-8 BOM and blank space, within 512 bytes): a web page, whatever its name. */
export function sniffsAsHtml(bytes: Uint8Array): boolean {
  let at = matchesAt(bytes, 0, '\xef\xbb\xbf') ? 3 : 0;
  const end = Math.min(bytes.length, 512);
  while (at < end && (bytes[at] === 0x20 || (bytes[at] >= 0x09 && bytes[at] <= 0x0d))) at++;
  return matchesAt(bytes, at, '<!doctype html') || matchesAt(bytes, at, '<html');
}

/** A file taken for text whose first bytes say it is a PDF or a web page; null: text it is. */
export function sniffFormat(bytes: Uint8Array): 'pdf' | 'html' | null {
  if (sniffsAsPdf(bytes)) return 'pdf';
  if (sniffsAsHtml(bytes)) return 'html';
  return null;
}
