import { parseResultLine } from '../../src/corpus/results-reader';

describe('reading extract --format jsonl output back', () => {
  test('a result line becomes a DocumentResult; unknown fields are dropped', () => {
    const line = JSON.stringify({
      file: 'a.txt',
      id: null,
      date: '2024-03-04',
      extra: true,
      entities: [
        {
          type: 'person',
          name: 'Jane Roe',
          count: 1,
          mentions: [{ text: 'Jane Roe', start: 0, end: 8, line: 1, column: 1, sentence: 'Jane Roe spoke.', rule: 'person.x', extra: 1 }],
          aliases: [],
          roles: ['Prosecutor General'],
          ambiguous: ['A', 'B'],
        },
        { type: 'date', name: 'Monday', count: 1, mentions: [], value: '2024-03-04' },
      ],
    });
    expect(parseResultLine(line, 'r.jsonl', 1)).toEqual({
      kind: 'result',
      result: {
        file: 'a.txt',
        id: null,
        date: '2024-03-04',
        entities: [
          {
            type: 'person',
            name: 'Jane Roe',
            count: 1,
            mentions: [{ text: 'Jane Roe', start: 0, end: 8, line: 1, column: 1, sentence: 'Jane Roe spoke.', rule: 'person.x' }],
            aliases: [],
            roles: ['Prosecutor General'],
            ambiguous: ['A', 'B'],
          },
          { type: 'date', name: 'Monday', count: 1, mentions: [], value: '2024-03-04' },
        ],
      },
    });
  });

  test.each([
    ['{"file": "a.txt"', 'invalid JSON: '],
    ['[1, 2]', 'not a newsner result record (expected a JSON object)'],
    ['{"id": "1", "text": "raw input"}', 'not a newsner result record (no "entities" list; make it with extract --format jsonl)'],
    ['{"entities": [{"type": "company", "name": "Acme"}]}', 'unknown entity type "company"'],
    ['{"entities": [{"type": "person"}]}', 'an entity has no "name"'],
  ])('%s is an error naming the line', (line, message) => {
    const item = parseResultLine(line, 'r.jsonl', 7);
    expect(item.kind).toBe('error');
    if (item.kind !== 'error') return;
    expect(item.record.file).toBe('r.jsonl');
    expect(item.record.line).toBe(7);
    expect(item.record.error.startsWith(message)).toBe(true);
  });

  test('an error record of extract stays an error: that document is missing from the corpus', () => {
    expect(parseResultLine('{"file": "gone.txt", "id": null, "error": "cannot read: no such file"}', 'r.jsonl', 3)).toEqual({
      kind: 'error',
      record: { file: 'gone.txt', id: null, line: 3, error: 'failed at extract time: cannot read: no such file' },
    });
  });
});
