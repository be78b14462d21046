// The document formats end to end, on the built binary: a folder with a web page, a PDF, a .docx,
// a mailbox and a text file, read by the folder walk, in the workers, with --save-text; hostile
// files as one error record each; the corpus commands read the same folder.
import { closeSync, mkdirSync, mkdtempSync, openSync, readFileSync, writeFileSync, ftruncateSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { jsonLines, newsner } from './binary';
import { docxOf, pdfOf } from '../formats/builders';

const dir = mkdtempSync(join(tmpdir(), 'newsner-formats-'));
const docs = join(dir, 'docs');
mkdirSync(docs);
writeFileSync(
  join(docs, 'a-story.html'),
  '<!doctype html><html><head><title>Velmar mayor resigns</title><meta property="article:published_time" content="2026-03-03T09:00:00Z"></head>' +
    '<body><nav><a>Home</a> <a>Greenland Weekly</a></nav><article><h1>Velmar mayor resigns</h1>' +
    '<p>Anna Berg, the mayor of Velmar, resigned on Tuesday after a long row with the city council over the budget for the new harbour.</p>' +
    '<p>Her deputy, Tomas Rieger, said the council would meet on Friday to choose a successor, and that the harbour plan would go ahead as agreed.</p>' +
    '</article><footer>Copyright</footer></body></html>',
);
writeFileSync(join(docs, 'b-filing.pdf'), pdfOf([['Judge Maria Castell heard the case.'], ['Tomas Rieger spoke on Monday.']]));
writeFileSync(join(docs, 'c-memo.docx'), docxOf(['Memo', 'Lena Holm will brief the board on Friday.']));
writeFileSync(
  join(docs, 'd-box.mbox'),
  'From a@example.org Tue Mar  3 10:00:00 2026\nFrom: Karl Vinter <karl@example.org>\nTo: Anna Berg <anna.berg@example.org>\nDate: Wed, 4 Mar 2026 10:00:00 +0100\nSubject: Friday\n\nAnna, the vote is on Friday.\n\n' +
    'From b@example.org Wed Mar  4 10:00:00 2026\nno headers here\n',
);
writeFileSync(join(docs, 'e-plain.txt'), 'Lena Holm met Karl Vinter in Velmar on Monday.\n');
writeFileSync(join(docs, 'skip.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));

test('a folder of web pages, PDFs, .docx, mailboxes and text: one record per document, in order, each with its format; --save-text makes offsets checkable', () => {
  const texts = join(dir, 'texts');
  const result = newsner(['extract', docs, '-f', 'jsonl', '--jobs', '2', '--save-text', texts, '--ref-date', '2026-03-05']);
  expect(result.stderr).toBe(`newsner: ${docs}/d-box.mbox: message 2: not an e-mail message: no headers\n`);
  expect(result.status).toBe(1);
  const records = jsonLines(result.stdout);
  expect(records.map((r) => [r.file, r.id, r.format, r.date ?? null, r.error ?? null])).toEqual([
    [`${docs}/a-story.html`, null, 'html', '2026-03-03', null],
    [`${docs}/b-filing.pdf`, null, 'pdf', '2026-03-05', null],
    [`${docs}/c-memo.docx`, null, 'docx', '2026-03-05', null],
    [`${docs}/d-box.mbox`, '1', 'eml', '2026-03-04', null],
    [`${docs}/d-box.mbox`, '2', 'eml', null, 'message 2: not an e-mail message: no headers'],
    [`${docs}/e-plain.txt`, null, 'text', '2026-03-05', null],
  ]);
  // plain text keeps its contract: only `format` is new, and no text file is written for it
  expect(Object.keys(records[5])).toEqual(['file', 'id', 'format', 'date', 'entities']);
  const names = (r: Record<string, unknown>): string[] => (r.entities as { type: string; name: string }[]).map((e) => `${e.type}:${e.name}`);
  expect(names(records[0])).toEqual(['person:Anna Berg', 'person:Tomas Rieger', 'place:Velmar', 'date:Tuesday', 'date:Friday']);
  expect(names(records[1])).toEqual(['person:Maria Castell', 'person:Tomas Rieger', 'date:Monday']);
  expect(names(records[2])).toEqual(['person:Lena Holm', 'date:Friday']);
  expect(names(records[3])).toEqual(['person:Karl Vinter', 'person:Anna Berg', 'person:Anna', 'date:Wed, 4 Mar 2026', 'date:Friday']);
  expect(records.map((r) => r.textFile ?? null)).toEqual([
    join(texts, docs.slice(1), 'a-story.html.txt'),
    join(texts, docs.slice(1), 'b-filing.pdf.txt'),
    join(texts, docs.slice(1), 'c-memo.docx.txt'),
    join(texts, docs.slice(1), 'd-box.mbox#1.txt'),
    null,
    null,
  ]);
  let checked = 0;
  for (const record of records.slice(0, 4)) {
    const text = readFileSync(record.textFile as string, 'utf8');
    for (const entity of record.entities as { mentions: { text: string; start: number; end: number; page?: number }[] }[]) {
      for (const m of entity.mentions) {
        expect(text.slice(m.start, m.end)).toBe(m.text);
        checked++;
      }
    }
  }
  expect(checked).toBe(17);
  const pages = (records[1].entities as { mentions: { page: number }[] }[]).map((e) => e.mentions.map((m) => m.page));
  expect(pages).toEqual([[1], [2], [2]]);
});

test('hostile files are one error record each, and the run goes on', () => {
  const hostile = join(dir, 'hostile');
  mkdirSync(hostile);
  // a 500 MB page (sparse: nothing is written, and nothing is read)
  const huge = openSync(join(hostile, 'a-huge.html'), 'w');
  ftruncateSync(huge, 500_000_000);
  closeSync(huge);
  writeFileSync(join(hostile, 'b-bomb.docx'), docxOf(['Hi'], [{ name: 'word/media/zeros.bin', data: Buffer.alloc(101_000_000), declaredSize: 100 }]));
  writeFileSync(join(hostile, 'c-broken.pdf'), '%PDF-1.7\n1 0 obj << /Type /Catalog >>\n');
  writeFileSync(join(hostile, 'd-not.docx'), 'this is not a zip');
  writeFileSync(join(hostile, 'e-fine.txt'), 'Anna Berg spoke.\n');
  const result = newsner(['extract', hostile, '-f', 'jsonl']);
  expect(result.status).toBe(1);
  expect(jsonLines(result.stdout).map((r) => [r.file, r.format, r.error ?? null])).toEqual([
    [`${hostile}/a-huge.html`, 'html', 'HTML page too large (more than 16,000,000 bytes)'],
    [`${hostile}/b-bomb.docx`, 'docx', '.docx unpacks to more than 100,000,000 bytes (a zip bomb?)'],
    [`${hostile}/c-broken.pdf`, 'pdf', "broken PDF: Couldn't find trailer dictionary"],
    [`${hostile}/d-not.docx`, 'docx', 'not a .docx: not a zip file (an old .doc, or a password-protected document?)'],
    [`${hostile}/e-fine.txt`, 'text', null],
  ]);
  expect(result.stderr.split('\n').filter((line) => line !== '')).toHaveLength(4);
});

test('a web page piped in is sniffed and read as a web page; --input-format text reads the markup', () => {
  const page = readFileSync(join(docs, 'a-story.html'));
  const piped = jsonLines(newsner(['-', '-f', 'jsonl'], { input: page }).stdout);
  expect([piped[0].file, piped[0].format, piped[0].title]).toEqual([null, 'html', 'Velmar mayor resigns']);
  const forced = jsonLines(newsner(['-', '-f', 'jsonl', '--input-format', 'text'], { input: page }).stdout);
  expect(forced[0].format).toBe('text');
});

test('summary reads the same folder, formats and all', () => {
  const result = newsner(['summary', docs, '-f', 'json']);
  expect(result.status).toBe(1); // the broken message
  const summary = JSON.parse(result.stdout) as { documents: number; entities: { type: string; name: string; documents: number }[] };
  expect(summary.documents).toBe(5);
  const rieger = summary.entities.find((e) => e.name === 'Tomas Rieger');
  expect(rieger).toEqual(expect.objectContaining({ type: 'person', documents: 2 }));
});
