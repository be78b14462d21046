// --save-text DIR: the text a document's offsets index, written beside the results, so that
// text.slice(start, end) === mention.text can be checked for a web page, a PDF, a .docx or an
// e-mail as for plain text. One file per document, named after its input file (and its id within
// that file: a mailbox message, an attachment), written to a temporary name and renamed, so a
// stopped run never leaves half a text behind.

import { mkdirSync, renameSync, writeFileSync } from 'fs';
import { dirname, join } from 'path';
import { threadId } from 'worker_threads';

/** The file's path made relative and harmless: no leading "/", no "..", no drive letter. */
function safePath(file: string): string {
  return file
    .split(/[/\\]+/)
    .filter((part) => part !== '' && part !== '.')
    .map((part) => (part === '..' ? '__' : part.replace(/[:\u0000-\u001f]/g, '_')))
    .join('/');
}

/** Where a document's text goes: DIR/<file>[#<id>].txt */
export function savedTextPath(directory: string, file: string | null, id: string | null): string {
  const name = safePath(file ?? 'stdin') || 'stdin';
  const suffix = id === null ? '' : `#${id.replace(/[/\\:\u0000-\u001f]/g, '_')}`;
  return join(directory, `${name}${suffix}.txt`);
}

export function saveText(directory: string, file: string | null, id: string | null, text: string): string {
  const path = savedTextPath(directory, file, id);
  mkdirSync(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}-${threadId}.tmp`;
  writeFileSync(temporary, text);
  renameSync(temporary, path);
  return path;
}
