// The run loop on its own, with a stand-in for the pipeline that finds every "Rieger" as a person:
// what the loop does with inputs, records, errors and exit codes, independent of the recognizers.
import { join, relative } from 'path';
import { Readable } from 'stream';
import { DocumentResult, EntityRecord } from '../../src/model';
import { Extract } from '../../src/cli/process-document';
import { ExtractRun, runExtract } from '../../src/cli/run-extract';
import { collector } from './collector';

const ROOT = join(__dirname, '..', '..');
const fixture = (...parts: string[]): string => relative(process.cwd(), join(ROOT, 'fixtures', ...parts));

const findRieger: Extract = (text, options, meta): DocumentResult => {
  if (text.includes('THROW')) throw new TypeError('t.isValid is not a function\n    at somewhere (x.js:1:1)');
  const mentions = [...text.matchAll(/Rieger/g)].map((match) => {
    const start = match.index ?? 0;
    const lineStart = text.lastIndexOf('\n', start - 1) + 1;
    return {
      text: match[0],
      start,
      end: start + match[0].length,
      line: text.slice(0, start).split('\n').length,
      column: start - lineStart + 1,
      sentence: '',
      rule: 'test.rieger',
    };
  });
  const entities: EntityRecord[] =
    mentions.length === 0 || (options.types && !options.types.includes('person'))
      ? []
      : [{ type: 'person', name: 'Tomas Rieger', count: mentions.length, mentions }];
  return { file: meta.file ?? null, id: meta.id ?? null, date: options.refDate ?? null, entities };
};


async function run(partial: Partial<ExtractRun>, stdin = '') {
  const stdout = collector();
  const stderr = collector();
  const outcome = await runExtract(
    { paths: [], format: 'jsonl', color: false, document: { refDate: null }, ...partial },
    { stdin: Readable.from([Buffer.from(stdin)]), stdout: stdout.stream, stderr: stderr.stream },
    findRieger,
  );
  return { ...outcome, stdout: stdout.text(), stderr: stderr.text() };
}

const lines = (text: string): unknown[] => text.trimEnd().split('\n').map((line) => JSON.parse(line));

test('BOM and CRLF: offsets, lines and columns index the text as decoded (BOM gone, CRLF kept)', async () => {
  const result = await run({ paths: [fixture('bad', 'bom-crlf.txt')] });
  expect(result.exitCode).toBe(0);
  expect(result.stderr).toBe('');
  expect(lines(result.stdout)).toEqual([
    {
      file: fixture('bad', 'bom-crlf.txt'),
      id: null,
      format: 'text',
      date: null,
      entities: [
        {
          type: 'person',
          name: 'Tomas Rieger',
          count: 2,
          mentions: [
            { text: 'Rieger', start: 63, end: 69, line: 2, column: 36, sentence: '', rule: 'test.rieger' },
            { text: 'Rieger', start: 74, end: 80, line: 4, column: 1, sentence: '', rule: 'test.rieger' },
          ],
        },
      ],
    },
  ]);
});

test('a record\'s own date wins over --ref-date; --types reaches the pipeline', async () => {
  const input = '{"id":"a","text":"Rieger","date":"2020-01-02"}\n{"id":"b","text":"Rieger"}\n';
  const result = await run({ paths: ['-'], inputFormat: 'jsonl', document: { refDate: '2024-02-28', types: ['place'] } }, input);
  expect(result.stdout).toBe(
    '{"file":null,"id":"a","format":"jsonl","date":"2020-01-02","entities":[]}\n{"file":null,"id":"b","format":"jsonl","date":"2024-02-28","entities":[]}\n',
  );
});

test('an exception inside one document: an error record in its place (one line, no stack), the run goes on, exit 1', async () => {
  const input = '{"id":"a","text":"Rieger"}\n{"id":"b","text":"THROW"}\n{"id":"c","text":""}\n';
  const result = await run({ paths: ['-'], inputFormat: 'jsonl' }, input);
  expect(result.exitCode).toBe(1);
  expect(lines(result.stdout).map((record) => JSON.stringify(record))).toEqual([
    expect.stringContaining('"id":"a"'),
    '{"file":null,"id":"b","line":2,"error":"internal error: TypeError: t.isValid is not a function"}',
    '{"file":null,"id":"c","format":"jsonl","date":null,"entities":[]}',
  ]);
  expect(result.stderr).toBe('newsner: <stdin>:2: internal error: TypeError: t.isValid is not a function\n');
});

test('json output of a run with an error in the middle is one valid document, records in input order', async () => {
  const result = await run({ paths: [fixture('tree', 'a.txt'), 'missing.txt', fixture('bad', 'empty.txt')], format: 'json' });
  expect(result.exitCode).toBe(1);
  expect(JSON.parse(result.stdout)).toEqual({
    documents: [
      { file: fixture('tree', 'a.txt'), id: null, format: 'text', date: null, entities: [] },
      { file: 'missing.txt', id: null, error: 'cannot read: no such file or directory' },
      { file: fixture('bad', 'empty.txt'), id: null, format: 'text', date: null, entities: [] },
    ],
  });
  expect(result.stderr).toBe('newsner: missing.txt: cannot read: no such file or directory\n');
});

test('csv: header and one row per mention', async () => {
  const result = await run({ paths: ['-'], format: 'csv' }, 'Rieger met\nTomas Rieger, "Rieger"');
  expect(result.stdout).toBe(
    'file,id,type,name,text,start,end,line,column,value\n' +
      ',,person,Tomas Rieger,Rieger,0,6,1,1,\n' +
      ',,person,Tomas Rieger,Rieger,17,23,2,7,\n' +
      ',,person,Tomas Rieger,Rieger,26,32,2,16,\n',
  );
});

test('warnings (binary skipped, invalid UTF-8) go to stderr and leave the exit code at 0', async () => {
  const result = await run({ paths: [fixture('bad', 'scan.txt'), fixture('bad', 'latin1.txt')] });
  expect(result.exitCode).toBe(0);
  expect(result.stderr).toBe(
    `newsner: warning: ${fixture('bad', 'scan.txt')}: binary file skipped\n` +
      `newsner: warning: ${fixture('bad', 'latin1.txt')}: invalid UTF-8, decoded with replacement characters (U+FFFD)\n`,
  );
  expect(lines(result.stdout)).toHaveLength(1);
});
