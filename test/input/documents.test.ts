import { join } from 'path';
import { Readable } from 'stream';
import { readSource } from '../../src/input/documents';
import { Source } from '../../src/input/sources';
import { InputItem } from '../../src/input/types';

const FIXTURES = join(__dirname, '..', '..', 'fixtures');

async function read(source: Source, stdin: Buffer | string = ''): Promise<{ items: InputItem[]; warnings: string[] }> {
  const warnings: string[] = [];
  const items: InputItem[] = [];
  const context = { warn: (where: string, message: string) => warnings.push(`${where}: ${message}`), stdin: Readable.from([Buffer.from(stdin)]) };
  for await (const item of readSource(source, context)) items.push(item);
  return { items, warnings };
}

test('a text file is one document, text exactly as decoded', async () => {
  const path = join(FIXTURES, 'bad', 'bom-crlf.txt');
  expect(await read({ kind: 'file', path, format: 'text' })).toEqual({
    items: [
      {
        kind: 'document',
        document: {
          file: path,
          id: null,
          text: 'VELMAR CITY, June 17, 2023\r\nJudge Helena Mbeki sentenced Tomas Rieger.\r\n\r\nRieger will appeal.\r\n',
          date: null,
          format: 'text',
        },
      },
    ],
    warnings: [],
  });
});

test('a binary file is skipped with a warning; invalid UTF-8 is read with a warning', async () => {
  const scan = join(FIXTURES, 'bad', 'scan.txt');
  expect(await read({ kind: 'file', path: scan, format: 'text' })).toEqual({ items: [], warnings: [`${scan}: binary file skipped`] });
  const latin1 = join(FIXTURES, 'bad', 'latin1.txt');
  const { items, warnings } = await read({ kind: 'file', path: latin1, format: 'text' });
  expect(items).toHaveLength(1);
  expect(warnings).toEqual([`${latin1}: invalid UTF-8, decoded with replacement characters (U+FFFD)`]);
});

test('an empty file is one empty document', async () => {
  const path = join(FIXTURES, 'bad', 'empty.txt');
  expect((await read({ kind: 'file', path, format: 'text' })).items).toEqual([
    { kind: 'document', document: { file: path, id: null, text: '', date: null, format: 'text' } },
  ]);
});

test('stdin as text is one document with file null', async () => {
  expect((await read({ kind: 'stdin', format: 'text' }, '\ufeffHello\r\n')).items).toEqual([
    { kind: 'document', document: { file: null, id: null, text: 'Hello\r\n', date: null, format: 'text' } },
  ]);
});

test('a broken JSONL file: each bad line becomes an error record in its place, the others go on', async () => {
  const path = join(FIXTURES, 'bad', 'broken.jsonl');
  const { items } = await read({ kind: 'file', path, format: 'jsonl' });
  const summary = items.map((item) =>
    item.kind === 'document' ? `doc ${item.document.id} line ${item.document.line}` : `error ${item.record.id} line ${item.record.line}`,
  );
  // line 3 is blank: no record
  expect(summary).toEqual(['doc b1 line 1', 'error null line 2', 'error null line 4', 'error b5 line 5', 'error b6 line 6', 'doc b7 line 7']);
});

test('JSONL from stdin, with a BOM, CRLF line ends, a blank line and invalid UTF-8 in one record', async () => {
  const bytes = Buffer.concat([
    Buffer.from('\ufeff{"id":"1","text":"A"}\r\n\r\n{"id":"2","text":"B'),
    Buffer.from([0xff]),
    Buffer.from('"}'),
  ]);
  const { items, warnings } = await read({ kind: 'stdin', format: 'jsonl' }, bytes);
  expect(items).toEqual([
    { kind: 'document', document: { file: null, id: '1', line: 1, text: 'A', date: null, format: 'jsonl' } },
    { kind: 'document', document: { file: null, id: '2', line: 3, text: 'B\ufffd', date: null, format: 'jsonl' } },
  ]);
  expect(warnings).toEqual(['<stdin>:3: invalid UTF-8, decoded with replacement characters (U+FFFD)']);
});

test('an unreadable source is an error record', async () => {
  expect((await read({ kind: 'unreadable', path: 'x.txt', error: 'cannot read: permission denied' })).items).toEqual([
    { kind: 'error', record: { file: 'x.txt', id: null, error: 'cannot read: permission denied' } },
  ]);
});

test('a UTF-16 JSONL file is refused as a whole with an error record (JSON Lines are UTF-8)', async () => {
  const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('{"id":"1","text":"A"}\n', 'utf16le')]);
  expect((await read({ kind: 'stdin', format: 'jsonl' }, bytes)).items).toEqual([
    { kind: 'error', record: { file: null, id: null, error: 'cannot read: JSONL must be UTF-8, this is UTF-16' } },
  ]);
});
