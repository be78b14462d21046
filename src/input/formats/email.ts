// One e-mail message (an .eml file, or one message of a mailbox) through postal-mime: maintained,
// no dependencies, and it decodes MIME, RFC 2047 names and legacy charsets (through the runtime's
// TextDecoder). The message's text is a header block (From, To, Cc, Date, Subject, written out
// as "Name <address>") above the body, so the names in the headers are found, and their offsets
// checked, like any other; the attachments that are text or one of the formats read here are
// documents of their own, tied to the message by its number and their file name.

import { decodeBytes, looksBinary } from '../decode';
import { Address, EmailHeaders, Extracted, HeaderPerson, ReadOutcome, RecordFormat, UnreadableDocument } from './types';
import { MAX_MESSAGE_BYTES, tooLargeMessage } from './limits';
import { htmlBodyText, readHtml } from './html';
import { readPdf } from './pdf';
import { readDocx } from './docx';

interface ParsedAddress {
  name?: string;
  address?: string;
  group?: ParsedAddress[];
}

interface ParsedEmail {
  headers: { key: string; value: string }[];
  from?: ParsedAddress;
  to?: ParsedAddress[];
  cc?: ParsedAddress[];
  subject?: string;
  text?: string;
  html?: string;
  attachments: { filename: string | null; mimeType: string; content: ArrayBuffer | Uint8Array | string }[];
}

interface PostalMime {
  parse(email: Uint8Array): Promise<ParsedEmail>;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** YYYY-MM-DD of a Date header, the day as the sender wrote it ("Tue, 3 Mar 2026 23:15 -0500" is the 3rd). */
export function headerDay(value: string | null): string | null {
  const match = /\b(\d{1,2})\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(\d{4})\b/i.exec(value ?? '');
  if (!match) return null;
  const month = MONTHS.indexOf(match[2].toLowerCase()) + 1;
  const day = Number(match[1]);
  const year = Number(match[3]);
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCDate() !== day) return null; // 31 Feb
  return `${match[3]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function addresses(list: ParsedAddress[] | ParsedAddress | undefined): Address[] {
  const flat: Address[] = [];
  for (const item of Array.isArray(list) ? list : list ? [list] : []) {
    if (item.group) flat.push(...addresses(item.group));
    else if (item.address || item.name) flat.push({ name: (item.name ?? '').replace(/\s+/g, ' ').trim(), address: item.address ?? '' });
  }
  return flat;
}

/** "Berg, Anna" is written "Anna Berg": the name as the message's text shows it. */
function displayName(name: string): string {
  const inverted = /^(\p{Lu}[\p{L}'’-]+),\s*(\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*)?)$/u.exec(name);
  return inverted ? `${inverted[2]} ${inverted[1]}` : name;
}

/** A name worth an entity: not empty, not itself an address. */
function personName(address: Address): string | null {
  const name = displayName(address.name);
  return name !== '' && !name.includes('@') && name !== address.address ? name : null;
}

/** The header block and where each named person stands in it. */
function headerBlock(headers: EmailHeaders): { text: string; persons: HeaderPerson[] } {
  let text = '';
  const persons: HeaderPerson[] = [];
  const addressLine = (label: string, list: Address[]): void => {
    if (list.length === 0) return;
    text += `${label}: `;
    list.forEach((address, i) => {
      if (i > 0) text += ', ';
      const name = personName(address);
      if (name === null) {
        text += address.address;
        return;
      }
      persons.push({ name, address: address.address, start: text.length, end: text.length + name.length });
      text += address.address ? `${name} <${address.address}>` : name;
    });
    text += '\n';
  };
  addressLine('From', headers.from);
  addressLine('To', headers.to);
  addressLine('Cc', headers.cc);
  if (headers.date !== null) text += `Date: ${headers.date}\n`;
  if (headers.subject !== null) text += `Subject: ${headers.subject}\n`;
  return { text, persons };
}

/** What an attachment is read as, from its type and name; null: not read (an image, a spreadsheet). */
function attachmentFormat(name: string, mimeType: string): RecordFormat | null {
  const extension = /\.([a-z0-9]+)$/i.exec(name)?.[1].toLowerCase() ?? '';
  if (extension === 'pdf' || mimeType === 'application/pdf') return 'pdf';
  if (extension === 'docx' || mimeType === 'application/vnd.openxmlformats-officedocument.wordprocessingml.document') return 'docx';
  if (extension === 'html' || extension === 'htm' || mimeType === 'text/html') return 'html';
  if (['txt', 'text', 'md'].includes(extension) || mimeType === 'text/plain' || mimeType === 'text/markdown') return 'text';
  return null;
}

function bytesOf(content: ArrayBuffer | Uint8Array | string): Uint8Array {
  if (typeof content === 'string') return Buffer.from(content);
  return content instanceof Uint8Array ? content : new Uint8Array(content);
}

async function readAttachment(format: RecordFormat, bytes: Uint8Array, warn: (message: string) => void, deadline: number | null): Promise<Extracted | null> {
  if (format === 'html') return readHtml(bytes);
  if (format === 'pdf') return readPdf(bytes, warn, deadline);
  if (format === 'docx') return readDocx(bytes);
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (looksBinary(buffer)) {
    warn('binary attachment skipped');
    return null;
  }
  return { format: 'text', text: decodeBytes(buffer).text, date: null, id: null };
}

/**
 * The documents of one message: the message, then its attachments in order. `message` is its
 * number in a mailbox (undefined for an .eml file). Throws UnreadableDocument for a message that
 * is not one (no headers at all).
 */
export async function readEmail(
  bytes: Uint8Array,
  message: number | undefined,
  warn: (message: string) => void,
  deadline: number | null = null,
): Promise<ReadOutcome[]> {
  if (bytes.length > MAX_MESSAGE_BYTES) throw new UnreadableDocument(tooLargeMessage('eml'));
  // loaded on first use: a plain-text run never pays for it
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const postalMime = (require('postal-mime') as { default: PostalMime }).default;
  const parsed = await postalMime.parse(bytes);
  if (parsed.headers.length === 0) throw new UnreadableDocument('not an e-mail message: no headers');
  const header = (key: string): string | null => parsed.headers.find((h) => h.key === key)?.value.replace(/\s+/g, ' ').trim() ?? null;
  const headers: EmailHeaders = {
    from: addresses(parsed.from),
    to: addresses(parsed.to),
    cc: addresses(parsed.cc),
    date: header('date'),
    subject: parsed.subject !== undefined ? parsed.subject.replace(/\s+/g, ' ').trim() : null,
  };
  const date = headerDay(headers.date);
  const block = headerBlock(headers);
  const body = parsed.text ?? (parsed.html ? htmlBodyText(parsed.html) : '');
  const id = message === undefined ? null : String(message);
  const tie = message === undefined ? {} : { message };
  const outcomes: ReadOutcome[] = [
    {
      kind: 'document',
      document: { format: 'eml', text: `${block.text}\n${body}`, date, id, ...tie, headers, headerPersons: block.persons },
    },
  ];
  for (const [i, attachment] of parsed.attachments.entries()) {
    const name = attachment.filename ?? `attachment ${i + 1}`;
    const format = attachmentFormat(name, attachment.mimeType);
    if (format === null) continue;
    const attachmentId = id === null ? name : `${id}/${name}`;
    try {
      const document = await readAttachment(format, bytesOf(attachment.content), (text) => warn(`attachment ${name}: ${text}`), deadline);
      if (document === null) continue;
      // the attachment's own date (a page's publication date) first, else the message's
      outcomes.push({ kind: 'document', document: { ...document, id: attachmentId, ...tie, attachment: name, date: document.date ?? date } });
    } catch (error) {
      const reason = error instanceof UnreadableDocument ? error.message : `cannot read: ${(error as Error).message}`;
      const inMessage = message === undefined ? '' : `message ${message}: `;
      outcomes.push({ kind: 'error', id: attachmentId, ...tie, attachment: name, format, error: `${inMessage}attachment ${name}: ${reason}` });
    }
  }
  return outcomes;
}
