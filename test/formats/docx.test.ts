import { readDocx } from '../../src/input/formats/docx';
import { checkUnpackedSize } from '../../src/input/formats/zip-bound';
import { docxOf, zipOf } from './builders';

test('a .docx gives its paragraphs, separated by blank lines', async () => {
  const bytes = docxOf(['Memo to Anna Berg', 'Tomas Rieger met the Velmar Harbour Authority on Friday & said "no".']);
  expect(await readDocx(bytes)).toEqual({
    format: 'docx',
    text: 'Memo to Anna Berg\n\nTomas Rieger met the Velmar Harbour Authority on Friday & said "no".',
    date: null,
    id: null,
  });
});

test('a zip bomb stops at the unpacked-size cap, whether its sizes are declared or lied about', async () => {
  const zeros = Buffer.alloc(101_000_000);
  await expect(readDocx(docxOf(['Hi'], [{ name: 'word/media/a.bin', data: zeros }]))).rejects.toThrow(
    '.docx unpacks to more than 100,000,000 bytes (a zip bomb?)',
  );
  await expect(readDocx(docxOf(['Hi'], [{ name: 'word/media/a.bin', data: zeros, declaredSize: 1000 }]))).rejects.toThrow(
    '.docx unpacks to more than 100,000,000 bytes (a zip bomb?)',
  );
});

test('what is not a .docx is said so', async () => {
  await expect(readDocx(Buffer.from('\xd0\xcf\x11\xe0 an old Word file', 'latin1'))).rejects.toThrow(
    'not a .docx: not a zip file (an old .doc, or a password-protected document?)',
  );
  const cut = docxOf(['Hello']);
  await expect(readDocx(Buffer.concat([cut.subarray(0, 40), cut.subarray(cut.length - 200)]))).rejects.toThrow('not a .docx: broken zip file');
  await expect(readDocx(zipOf([{ name: 'readme.txt', data: Buffer.from('plain') }]))).rejects.toThrow(/^not a \.docx: /);
});

test('checkUnpackedSize counts what inflating really gives', () => {
  const zip = zipOf([
    { name: 'a', data: Buffer.from('x'.repeat(1000)) },
    { name: 'b', data: Buffer.from('y'.repeat(500)), declaredSize: 10 },
  ]);
  expect(checkUnpackedSize(zip, 2000)).toBe(1500);
  expect(() => checkUnpackedSize(zip, 1200)).toThrow('.docx unpacks to more than 1,200 bytes (a zip bomb?)');
});
