// A worker thread's JSONL lines cross to the main thread as views of one UTF-8 buffer.
import { Answer, encodeLines, lineText, recordsOf } from '../../src/run/worker-messages';

const error = { file: 'x.jsonl', line: 3, error: 'internal error: boom' };

function answers(): Answer[] {
  return [
    { seq: 7, analyzed: { line: '{"id":"a","name":"Zoë"}\n', error: null, entities: 1 } },
    { seq: 8, analyzed: { line: '{"file":"x.jsonl","line":3,"error":"internal error: boom"}\n', error, entities: 0 } },
    // a packed input: two lines and a warning
    { seq: 9, analyzed: { parts: [{ line: '{"id":"m1","name":"北京"}\n', error: null, entities: 2 }, { line: '{"id":"m2"}\n', error: null, entities: 0 }], warnings: [['mail.eml', 'an attachment was skipped']] } },
  ];
}

test('every line becomes a view of one buffer, in order, and reads back as the same text', () => {
  const before = answers();
  const texts = before.flatMap((answer) => recordsOf(answer.analyzed).map((part) => ('line' in part ? (part.line as string) : '')));
  const after = answers();
  const buffer = encodeLines(after) as ArrayBuffer;
  const parts = after.flatMap((answer) => recordsOf(answer.analyzed));
  expect(parts.map((part) => ('line' in part ? lineText(part.line) : null))).toEqual(texts);
  let at = 0;
  for (const part of parts) {
    if (!('line' in part) || typeof part.line === 'string') throw new Error('a line was left as text');
    expect(part.line.buffer).toBe(buffer);
    expect(part.line.byteOffset).toBe(at);
    at += part.line.byteLength;
  }
  expect(buffer.byteLength).toBe(Buffer.byteLength(texts.join('')));
  // the facts beside each line are untouched
  expect(after.map((answer) => answer.seq)).toEqual([7, 8, 9]);
  expect((after[1].analyzed as { error: unknown }).error).toBe(error);
  expect((after[2].analyzed as { warnings: unknown }).warnings).toEqual([['mail.eml', 'an attachment was skipped']]);
});

test('answers without lines (records) give no buffer and stay as they are', () => {
  const record = { id: 'a', format: 'text' as const, date: null, entities: [] };
  const list: Answer[] = [{ seq: 1, analyzed: { record } }];
  expect(encodeLines(list)).toBeNull();
  expect(list[0].analyzed).toEqual({ record });
  expect(encodeLines([])).toBeNull();
});

test('lineText reads text lines as they are', () => {
  expect(lineText('{"id":"a"}\n')).toBe('{"id":"a"}\n');
});
