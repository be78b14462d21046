// `newsner db OUT.sqlite [paths...]`: the results as a SQLite database for the sqlite3 shell,
// Datasette or DB Browser for SQLite (tables in src/db/schema.ts, queries in docs/database.md).
// Same inputs as extract, or extract's JSONL with --from-results. Run again on the same file, it
// adds the new documents and skips the ones already in. A file it cannot use is one line on
// stderr and exit code 2.

import { Command, InvalidArgumentError, Option } from 'commander';
import { EntityType } from '../model';
import { addDocumentOptions, analyzedRecords, corpusInput, DocumentFlags, resultItems } from './corpus-input';
import { EXIT_OK, EXIT_SIGNAL, EXIT_SOME_FAILED, EXIT_USAGE } from './exit-codes';
import { inputsOrStdin, parseTypes } from './options';
import { Reporter } from './reporter';
import { sha256Hex } from './digest';

interface DbFlags extends DocumentFlags {
  types?: EntityType[];
  fromResults?: boolean;
  batchSize: number;
}

export const DEFAULT_BATCH_SIZE = 200;

function parseBatchSize(value: string): number {
  if (!/^\d+$/.test(value) || Number(value) < 1) throw new InvalidArgumentError('Expected a whole number of documents, 1 or more.');
  return Number(value);
}

const DB_EXAMPLES = `
Examples:
  newsner db leak.sqlite documents/                 every document's entities and mentions
  newsner db leak.sqlite documents/                 again: only new or changed documents are added
  newsner db leak.sqlite --from-results r1.jsonl r2.jsonl
  sqlite3 leak.sqlite "SELECT name, documents FROM entities WHERE type = 'person' ORDER BY documents DESC LIMIT 10"
  datasette leak.sqlite

Tables: documents, entities, document_entities, mentions, sentences (+ sentences_fts, full text).
Queries for the sqlite3 shell and Datasette: docs/database.md.`;

export function registerDb(program: Command): void {
  const command = program
    .command('db')
    .description('write the results into a SQLite database (for the sqlite3 shell, Datasette, DB Browser); re-runs add only new documents')
    .argument('<database>', 'the SQLite file to create or add to')
    .argument('[paths...]', 'files, directories (searched for .txt .text .md files) or - for stdin')
    .option('-t, --types <types>', 'only these types, comma-separated: person,organization,place,date', parseTypes)
    .option('--from-results', 'the inputs are extract --format jsonl (or json) output, not documents')
    .addOption(new Option('--batch-size <n>', 'documents per committed transaction').argParser(parseBatchSize).default(DEFAULT_BATCH_SIZE));
  addDocumentOptions(command)
    .addHelpText('after', DB_EXAMPLES)
    .action(async (database: string, paths: string[], flags: DbFlags, cmd: Command) => {
      const inputs = inputsOrStdin(paths, cmd);
      process.exitCode = await runDb(database, inputs, flags, new Reporter(process.stderr));
    });
}

/** The test hook that kills the run halfway through a batch (NEWSNER_TEST_KILL_AFTER_BATCHES=N). */
function killAfterBatches(): number | null {
  const value = process.env.NEWSNER_TEST_KILL_AFTER_BATCHES;
  return value && /^\d+$/.test(value) ? Number(value) : null;
}

export async function runDb(database: string, inputs: string[], flags: DbFlags, reporter: Reporter): Promise<number> {
  // Ctrl-C or SIGTERM: stop taking documents, commit, bring the entities up to date, say so; a
  // second signal kills at once (the database then keeps its last committed batch)
  let stopped: NodeJS.Signals | null = null;
  const stop = (signal: NodeJS.Signals) => {
    stopped = signal;
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  try {
    return await writeDb(database, inputs, flags, reporter, () => stopped);
  } finally {
    process.off('SIGINT', stop);
    process.off('SIGTERM', stop);
  }
}

async function writeDb(
  database: string,
  inputs: string[],
  flags: DbFlags,
  reporter: Reporter,
  stopped: () => NodeJS.Signals | null,
): Promise<number> {
  const { DbOpenError, openDatabase, release } = await import('../db/open');
  const { DbWriter } = await import('../db/writer');
  let db;
  try {
    db = await openDatabase(database);
  } catch (error) {
    if (!(error instanceof DbOpenError)) throw error;
    reporter.note(error.message);
    return EXIT_USAGE;
  }
  const writer = new DbWriter(db, flags.batchSize, killAfterBatches());
  try {
    if (flags.fromResults) {
      for await (const item of resultItems(inputs, reporter, process.stdin)) {
        if (stopped()) break;
        if (item.kind === 'error') {
          writer.add(item.record, null);
          continue;
        }
        // extract's output has no text: a result is known by its own hash
        const sha256 = sha256Hex(JSON.stringify(item.result));
        if (writer.has(item.result.file, item.result.id, sha256)) continue;
        writer.add(item.result, { characters: null, sha256 });
      }
    } else {
      const input = { ...corpusInput(inputs, flags), types: flags.types };
      const accept = (document: { file: string | null; id: string | null }, sha256: string) => !writer.has(document.file, document.id, sha256);
      for await (const { record, source } of analyzedRecords(input, reporter, process.stdin, { accept })) {
        // a document analyzed when the signal came still goes in
        writer.add(record, source);
        if (stopped()) break;
      }
    }
    writer.finish();
  } catch (error) {
    writer.abandon();
    reporter.note(`cannot write ${database}: ${(error as Error).message.split('\n')[0]} (the batches committed before stay)`);
    return EXIT_SOME_FAILED;
  } finally {
    if (db.isOpen) db.close();
    release(database);
  }
  const { added, skipped, replaced, failed } = writer.counts;
  reporter.note(`${database}: ${added} documents added (${replaced} of them replacing a changed one), ${skipped} already in, ${failed} failed`);
  const signal = stopped();
  if (signal) {
    reporter.note(`stopped by ${signal}: the documents above are in; run the same command again to add the rest`);
    return EXIT_SIGNAL[signal] ?? EXIT_SOME_FAILED;
  }
  return reporter.errors > 0 ? EXIT_SOME_FAILED : EXIT_OK;
}
