// PDF through poppler's pdftotext (Debian package poppler-utils), page by page. Chosen over a
// JavaScript PDF library (pdf.js and its wrappers): poppler is the reference C++ reader that
// Debian keeps patched, it runs several times faster, and it runs in a process of its own, so a
// hostile PDF that makes a parser loop or eat gigabytes costs a child process with a time limit,
// never a worker of ours. pdftotext ends every page with a form feed; the text keeps them, so page
// n starts after the (n - 1)-th form feed and --save-text shows the page breaks.

import { execFile } from 'child_process';
import { promises as fs } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { Extracted, UnreadableDocument } from './types';
import { bytesText, MAX_PDF_BYTES, MAX_PDF_TEXT_BYTES, PDF_TIMEOUT_MS, tooLargeMessage } from './limits';

/** The pdftotext to run (tests point it elsewhere to check the missing-tool message). */
export function pdftotextCommand(): string {
  return process.env.NEWSNER_PDFTOTEXT ?? 'pdftotext';
}

function run(pdfPath: string, timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(
      pdftotextCommand(),
      ['-enc', 'UTF-8', '-eol', 'unix', pdfPath, '-'],
      { encoding: 'utf8', maxBuffer: MAX_PDF_TEXT_BYTES, timeout: timeoutMs, killSignal: 'SIGKILL' },
      (error, stdout, stderr) => {
        if (!error) return resolve(stdout);
        const failure = error as NodeJS.ErrnoException & { killed?: boolean; code?: string | number };
        if (failure.code === 'ENOENT') return reject(new UnreadableDocument('cannot read PDF: pdftotext not found (install poppler-utils)'));
        if (failure.code === 'ERR_CHILD_PROCESS_STDIO_MAXBUFFER') {
          return reject(new UnreadableDocument(`PDF text too large (more than ${bytesText(MAX_PDF_TEXT_BYTES)})`));
        }
        if (failure.killed) return reject(new UnreadableDocument(`PDF took pdftotext more than ${timeoutMs / 1000} s; stopped`));
        reject(new UnreadableDocument(describePopplerError(stderr)));
      },
    );
  });
}

/** pdftotext's own complaint, made into one line a reporter can act on. */
export function describePopplerError(stderr: string): string {
  if (/incorrect password/i.test(stderr)) return 'encrypted PDF: it needs a password';
  if (/copying of text .* not allowed/i.test(stderr)) return 'encrypted PDF: its owner forbids copying the text';
  const lines = stderr.split('\n').map((line) => line.trim()).filter((line) => line !== '');
  const reason = lines.find((line) => /^(Command Line )?Error\b/i.test(line)) ?? lines.find((line) => /error/i.test(line)) ?? lines[0];
  return `broken PDF: ${reason ? reason.replace(/^(Command Line |Syntax )?Error( \(\d+\))?: /i, '') : 'pdftotext failed'}`;
}

/**
 * The text of a PDF and where each page starts; throws UnreadableDocument for a PDF it cannot read.
 * `deadline` (Date.now() ms, from --time-limit) stops pdftotext before the worker pool would stop
 * the worker: a terminated worker thread would leave the child process running.
 */
export async function readPdf(bytes: Uint8Array, warn: (message: string) => void, deadline: number | null = null): Promise<Extracted> {
  if (bytes.length > MAX_PDF_BYTES) throw new UnreadableDocument(tooLargeMessage('pdf'));
  // pdftotext reads a file: an attachment has no path, and a named file may change under us
  const directory = await fs.mkdtemp(join(tmpdir(), 'newsner-pdf-'));
  let text: string;
  try {
    const path = join(directory, 'in.pdf');
    await fs.writeFile(path, bytes);
    const timeoutMs = deadline === null ? PDF_TIMEOUT_MS : Math.max(1, Math.min(PDF_TIMEOUT_MS, deadline - Date.now()));
    text = await run(path, timeoutMs);
  } finally {
    await fs.rm(directory, { recursive: true, force: true });
  }
  // every page ends with a form feed; what follows the last one is not a page
  if (text.endsWith('\f')) text = text.slice(0, -1);
  const pageStarts = [0];
  for (let at = text.indexOf('\f'); at !== -1; at = text.indexOf('\f', at + 1)) pageStarts.push(at + 1);
  if (text.replace(/\f/g, '').trim() === '') {
    warn(`no text layer in this PDF (${pageStarts.length} page${pageStarts.length === 1 ? '' : 's'}; a scan?): run OCR first, see docs/formats.md`);
  }
  return { format: 'pdf', text, date: null, id: null, pageStarts };
}
