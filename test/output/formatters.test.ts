// Formatters on hand-built records: exact expected strings, independent of the recognizers.
import { createFormatter, FormatName } from '../../src/output/formatter';
import { entityDetails } from '../../src/output/table';
import { OutputRecord } from '../../src/model';
import { BROKEN_LINE, EMPTY, SAMPLE } from './sample';

function render(name: FormatName, records: OutputRecord[], color = false): string {
  const formatter = createFormatter(name, { color });
  return formatter.start() + records.map((record) => formatter.record(record)).join('') + formatter.end();
}

describe('jsonl', () => {
  test('one compact line per record, in the order given, keys as in the contract', () => {
    const output = render('jsonl', [EMPTY, BROKEN_LINE]);
    expect(output).toBe(
      '{"file":null,"id":"rec-2","date":null,"entities":[]}\n' +
        '{"file":"records.jsonl","id":null,"line":3,"error":"invalid JSON: Unexpected end of JSON input"}\n',
    );
  });

  test('a record with entities is one line that parses back to the same record', () => {
    const output = render('jsonl', [SAMPLE]);
    expect(output.endsWith('\n')).toBe(true);
    expect(output.slice(0, -1)).not.toContain('\n');
    expect(JSON.parse(output)).toEqual(SAMPLE);
    expect(output.startsWith('{"file":"news/astana.txt","id":null,"date":"2020-03-01","entities":[{"type":"person","name":"Jane Roe","count":1,"mentions":[{"text":"Jane Roe","start":19,"end":27,"line":1,"column":20,')).toBe(true);
  });

  test('a lone surrogate in a mention is escaped, so the line stays valid UTF-8', () => {
    const record: OutputRecord = { file: null, id: 'x', date: null, entities: [{ type: 'place', name: 'A\ud800', count: 0, mentions: [] }] };
    expect(render('jsonl', [record])).toBe(
      '{"file":null,"id":"x","date":null,"entities":[{"type":"place","name":"A\\ud800","count":0,"mentions":[]}]}\n',
    );
  });
});

describe('json', () => {
  test('no records: an empty documents array', () => {
    expect(render('json', [])).toBe('{\n  "documents": []\n}\n');
    expect(render('json', [])).toBe(`${JSON.stringify({ documents: [] }, null, 2)}\n`);
  });

  test('streamed records make exactly JSON.stringify({documents}, null, 2)', () => {
    for (const records of [[EMPTY], [SAMPLE, EMPTY, BROKEN_LINE]]) {
      const output = render('json', records);
      expect(output).toBe(`${JSON.stringify({ documents: records }, null, 2)}\n`);
    }
  });

  test('one record, spelled out', () => {
    expect(render('json', [EMPTY])).toBe(
      '{\n  "documents": [\n    {\n      "file": null,\n      "id": "rec-2",\n      "date": null,\n      "entities": []\n    }\n  ]\n}\n',
    );
  });
});

describe('csv', () => {
  test('a header, one row per mention, quoted where needed; no rows for empty documents or errors', () => {
    expect(render('csv', [SAMPLE, EMPTY, BROKEN_LINE])).toBe(
      [
        'file,id,type,name,text,start,end,line,column,value',
        'news/astana.txt,,person,Jane Roe,Jane Roe,19,27,1,20,',
        'news/astana.txt,,date,"March 3, 2020","March 3, 2020",85,98,2,31,2020-03-03',
        'news/astana.txt,,organization,"Roe, Bello & Partners","Roe, Bello & Partners",55,76,2,1,',
        'news/astana.txt,,person,Karim Bello,Karim Bello,32,43,1,33,',
        'news/astana.txt,,place,Astana,Astana,47,53,1,48,',
        '',
      ].join('\n'),
    );
  });

  test('the header alone when nothing was found', () => {
    expect(render('csv', [])).toBe('file,id,type,name,text,start,end,line,column,value\n');
  });

  test('quotes inside a name are doubled, a JSONL id fills the id column', () => {
    const record: OutputRecord = {
      file: 'r.jsonl',
      id: 'a"1',
      date: null,
      entities: [
        {
          type: 'organization',
          name: 'The "Harbor" Trust',
          count: 1,
          mentions: [{ text: 'The "Harbor" Trust', start: 0, end: 18, line: 1, column: 1, sentence: 'x', rule: 'r' }],
        },
      ],
    };
    expect(render('csv', [record]).split('\n')[1]).toBe(
      'r.jsonl,"a""1",organization,"The ""Harbor"" Trust","The ""Harbor"" Trust",0,18,1,1,',
    );
  });
});

describe('table', () => {
  const PLAIN = [
    'news/astana.txt  reference date 2020-03-01',
    '┌──────────────┬───────────────────────┬───────┬─────────────────────────┐',
    '│ type         │ name                  │ count │ roles, aliases or value │',
    '├──────────────┼───────────────────────┼───────┼─────────────────────────┤',
    '│ person       │ Jane Roe              │     1 │ Prosecutor General      │',
    '│              │ Karim Bello           │     1 │ also Bello              │',
    '│ organization │ Roe, Bello & Partners │     1 │                         │',
    '│ place        │ Astana                │     1 │                         │',
    '│ date         │ March 3, 2020         │     1 │ 2020-03-03              │',
    '└──────────────┴───────────────────────┴───────┴─────────────────────────┘',
    '',
    '<stdin> (id rec-2)',
    'no entities found',
    '',
    'records.jsonl line 3',
    'error: invalid JSON: Unexpected end of JSON input',
    '',
  ].join('\n');

  test('plain: grouped by type (person, organization, place, date), no escape codes', () => {
    expect(render('table', [SAMPLE, EMPTY, BROKEN_LINE])).toBe(PLAIN);
  });

  test('coloured: the same table with ANSI colours, and nothing else changed', () => {
    const coloured = render('table', [SAMPLE, EMPTY, BROKEN_LINE], true);
    expect(coloured).toContain('\u001b[36mJane Roe\u001b[39m');
    expect(coloured).toContain('\u001b[31merror: invalid JSON: Unexpected end of JSON input\u001b[39m');
    // eslint-disable-next-line no-control-regex
    expect(coloured.replace(/\u001b\[\d+m/g, '')).toBe(PLAIN);
  });

  test('the most mentioned entity of a type comes first', () => {
    const mention = { text: 'x', start: 0, end: 1, line: 1, column: 1, sentence: 'x', rule: 'r' };
    const record: OutputRecord = {
      file: 'a.txt',
      id: null,
      date: null,
      entities: [
        { type: 'place', name: 'Sundberg', count: 1, mentions: [mention] },
        { type: 'place', name: 'Velmar City', count: 2, mentions: [mention, mention] },
      ],
    };
    const rows = render('table', [record]).split('\n').filter((line) => line.startsWith('│ '));
    expect(rows.slice(1)).toEqual([
      '│ place │ Velmar City │     2 │                         │',
      '│       │ Sundberg    │     1 │                         │',
    ]);
  });
});

describe('table details column', () => {
  it('says which full names an ambiguous short name could be', () => {
    expect(
      entityDetails({ type: 'person', name: 'Macron', count: 1, mentions: [], aliases: [], roles: ['President'], ambiguous: ['Emmanuel Macron', 'Brigitte Macron'] }),
    ).toBe('President; ambiguous: Emmanuel Macron or Brigitte Macron');
  });
});
