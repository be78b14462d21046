// A packed input (a file's bytes, or one message of a mailbox) to the documents in it, in a
// worker: one reader per format, each loaded only when a file of its kind comes along. Whatever a
// hostile file makes a reader throw becomes an error record for that file; the run goes on.

import { PackedInput, ReadOutcome, ReadResult, UnreadableDocument } from './types';
import { readHtml } from './html';
import { readPdf } from './pdf';
import { readDocx } from './docx';
import { readEmail } from './email';

const FORMAT_NAMES = { html: 'HTML', pdf: 'PDF', docx: '.docx', eml: 'e-mail' } as const;

/** `deadline`: Date.now() ms by which a child process (pdftotext) must be done; null: its own limit. */
export async function readPacked(input: PackedInput, deadline: number | null = null): Promise<ReadResult> {
  const warnings: string[] = [];
  const warn = (message: string): void => void warnings.push(message);
  const tie = input.message === undefined ? {} : { message: input.message };
  try {
    let outcomes: ReadOutcome[];
    if (input.format === 'eml') outcomes = await readEmail(input.bytes, input.message, warn, deadline);
    else {
      const document =
        input.format === 'html' ? readHtml(input.bytes) : input.format === 'pdf' ? await readPdf(input.bytes, warn, deadline) : await readDocx(input.bytes);
      outcomes = [{ kind: 'document', document }];
    }
    return { outcomes, warnings };
  } catch (error) {
    const reason = error instanceof UnreadableDocument ? error.message : `cannot read ${FORMAT_NAMES[input.format]}: ${(error as Error).message.split('\n')[0]}`;
    // in a mailbox, the message number leads: "message 3: not an e-mail message: no headers"
    const text = input.message === undefined ? reason : `message ${input.message}: ${reason}`;
    return { outcomes: [{ kind: 'error', id: input.id, ...tie, format: input.format, error: text }], warnings };
  }
}
