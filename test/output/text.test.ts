// --format text on hand-built records: the document with its mentions marked, then the entity list.
import { createFormatter } from '../../src/output/formatter';
import { terminalSafe } from '../../src/output/text';
import { DocumentResult, OutputRecord } from '../../src/model';
import { BROKEN_LINE, EMPTY, SAMPLE, SAMPLE_TEXT } from './sample';

function render(records: [OutputRecord, string?][], color = false): string {
  const formatter = createFormatter('text', { color });
  expect(formatter.needsText).toBe(true);
  return formatter.start() + records.map(([record, text]) => formatter.record(record, text)).join('') + formatter.end();
}

describe('text', () => {
  test('plain: [text|type] markers in the document, then the entities by type, most mentioned first', () => {
    expect(render([[SAMPLE, SAMPLE_TEXT]])).toBe(
      [
        'news/astana.txt  reference date 2020-03-01',
        '',
        'Prosecutor General [Jane Roe|person] met [Karim Bello|person] in [Astana|place].',
        '[Roe, Bello & Partners|organization] said on [March 3, 2020|date] it would appeal.',
        '',
        'person        Jane Roe (1): Prosecutor General',
        '              Karim Bello (1): also Bello',
        'organization  Roe, Bello & Partners (1)',
        'place         Astana (1)',
        'date          March 3, 2020 (1): 2020-03-03',
        '',
      ].join('\n'),
    );
  });

  test('colour: each mention bold in its type colour (the table colours), no brackets', () => {
    const output = render([[SAMPLE, SAMPLE_TEXT]], true);
    expect(output).toContain('Prosecutor General \u001b[1m\u001b[36mJane Roe\u001b[39m\u001b[22m met ');
    expect(output).toContain(' in \u001b[1m\u001b[32mAstana\u001b[39m\u001b[22m.\n');
    expect(output).toContain('\u001b[1m\u001b[35mRoe, Bello & Partners\u001b[39m\u001b[22m said on \u001b[1m\u001b[33mMarch 3, 2020\u001b[39m\u001b[22m');
    expect(output).not.toContain('|person]');
    // without the escapes it is the text itself
    expect(output.replace(/\u001b\[\d+m/g, '')).toContain(SAMPLE_TEXT);
  });

  test('several records: a blank line between them; empty documents, no entities and errors say so', () => {
    expect(render([[EMPTY, '  \n'], [BROKEN_LINE], [{ file: 'b.txt', id: null, date: null, entities: [] }, 'Nothing here.\n']])).toBe(
      [
        '<stdin> (id rec-2)',
        '',
        '(empty document)',
        '',
        'no entities found',
        '',
        'records.jsonl line 3',
        'error: invalid JSON: Unexpected end of JSON input',
        '',
        'b.txt',
        '',
        'Nothing here.',
        '',
        'no entities found',
        '',
      ].join('\n'),
    );
  });

  test('offsets are UTF-16 code units: astral characters before and inside mentions', () => {
    const text = '𝒜 🚀 Zoë 𝔅ell met Ana.';
    const record: DocumentResult = {
      file: 'astral.txt',
      id: null,
      date: null,
      entities: [
        { type: 'person', name: 'Zoë 𝔅ell', count: 1, mentions: [{ text: 'Zoë 𝔅ell', start: 6, end: 15, line: 1, column: 7, sentence: text, rule: 't' }] },
        { type: 'person', name: 'Ana', count: 1, mentions: [{ text: 'Ana', start: 20, end: 23, line: 1, column: 21, sentence: text, rule: 't' }] },
      ],
    };
    expect(text.slice(6, 15)).toBe('Zoë 𝔅ell');
    expect(render([[record, text]]).split('\n')[2]).toBe('𝒜 🚀 [Zoë 𝔅ell|person] met [Ana|person].');
  });

  test('terminal escape sequences in the text are shown, not obeyed', () => {
    const text = 'Evil\u001b[2J Corp said\u0007 so.\rNext';
    const record: DocumentResult = {
      file: null,
      id: null,
      date: null,
      entities: [{ type: 'organization', name: 'Evil\u001b[2J Corp', count: 1, mentions: [{ text: 'Evil\u001b[2J Corp', start: 0, end: 13, line: 1, column: 1, sentence: '', rule: 't' }] }],
    };
    const output = render([[record, text]], true);
    expect(output).not.toMatch(/\u001b\[2J|\u0007/);
    expect(output).toContain('Evil\ufffd[2J Corp');
    expect(output).toContain(' said\ufffd so.\nNext');
    expect(terminalSafe('a\r\nb\tc\u009bd')).toBe('a\r\nb\tc\ufffdd');
  });

  test('a mention whose offsets do not match the text, or that overlaps another, is left unmarked', () => {
    const text = 'New York Times reporters met in York.';
    const mention = (t: string, start: number) => ({ text: t, start, end: start + t.length, line: 1, column: start + 1, sentence: text, rule: 't' });
    const record: DocumentResult = {
      file: null,
      id: null,
      date: null,
      entities: [
        { type: 'organization', name: 'New York Times', count: 1, mentions: [mention('New York Times', 0)] },
        { type: 'place', name: 'York', count: 2, mentions: [mention('York', 4), mention('York', 32)] },
        { type: 'place', name: 'Paris', count: 1, mentions: [mention('Paris', 32)] },
      ],
    };
    expect(render([[record, text]]).split('\n')[2]).toBe('[New York Times|organization] reporters met in [York|place].');
  });

  test('without the text (a caller that has only the record): the entity list alone', () => {
    expect(render([[SAMPLE]]).split('\n').slice(0, 4)).toEqual([
      'news/astana.txt  reference date 2020-03-01',
      '',
      '(document text not available)',
      '',
    ]);
  });
});
