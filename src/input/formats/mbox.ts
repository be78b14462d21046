// An mbox mailbox, split into its messages on the main thread (one streaming pass, a message in
// memory at a time), so each message is a document of its own and goes to any worker. A message
// starts at a "From " line at the start of the file or after a blank line; mboxrd's ">From "
// quoting is undone. A message larger than MAX_MESSAGE_BYTES becomes one error record.

import { LineSplitter, OVERLONG_LINE } from '../line-splitter';
import { bytesText, MAX_MESSAGE_BYTES } from './limits';

export type MailboxItem = { message: number; bytes: Buffer } | { message: number; error: string };

const FROM = Buffer.from('From ');
const QUOTED_FROM = /^>+From /;

export async function* mailboxMessages(chunks: AsyncIterable<Buffer | string>): AsyncGenerator<MailboxItem> {
  const splitter = new LineSplitter(MAX_MESSAGE_BYTES);
  let number = 0;
  let lines: Buffer[] = [];
  let size = 0;
  let tooLarge = false;
  let previousBlank = true;
  let started = false;
  function* finish(): Generator<MailboxItem> {
    if (!started) return;
    if (tooLarge) yield { message: number, error: `message ${number}: too large (more than ${bytesText(MAX_MESSAGE_BYTES)})` };
    else yield { message: number, bytes: Buffer.concat(lines) };
    lines = [];
    size = 0;
    tooLarge = false;
  }
  function* line(bytes: Buffer): Generator<MailboxItem> {
    const blank = bytes !== OVERLONG_LINE && bytes.length === 0;
    if (bytes !== OVERLONG_LINE && previousBlank && bytes.subarray(0, 5).equals(FROM)) {
      yield* finish();
      number++;
      started = true;
      previousBlank = false;
      return;
    }
    previousBlank = blank;
    if (!started) throw new Error('not an mbox mailbox: it does not start with a "From " line');
    if (bytes === OVERLONG_LINE) tooLarge = true;
    if (tooLarge) return;
    const unquoted = QUOTED_FROM.test(bytes.subarray(0, 16).toString('latin1')) ? bytes.subarray(1) : bytes;
    size += unquoted.length + 1;
    if (size > MAX_MESSAGE_BYTES) {
      tooLarge = true;
      lines = [];
      return;
    }
    lines.push(unquoted, NEWLINE);
  }
  for await (const raw of chunks) {
    const chunk = typeof raw === 'string' ? Buffer.from(raw) : raw;
    for (const bytes of splitter.push(chunk)) yield* line(bytes);
  }
  const last = splitter.end();
  if (last) yield* line(last);
  yield* finish();
}

const NEWLINE = Buffer.from('\n');
