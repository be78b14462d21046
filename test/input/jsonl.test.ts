import { parseRecordLine } from '../../src/input/jsonl';

test('a record: id, text and date; other fields are ignored', () => {
  expect(parseRecordLine('{"id":"a1","text":"Talks resumed.","date":"2024-02-28","source":"x"}', 'r.jsonl', 4)).toEqual({
    kind: 'document',
    document: { file: 'r.jsonl', id: 'a1', line: 4, text: 'Talks resumed.', date: '2024-02-28', format: 'jsonl' },
  });
});

test('a numeric id becomes a string; a missing id or date is null', () => {
  expect(parseRecordLine('{"id":7,"text":""}', null, 1)).toEqual({
    kind: 'document',
    document: { file: null, id: '7', line: 1, text: '', date: null, format: 'jsonl' },
  });
  expect(parseRecordLine('{"text":"x","date":null}', null, 2)).toEqual({
    kind: 'document',
    document: { file: null, id: null, line: 2, text: 'x', date: null, format: 'jsonl' },
  });
});

test.each([
  ['{"id": "b2", "text": "cut', null, /^invalid JSON: /],
  ['["not", "an", "object"]', null, /^expected a JSON object like \{"id": "\.\.\.", "text": "\.\.\."\}$/],
  ['"just a string"', null, /^expected a JSON object/],
  ['{"id":"b5"}', 'b5', /^missing "text"$/],
  ['{"id":"b5","text":42}', 'b5', /^"text" must be a string$/],
  ['{"id":{"x":1},"text":"a"}', null, /^"id" must be a string$/],
  ['{"id":"b6","text":"a","date":"2024-13-01"}', 'b6', /^invalid "date" "2024-13-01": expected YYYY-MM-DD$/],
  ['{"id":"b6","text":"a","date":"28/02/2024"}', 'b6', /^invalid "date" "28\/02\/2024": expected YYYY-MM-DD$/],
])('%s -> an error record naming the line', (line, id, message) => {
  const item = parseRecordLine(line, 'bad.jsonl', 9);
  expect(item.kind).toBe('error');
  if (item.kind !== 'error') return;
  expect(Object.keys(item.record)).toEqual(['file', 'id', 'line', 'error']);
  expect(item.record.file).toBe('bad.jsonl');
  expect(item.record.id).toBe(id);
  expect(item.record.line).toBe(9);
  expect(item.record.error).toMatch(message);
});
