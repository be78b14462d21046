import { mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { sniffFormat } from '../../src/input/formats/detect';
import { formatOf, listTextFiles } from '../../src/input/sources';

test('the format goes by extension (any case); --input-format wins', () => {
  expect(['a.html', 'b.HTM', 'c.xhtml', 'd.pdf', 'e.DOCX', 'f.eml', 'g.mbox', 'h.txt', 'i.jsonl', 'j'].map((p) => formatOf(p, undefined))).toEqual([
    'html', 'html', 'html', 'pdf', 'docx', 'eml', 'mbox', 'text', 'jsonl', 'text',
  ]);
  expect(formatOf('a.html', 'text')).toBe('text');
  expect(formatOf('notes.txt', 'eml')).toBe('eml');
});

test('a file taken for text is a PDF or a web page by its first bytes only', () => {
  expect(sniffFormat(Buffer.from('%PDF-1.7\n...'))).toBe('pdf');
  expect(sniffFormat(Buffer.from('<!DOCTYPE html>\n<html>'))).toBe('html');
  expect(sniffFormat(Buffer.from('The filing (%PDF-1.7) was attached.'))).toBeNull();
  expect(sniffFormat(Buffer.from(''))).toBeNull();
});

test('the folder walk picks up the document formats beside text, and nothing else', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'newsner-walk-'));
  for (const name of ['a.txt', 'b.html', 'c.pdf', 'd.docx', 'e.eml', 'f.mbox', 'g.png', 'h.doc', 'i.htm']) writeFileSync(join(dir, name), '');
  expect(await listTextFiles(dir)).toEqual(['a.txt', 'b.html', 'c.pdf', 'd.docx', 'e.eml', 'f.mbox', 'i.htm'].map((name) => `${dir}/${name}`));
});
