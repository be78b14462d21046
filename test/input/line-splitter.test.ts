import { LineSplitter } from '../../src/input/line-splitter';

function split(chunks: Buffer[]): string[] {
  const splitter = new LineSplitter();
  const lines = chunks.flatMap((chunk) => splitter.push(chunk));
  const last = splitter.end();
  if (last) lines.push(last);
  return lines.map((line) => line.toString('utf8'));
}

test('lines end at LF; a CR before it is dropped; the last line may lack a break', () => {
  expect(split([Buffer.from('a\r\nb\n\nc')])).toEqual(['a', 'b', '', 'c']);
});

test('a line and a multi-byte character split across chunks are put back together', () => {
  const bytes = Buffer.from('{"text":"Caf\u00e9"}\n{"text":"\u{1F600}"}\n');
  for (let cut = 0; cut <= bytes.length; cut++) {
    expect(split([bytes.subarray(0, cut), bytes.subarray(cut)])).toEqual(['{"text":"Caf\u00e9"}', '{"text":"\u{1F600}"}']);
  }
});

test('a CR at the end of one chunk and the LF at the start of the next', () => {
  expect(split([Buffer.from('a\r'), Buffer.from('\nb\r\n')])).toEqual(['a', 'b']);
});

test('no input, no lines', () => {
  expect(split([])).toEqual([]);
});
