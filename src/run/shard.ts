// --shard i/n: the i-th of n contiguous, nearly equal slices of the documents, so the n jobs of a
// batch array (AWS Batch, Slurm, Kubernetes indexed jobs) split a corpus with no coordinator, and
// the n outputs concatenated in shard order are byte for byte the output of one unsharded run.
//
// The documents are counted first, in input order: a text file (or a path that cannot be read) is
// one, a JSONL file one per physical line (counted by scanning for line feeds, as the JSONL reader
// numbers them; a blank line counts but yields nothing). Shard i takes documents
// [floor((i-1)N/n), floor(iN/n)). Every shard counts every JSONL file, so a huge JSONL corpus is
// read once per shard; for one big stream, GNU parallel --pipe is the better split.

import { createReadStream } from 'fs';
import { readSource, ReadContext } from '../input/documents';
import { expandInputs, Source } from '../input/sources';
import { InputFormat, InputItem } from '../input/types';

export interface Shard {
  /** 1-based */
  index: number;
  count: number;
}

/** Physical lines of a file: line feeds, plus a last line without one. 0 if it cannot be read. */
async function countLines(path: string | Buffer): Promise<number> {
  let lines = 0;
  let last = 0x0a;
  try {
    for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) {
      for (let at = chunk.indexOf(0x0a); at !== -1; at = chunk.indexOf(0x0a, at + 1)) lines++;
      if (chunk.length > 0) last = chunk[chunk.length - 1];
    }
  } catch {
    return 1; // the reader reports it as one error record
  }
  return last === 0x0a ? lines : lines + 1;
}

async function documentsIn(source: Source): Promise<number> {
  // by the name's real bytes, as the reader opens it (a name that is not UTF-8 shows U+FFFD in path)
  if (source.kind === 'file' && source.format === 'jsonl') return countLines(source.rawPath ?? source.path);
  return 1;
}

/** Documents [from, to) of `total`, for shard index/count. */
export function shardRange(total: number, shard: Shard): { from: number; to: number } {
  return {
    from: Math.floor(((shard.index - 1) * total) / shard.count),
    to: Math.floor((shard.index * total) / shard.count),
  };
}

/** The input items of one shard, in input order. Standard input cannot be sharded (no count). */
export async function* shardItems(
  paths: string[],
  inputFormat: InputFormat | undefined,
  shard: Shard,
  context: ReadContext,
): AsyncGenerator<InputItem> {
  const sources: Source[] = [];
  for await (const source of expandInputs(paths, inputFormat)) {
    if (source.kind === 'stdin') throw new Error('--shard needs named files or directories; split a stream with GNU parallel --pipe');
    sources.push(source);
  }
  const counts: number[] = [];
  for (const source of sources) counts.push(await documentsIn(source));
  const { from, to } = shardRange(
    counts.reduce((sum, n) => sum + n, 0),
    shard,
  );
  let first = 0;
  for (let i = 0; i < sources.length; i++) {
    const start = first;
    first += counts[i];
    if (first <= from || start >= to) continue;
    for await (const item of readSource(sources[i], context)) {
      // a packed input (a web page, a PDF, a mailbox's message) counts as its file's one document
      const line = item.kind === 'document' ? item.document.line : item.kind === 'error' ? item.record.line : undefined;
      const position = start + (line ?? 1) - 1;
      if (position >= to) break;
      if (position >= from) yield item;
    }
  }
}
