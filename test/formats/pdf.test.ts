import { processPacked } from '../../src/cli/process-packed';
import { describePopplerError } from '../../src/input/formats/pdf';
import { extract } from '../../src/pipeline';
import { DocumentResult } from '../../src/model';
import { PackedInput } from '../../src/input/formats/types';
import { encryptedPdf, pdfOf } from './builders';

// needs poppler's pdftotext (Debian: poppler-utils; .ci/run installs it)
const pdf = (bytes: Buffer, file = 'filing.pdf'): PackedInput => ({ packed: true, file, id: null, format: 'pdf', bytes });

test('a PDF is read page by page: every mention carries its page, the text keeps the page breaks', async () => {
  const bytes = pdfOf([['Judge Maria Castell of the Velmar district court'], ['heard Tomas Rieger on Tuesday.', 'The hearing resumes in May.'], ['Lena Holm, the clerk, read the order.']]);
  const outcome = await processPacked(pdf(bytes), { refDate: '2026-03-05' }, extract, null, { withText: true });
  expect(outcome.warnings).toEqual([]);
  const { record, text } = outcome.records[0];
  expect(text).toBe('Judge Maria Castell of the Velmar district court\n\n\fheard Tomas Rieger on Tuesday.\nThe hearing resumes in May.\n\n\fLena Holm, the clerk, read the order.\n\n');
  const result = record as DocumentResult;
  expect(Object.keys(result)).toEqual(['file', 'id', 'format', 'date', 'pages', 'entities']);
  expect(result.pages).toBe(3);
  expect(result.date).toBe('2026-03-05');
  expect(result.entities.map((e) => [e.type, e.name, e.value ?? null, e.mentions.map((m) => [m.text, m.page])])).toEqual([
    ['person', 'Maria Castell', null, [['Maria Castell', 1]]],
    ['person', 'Tomas Rieger', null, [['Tomas Rieger', 2]]],
    ['person', 'Lena Holm', null, [['Lena Holm', 3]]],
    ['place', 'Velmar', null, [['Velmar', 1]]],
    ['date', 'Tuesday', '2026-03-03', [['Tuesday', 2]]],
    ['date', 'May', '2026-05', [['May', 2]]],
  ]);
  for (const entity of result.entities) for (const m of entity.mentions) expect(text?.slice(m.start, m.end)).toBe(m.text);
});

test('a PDF without a text layer (a scan) is a record without entities and a warning that names it', async () => {
  const outcome = await processPacked(pdf(pdfOf([[], []]), 'scan.pdf'), { refDate: null }, extract, null);
  expect(outcome.warnings).toEqual([['scan.pdf', 'no text layer in this PDF (2 pages; a scan?): run OCR first, see docs/formats.md']]);
  expect(outcome.records.map((r) => r.record)).toEqual([{ file: 'scan.pdf', id: null, format: 'pdf', date: null, pages: 2, entities: [] }]);
});

test('an encrypted or broken PDF is one error record', async () => {
  const sealed = await processPacked(pdf(encryptedPdf(), 'sealed.pdf'), { refDate: null }, extract, null);
  expect(sealed.records.map((r) => r.record)).toEqual([{ file: 'sealed.pdf', id: null, format: 'pdf', error: 'encrypted PDF: it needs a password' }]);
  const broken = await processPacked(pdf(Buffer.from('%PDF-1.4\nnot really a PDF\n'), 'broken.pdf'), { refDate: null }, extract, null);
  expect(broken.records.map((r) => r.record)).toEqual([{ file: 'broken.pdf', id: null, format: 'pdf', error: "broken PDF: Couldn't find trailer dictionary" }]);
});

test('without pdftotext, a PDF is an error record that says what to install', async () => {
  const saved = process.env.NEWSNER_PDFTOTEXT;
  process.env.NEWSNER_PDFTOTEXT = '/nonexistent/pdftotext';
  try {
    const outcome = await processPacked(pdf(pdfOf([['Text']])), { refDate: null }, extract, null);
    expect(outcome.records.map((r) => r.record)).toEqual([
      { file: 'filing.pdf', id: null, format: 'pdf', error: 'cannot read PDF: pdftotext not found (install poppler-utils)' },
    ]);
  } finally {
    if (saved === undefined) delete process.env.NEWSNER_PDFTOTEXT;
    else process.env.NEWSNER_PDFTOTEXT = saved;
  }
});

test("pdftotext's complaints become one line", () => {
  expect(describePopplerError('Command Line Error: Incorrect password\n')).toBe('encrypted PDF: it needs a password');
  expect(describePopplerError('Syntax Warning: odd\nSyntax Error: Couldn\'t read xref table\n')).toBe("broken PDF: Couldn't read xref table");
  expect(describePopplerError('')).toBe('broken PDF: pdftotext failed');
});
