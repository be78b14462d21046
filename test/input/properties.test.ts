// Property tests over random bytes and text: the input side never throws, and how a stream is cut
// into chunks never changes the lines read from it.
import fc from 'fast-check';
import { decodeBytes, looksBinary } from '../../src/input/decode';
import { parseRecordLine } from '../../src/input/jsonl';
import { LineSplitter } from '../../src/input/line-splitter';

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

function splitAt(bytes: Buffer, cuts: number[]): Buffer[] {
  const points = [...new Set(cuts.map((cut) => cut % (bytes.length + 1)))].sort((a, b) => a - b);
  const chunks: Buffer[] = [];
  let from = 0;
  for (const point of points) {
    chunks.push(bytes.subarray(from, point));
    from = point;
  }
  chunks.push(bytes.subarray(from));
  return chunks;
}

function lines(chunks: Buffer[]): string[] {
  const splitter = new LineSplitter();
  const out = chunks.flatMap((chunk) => splitter.push(chunk)).map((line) => line.toString('hex'));
  const last = splitter.end();
  if (last) out.push(last.toString('hex'));
  return out;
}

test('the lines of a byte stream do not depend on where the stream is cut into chunks', () => {
  fc.assert(
    fc.property(fc.uint8Array({ maxLength: 300 }), fc.array(fc.nat(), { maxLength: 8 }), (array, cuts) => {
      const bytes = Buffer.from(array);
      expect(lines(splitAt(bytes, cuts))).toEqual(lines([bytes]));
    }),
  );
});

test('decoding any bytes never throws and gives well-formed text for UTF-8 input', () => {
  fc.assert(
    fc.property(fc.uint8Array({ maxLength: 300 }), (array) => {
      const bytes = Buffer.from(array);
      const decoded = decodeBytes(bytes);
      looksBinary(bytes);
      if (decoded.encoding === 'utf-8') expect(decoded.text).not.toMatch(LONE_SURROGATE);
    }),
  );
});

test('valid UTF-8 text decodes to itself (after a leading BOM)', () => {
  fc.assert(
    fc.property(fc.string({ unit: 'grapheme', maxLength: 100 }), (text) => {
      const decoded = decodeBytes(Buffer.from(`\ufeff${text}`, 'utf8'));
      expect(decoded).toEqual({ text, invalidUtf8: false, encoding: 'utf-8' });
    }),
  );
});

test('any line of text becomes a document or an error record, never a throw', () => {
  fc.assert(
    fc.property(fc.oneof(fc.string({ unit: 'binary' }), fc.json()), (line) => {
      const item = parseRecordLine(line, 'x.jsonl', 1);
      if (item.kind === 'document') expect(typeof item.document.text).toBe('string');
      else expect(item.record.error.length).toBeGreaterThan(0);
    }),
  );
});
