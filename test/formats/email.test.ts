import { Readable } from 'stream';
import { processPacked } from '../../src/cli/process-packed';
import { headerDay } from '../../src/input/formats/email';
import { mailboxMessages, MailboxItem } from '../../src/input/formats/mbox';
import { extract } from '../../src/pipeline';
import { DocumentResult, OutputRecord } from '../../src/model';
import { PackedInput } from '../../src/input/formats/types';
import { pdfOf } from './builders';

const NOTE = [
  'From: "Berg, Anna" <anna.berg@example.org>',
  'To: Tomas Rieger <t.rieger@example.org>, desk@example.org',
  'Cc: =?UTF-8?Q?=C3=85lqv=C3=B8st?= <jm@example.org>',
  'Date: Tue, 3 Mar 2026 23:15:00 -0500',
  'Subject: Harbour budget',
  'MIME-Version: 1.0',
  'Content-Type: multipart/mixed; boundary="b1"',
  '',
  '--b1',
  'Content-Type: text/plain; charset=utf-8',
  '',
  'The council meets on Friday. Ask Lena Holm at the Port Authority.',
  '--b1',
  'Content-Type: text/plain; name="notes.txt"',
  'Content-Disposition: attachment; filename="notes.txt"',
  '',
  'Notes from the meeting with Karl Vinter on Monday.',
  '--b1',
  'Content-Type: application/pdf; name="order.pdf"',
  'Content-Disposition: attachment; filename="order.pdf"',
  'Content-Transfer-Encoding: base64',
  '',
  Buffer.from('%PDF-1.4\nbroken\n').toString('base64'),
  '--b1',
  'Content-Type: image/png; name="logo.png"',
  'Content-Disposition: attachment; filename="logo.png"',
  'Content-Transfer-Encoding: base64',
  '',
  'iVBORw0KGgo=',
  '--b1--',
  '',
].join('\r\n');

const eml = (text: string | Buffer, message?: number): PackedInput => ({
  packed: true,
  file: message === undefined ? 'note.eml' : 'box.mbox',
  id: message === undefined ? null : String(message),
  format: 'eml',
  bytes: Buffer.from(text),
  ...(message === undefined ? {} : { message }),
});

const brief = (record: OutputRecord): unknown =>
  'error' in record ? record : (record as DocumentResult).entities.map((e) => [e.type, e.name, e.aliases ?? [], e.mentions.map((m) => [m.text, m.rule === 'person.email-header'])]);

test('an e-mail: headers in the record, header people as entities with their addresses, the Date header as reference date', async () => {
  const outcome = await processPacked(eml(NOTE), { refDate: '2020-01-01' }, extract, null, { withText: true });
  const [message] = outcome.records;
  const record = message.record as DocumentResult;
  expect(Object.keys(record)).toEqual(['file', 'id', 'format', 'date', 'headers', 'entities']);
  expect(record.date).toBe('2026-03-03'); // the sender's day, not UTC's (4 March)
  expect(record.headers).toEqual({
    from: [{ name: 'Berg, Anna', address: 'anna.berg@example.org' }],
    to: [{ name: 'Tomas Rieger', address: 't.rieger@example.org' }, { name: '', address: 'desk@example.org' }],
    cc: [{ name: 'Ålqvøst', address: 'jm@example.org' }],
    date: 'Tue, 3 Mar 2026 23:15:00 -0500',
    subject: 'Harbour budget',
  });
  expect(message.text).toBe(
    'From: Anna Berg <anna.berg@example.org>\nTo: Tomas Rieger <t.rieger@example.org>, desk@example.org\nCc: Ålqvøst <jm@example.org>\n' +
      'Date: Tue, 3 Mar 2026 23:15:00 -0500\nSubject: Harbour budget\n\nThe council meets on Friday. Ask Lena Holm at the Port Authority.',
  );
  expect(brief(record)).toEqual([
    // found by the name rules already: the header adds the address
    ['person', 'Anna Berg', ['anna.berg@example.org'], [['Anna Berg', false]]],
    ['person', 'Tomas Rieger', ['t.rieger@example.org'], [['Tomas Rieger', false]]],
    ['person', 'Ålqvøst', ['jm@example.org'], [['Ålqvøst', true]]],
    ['person', 'Lena Holm', [], [['Lena Holm', false]]],
    ['organization', 'Port Authority', [], [['Port Authority', false]]],
    ['date', 'Tue, 3 Mar 2026', [], [['Tue, 3 Mar 2026', false]]],
    ['date', 'Friday', [], [['Friday', false]]],
  ]);
  // found by the header alone: a mention of its own
  const jorv = record.entities[2].mentions[0];
  expect(jorv).toEqual({ text: 'Ålqvøst', start: 102, end: 109, line: 3, column: 5, sentence: 'Cc: Ålqvøst <jm@example.org>', rule: 'person.email-header' });
  for (const entity of record.entities) for (const m of entity.mentions) expect(message.text?.slice(m.start, m.end)).toBe(m.text);
});

test("a message's text and document attachments are documents of their own, tied to it; a broken one is an error record; images are skipped", async () => {
  const outcome = await processPacked(eml(NOTE), { refDate: null }, extract, null);
  const [, notes, order] = outcome.records.map((r) => r.record);
  expect(outcome.records).toHaveLength(3);
  expect(notes).toEqual({
    file: 'note.eml',
    id: 'notes.txt',
    attachment: 'notes.txt',
    format: 'text',
    date: '2026-03-03',
    entities: [
      expect.objectContaining({ type: 'person', name: 'Karl Vinter', count: 1 }),
      expect.objectContaining({ type: 'date', name: 'Monday', value: '2026-03-02' }),
    ],
  });
  expect(order).toEqual({ file: 'note.eml', id: 'order.pdf', attachment: 'order.pdf', format: 'pdf', error: "attachment order.pdf: broken PDF: Couldn't find trailer dictionary" });
});

test('a PDF attached to a mailbox message: its pages, the message number and the reference date of the message', async () => {
  const pdf = pdfOf([['Filed by Lena Holm on Monday.']]).toString('base64');
  const text = `From: Karl Vinter <karl@example.org>\nDate: Thu, 5 Mar 2026 09:00:00 +0000\nSubject: Order\nContent-Type: multipart/mixed; boundary=x\n\n--x\nContent-Type: text/plain\n\nSee the order.\n--x\nContent-Type: application/pdf\nContent-Disposition: attachment; filename=order.pdf\nContent-Transfer-Encoding: base64\n\n${pdf}\n--x--\n`;
  const outcome = await processPacked(eml(text, 7), { refDate: null }, extract, null);
  const records = outcome.records.map((r) => r.record as DocumentResult);
  expect(records.map((r) => [r.id, r.message, r.attachment ?? null, r.format, r.date])).toEqual([
    ['7', 7, null, 'eml', '2026-03-05'],
    ['7/order.pdf', 7, 'order.pdf', 'pdf', '2026-03-05'],
  ]);
  expect(brief(records[1])).toEqual([
    ['person', 'Lena Holm', [], [['Lena Holm', false]]],
    ['date', 'Monday', [], [['Monday', false]]],
  ]);
  expect(records[1].entities[1].value).toBe('2026-03-02');
  expect(records[1].entities[0].mentions[0].page).toBe(1);
});

test('a message with no headers is one error record naming its number', async () => {
  const outcome = await processPacked(eml('just some words\n\nand more', 2), { refDate: null }, extract, null);
  expect(outcome.records.map((r) => r.record)).toEqual([{ file: 'box.mbox', id: '2', message: 2, format: 'eml', error: 'message 2: not an e-mail message: no headers' }]);
});

test('headerDay: the day as the sender wrote it', () => {
  expect(headerDay('Tue, 3 Mar 2026 23:15:00 -0500')).toBe('2026-03-03');
  expect(headerDay('1 December 2025 08:00 +0100')).toBe('2025-12-01');
  expect(headerDay('Mon, 31 Feb 2025 10:00:00 +0000')).toBeNull();
  expect(headerDay(null)).toBeNull();
});

async function split(text: string, chunkSize = 7): Promise<(MailboxItem | { message: number; text: string })[]> {
  const chunks: Buffer[] = [];
  const bytes = Buffer.from(text);
  for (let at = 0; at < bytes.length; at += chunkSize) chunks.push(bytes.subarray(at, at + chunkSize));
  const items = [];
  for await (const item of mailboxMessages(Readable.from(chunks))) items.push('bytes' in item ? { message: item.message, text: item.bytes.toString() } : item);
  return items;
}

test('a mailbox splits at "From " lines after a blank line; mboxrd quoting is undone; CRLF is read', async () => {
  const box = 'From a@example.org Tue Mar  3 10:00:00 2026\r\nSubject: One\r\n\r\nBody one\r\n>From the office.\r\nFrom here on, no split.\r\n\r\nFrom b@example.org Wed Mar  4 10:00:00 2026\nSubject: Two\n\nBody two\n';
  expect(await split(box)).toEqual([
    { message: 1, text: 'Subject: One\n\nBody one\nFrom the office.\nFrom here on, no split.\n\n' },
    { message: 2, text: 'Subject: Two\n\nBody two\n' },
  ]);
});

test('a file that is not a mailbox says so', async () => {
  await expect(split('Subject: hello\n\nbody\n')).rejects.toThrow('not an mbox mailbox: it does not start with a "From " line');
});
