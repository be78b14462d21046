// Word .docx through mammoth (maintained, pure JavaScript, made for turning .docx into text or
// HTML). Its raw text has one paragraph per block, separated by a blank line. The zip is checked
// first (zip-bound.ts) so a bomb never reaches it.

import { Extracted, UnreadableDocument } from './types';
import { MAX_DOCX_BYTES, MAX_DOCX_UNPACKED_BYTES, tooLargeMessage } from './limits';
import { checkUnpackedSize } from './zip-bound';

interface Mammoth {
  extractRawText(input: { buffer: Buffer }): Promise<{ value: string }>;
}

export async function readDocx(bytes: Uint8Array): Promise<Extracted> {
  if (bytes.length > MAX_DOCX_BYTES) throw new UnreadableDocument(tooLargeMessage('docx'));
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  checkUnpackedSize(buffer, MAX_DOCX_UNPACKED_BYTES);
  // loaded on first use: a plain-text run never pays for it
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const mammoth = require('mammoth') as Mammoth;
  let value: string;
  try {
    ({ value } = await mammoth.extractRawText({ buffer }));
  } catch (error) {
    throw new UnreadableDocument(`not a .docx: ${(error as Error).message.split('\n')[0]}`);
  }
  // mammoth ends each paragraph with a blank line; the last one is not part of the text (a loop,
  // not /\n+$/, which is quadratic on a long run of line breaks followed by text)
  let end = value.length;
  while (end > 0 && value[end - 1] === '\n') end--;
  return { format: 'docx', text: value.slice(0, end), date: null, id: null };
}
