// Which reader a file goes to: its extension first, then its first bytes (a PDF saved without its
// extension, a web page saved as .txt or piped in), unless --input-format says otherwise.

import { InputFormat } from '../types';
import { sniffsAsHtml } from './html';
import { sniffsAsPdf } from './pdf';

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

/** A file taken for text whose first bytes say it is a PDF or a web page; null: text it is. */
export function sniffFormat(bytes: Uint8Array): 'pdf' | 'html' | null {
  if (sniffsAsPdf(bytes)) return 'pdf';
  if (sniffsAsHtml(bytes)) return 'html';
  return null;
}
