import { readFileSync } from 'fs';
import { join } from 'path';
import { decodeBytes, looksBinary } from '../../src/input/decode';

const BAD = join(__dirname, '..', '..', 'fixtures', 'bad');

describe('decodeBytes', () => {
  test('a UTF-8 BOM is removed and CRLF line endings are kept', () => {
    const decoded = decodeBytes(readFileSync(join(BAD, 'bom-crlf.txt')));
    expect(decoded).toEqual({
      text: 'VELMAR CITY, June 17, 2023\r\nJudge Helena Mbeki sentenced Tomas Rieger.\r\n\r\nRieger will appeal.\r\n',
      invalidUtf8: false,
      encoding: 'utf-8',
    });
  });

  test('invalid UTF-8 (a Latin-1 file) becomes U+FFFD, one per bad byte, and is flagged', () => {
    const decoded = decodeBytes(readFileSync(join(BAD, 'latin1.txt')));
    expect(decoded.invalidUtf8).toBe(true);
    expect(decoded.text).toBe('Judge Helena Mbeki met the caf\ufffd owner J\ufffdrgen Adler in Velmar City.\n');
  });

  test('UTF-16LE and UTF-16BE with a BOM are decoded', () => {
    expect(decodeBytes(readFileSync(join(BAD, 'utf16.txt')))).toEqual({
      text: 'Mayor Clara Voss visited Sundberg on Monday.\n',
      invalidUtf8: false,
      encoding: 'utf-16le',
    });
    const bigEndian = Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from('Oslo \u00e9', 'utf16le').swap16()]);
    expect(decodeBytes(bigEndian).text).toBe('Oslo \u00e9');
  });

  test('astral characters and a multi-byte character at the very end survive', () => {
    expect(decodeBytes(Buffer.from('Caf\u00e9 \u{1F600}', 'utf8'))).toEqual({ text: 'Caf\u00e9 \u{1F600}', invalidUtf8: false, encoding: 'utf-8' });
  });

  test('an empty file is an empty text', () => {
    expect(decodeBytes(Buffer.alloc(0))).toEqual({ text: '', invalidUtf8: false, encoding: 'utf-8' });
  });
});

describe('looksBinary', () => {
  test('an image is binary', () => {
    expect(looksBinary(readFileSync(join(BAD, 'scan.txt')))).toBe(true);
  });

  test('UTF-16 without a BOM (every other byte NUL) is binary; with a BOM it is text', () => {
    const utf16 = Buffer.from('Mayor Clara Voss visited Sundberg.', 'utf16le');
    expect(looksBinary(utf16)).toBe(true);
    expect(looksBinary(Buffer.concat([Buffer.from([0xff, 0xfe]), utf16]))).toBe(false);
  });

  test('text with a stray NUL (an OCR dump), Latin-1 text, CRLF text and an empty file are not binary', () => {
    expect(looksBinary(Buffer.from('The harbor\u0000 reopened on Monday after a long strike by the dock workers.'))).toBe(false);
    expect(looksBinary(readFileSync(join(BAD, 'latin1.txt')))).toBe(false);
    expect(looksBinary(readFileSync(join(BAD, 'bom-crlf.txt')))).toBe(false);
    expect(looksBinary(Buffer.alloc(0))).toBe(false);
  });

  test('a NUL in bytes that are valid UTF-8 only up to a cut multi-byte character is still text', () => {
    // 8191 ASCII bytes, then the first byte of "é" at the sample's edge, and a NUL earlier on
    const bytes = Buffer.concat([Buffer.from('a\u0000'), Buffer.alloc(8189, 0x61), Buffer.from('\u00e9')]);
    expect(looksBinary(bytes)).toBe(false);
  });
});
