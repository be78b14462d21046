import * as fs from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { Writable } from 'stream';
import { OutputWriter } from '../../src/output/writer';

function sink(options: { failWith?: string; highWaterMark?: number } = {}): { stream: Writable; chunks: string[] } {
  const chunks: string[] = [];
  const stream = new Writable({
    highWaterMark: options.highWaterMark ?? 16384,
    write(chunk: Buffer, _encoding, callback) {
      if (options.failWith) {
        const error = Object.assign(new Error(`write ${options.failWith}`), { code: options.failWith });
        callback(error);
        return;
      }
      chunks.push(chunk.toString());
      setImmediate(callback); // a slow reader
    },
  });
  return { stream, chunks };
}

test('writes every chunk in order, waiting for a slow reader when its buffer is full', async () => {
  const { stream, chunks } = sink({ highWaterMark: 8 });
  const writer = new OutputWriter(stream);
  let mostBuffered = 0;
  for (let i = 0; i < 50; i++) {
    await writer.write(`line ${i}\n`);
    mostBuffered = Math.max(mostBuffered, stream.writableLength);
  }
  expect(writer.stopped).toBe(false);
  await new Promise((resolve) => stream.end(resolve));
  expect(chunks.join('')).toBe(Array.from({ length: 50 }, (_, i) => `line ${i}\n`).join(''));
  // without waiting for 'drain' all 50 lines would pile up in the stream's buffer
  expect(mostBuffered).toBeLessThanOrEqual(16);
});

test('a closed pipe (EPIPE) stops the writer quietly: no failure, later writes are dropped', async () => {
  const { stream } = sink({ failWith: 'EPIPE' });
  const writer = new OutputWriter(stream);
  await writer.write('first\n');
  await new Promise((resolve) => setImmediate(resolve));
  expect(writer.closedByReader).toBe(true);
  expect(writer.failure).toBeNull();
  expect(writer.stopped).toBe(true);
  await writer.write('second\n'); // must neither throw nor hang
});

test('any other write error (a full disk) is kept as the failure', async () => {
  const { stream } = sink({ failWith: 'ENOSPC' });
  const writer = new OutputWriter(stream);
  await writer.write('first\n');
  await new Promise((resolve) => setImmediate(resolve));
  expect(writer.closedByReader).toBe(false);
  expect((writer.failure as NodeJS.ErrnoException).code).toBe('ENOSPC');
  expect(writer.stopped).toBe(true);
});

test('a regular file is written directly, in order, appended after what it held, with no stat per record', async () => {
  const dir = fs.mkdtempSync(join(tmpdir(), 'newsner-writer-'));
  const file = join(dir, 'out.jsonl');
  fs.writeFileSync(file, 'kept\n');
  const fd = fs.openSync(file, 'a');
  // the module object itself (an `import *` namespace cannot be spied on)
  const fstat = jest.spyOn(require('fs') as typeof fs, 'fstatSync');
  try {
    // the stream is never written to when the descriptor is a regular file
    const { stream, chunks } = sink();
    const writer = new OutputWriter(stream, fd);
    for (let i = 0; i < 100; i++) await writer.write(`{"id":"r${i}"}\n`);
    expect(fstat).toHaveBeenCalledTimes(1);
    expect(chunks).toEqual([]);
    expect(writer.failure).toBeNull();
    expect(fs.readFileSync(file, 'utf8')).toBe(`kept\n${Array.from({ length: 100 }, (_, i) => `{"id":"r${i}"}\n`).join('')}`);
  } finally {
    fstat.mockRestore();
    fs.closeSync(fd);
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('UTF-8 bytes (JSONL lines from worker threads) are written as they are, to a stream and to a regular file', async () => {
  const lines = ['{"id":"a","name":"Zoë Brönte"}\n', '{"id":"b","name":"李明"}\n'];
  const bytes = lines.map((line) => new Uint8Array(Buffer.from(line)));
  const { stream, chunks } = sink();
  const writer = new OutputWriter(stream);
  for (const chunk of bytes) await writer.write(chunk);
  await writer.write(new Uint8Array(0)); // nothing to write
  await new Promise((resolve) => stream.end(resolve));
  expect(chunks).toEqual(lines);

  const dir = fs.mkdtempSync(join(tmpdir(), 'newsner-writer-'));
  const file = join(dir, 'out.jsonl');
  const fd = fs.openSync(file, 'w');
  try {
    const toFile = new OutputWriter(sink().stream, fd);
    await toFile.write('{"id":"first"}\n');
    for (const chunk of bytes) await toFile.write(chunk);
    expect(toFile.failure).toBeNull();
    expect(fs.readFileSync(file, 'utf8')).toBe(`{"id":"first"}\n${lines.join('')}`);
  } finally {
    fs.closeSync(fd);
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
