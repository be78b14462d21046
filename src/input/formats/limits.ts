// The limits that keep a hostile file to one error record (docs/formats.md lists them). Each is far
// above what a real document of the kind needs, and far below what would take a worker down.

/** An HTML page: news pages are 0.1-3 MB; a DOM costs about 10-20 times the page in memory. */
export const MAX_HTML_BYTES = 16_000_000;
/** Elements nested in a page (real pages stay under a few hundred; parsing time grows with depth). */
export const MAX_HTML_DEPTH = 2_000;
/** A PDF file (pdftotext runs in a process of its own, so its memory is not ours). */
export const MAX_PDF_BYTES = 200_000_000;
/** The text pdftotext may give back for one PDF. */
export const MAX_PDF_TEXT_BYTES = 64_000_000;
/** pdftotext is stopped after this long (a PDF built to make it loop). */
export const PDF_TIMEOUT_MS = 60_000;
/** A .docx file, as stored (zipped). */
export const MAX_DOCX_BYTES = 50_000_000;
/** All the parts of a .docx together, unzipped: a zip bomb stops here. */
export const MAX_DOCX_UNPACKED_BYTES = 100_000_000;
/** One e-mail message (an .eml file, or one message of a mailbox), attachments included. */
export const MAX_MESSAGE_BYTES = 50_000_000;

/** A limit written out for messages, without locale ("16,000,000 bytes"). */
export function bytesText(bytes: number): string {
  const digits = String(bytes);
  let grouped = '';
  for (let i = 0; i < digits.length; i++) grouped += (i > 0 && (digits.length - i) % 3 === 0 ? ',' : '') + digits[i];
  return `${grouped} bytes`;
}

const NAMES = { html: 'HTML page', pdf: 'PDF', docx: '.docx', eml: 'e-mail message' } as const;
const LIMITS = { html: MAX_HTML_BYTES, pdf: MAX_PDF_BYTES, docx: MAX_DOCX_BYTES, eml: MAX_MESSAGE_BYTES } as const;

/** The most bytes a file read as `format` may have. */
export function fileLimit(format: keyof typeof LIMITS): number {
  return LIMITS[format];
}

/** "HTML page too large (more than 16,000,000 bytes)" */
export function tooLargeMessage(format: keyof typeof LIMITS): string {
  return `${NAMES[format]} too large (more than ${bytesText(LIMITS[format])})`;
}
