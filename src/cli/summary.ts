// `newsner summary [paths...]`: one table across all documents: who, how often, in how many
// documents, under which names, with one example sentence, and the spelling variants a person
// should decide on. Same inputs as extract. `newsner merge` (merge.ts) prints the same from
// extract's JSONL output.

import { Command, InvalidArgumentError, Option } from 'commander';
import { activeProject } from '../config/active';
import { DocumentResult, EntityType } from '../model';
import type { SummaryOutput } from '../corpus/format-summary';
import { SORT_KEYS, SortKey, SummaryFormat, SUMMARY_FORMATS } from '../corpus/choices';
import { CSV_RAW_HELP } from '../output/csv-cells';
import { OutputWriter } from '../output/writer';
import { withoutVague } from '../dates/vague';
import { addDocumentOptions, analyzedResults, corpusInput, DocumentFlags } from './corpus-input';
import { EXIT_OK, EXIT_SOME_FAILED } from './exit-codes';
import { inputsOrStdin, parseTypes, wantsColor } from './options';
import { Reporter } from './reporter';

export interface SummaryFlags {
  format?: SummaryFormat;
  types?: EntityType[];
  sort?: SortKey;
  top?: number;
  suggestions?: boolean;
  csvRaw?: boolean;
  vague?: boolean;
}

export function parseTop(value: string): number {
  if (!/^\d+$/.test(value) || Number(value) < 1) throw new InvalidArgumentError('Expected a whole number of rows, 1 or more.');
  return Number(value);
}

/** The output options summary and merge share. */
export function addSummaryOptions(command: Command): Command {
  return command
    .addOption(new Option('-f, --format <format>', 'output format (default: table on a terminal, json otherwise)').choices(SUMMARY_FORMATS))
    .option('-t, --types <types>', 'only these types, comma-separated: person,organization,place,date', parseTypes)
    .addOption(new Option('--sort <key>', 'order of the rows').choices(SORT_KEYS).default('count'))
    .option('--top <n>', 'only the first N rows', parseTop)
    .option('--suggestions', 'with --format csv: the variant suggestions instead of the entities')
    .option('--csv-raw', CSV_RAW_HELP)
    .option('--vague', 'count vague dates too ("the past", "these days")');
}

/** Build the summary from DocumentResults and print it; returns the exit code. */
export async function runSummary(results: AsyncIterable<DocumentResult>, flags: SummaryFlags, reporter: Reporter): Promise<number> {
  // loaded when summary or merge runs: every other command registers them and never needs these
  const { formatSuggestionsCsv, formatSummaryCsv, formatSummaryJson, formatSummaryTable } = await import('../corpus/format-summary');
  const { SummaryBuilder } = await import('../corpus/summary');
  const { suggestVariants } = await import('../corpus/variants');
  const builder = new SummaryBuilder();
  for await (const result of results) builder.add(flags.vague ? result : withoutVague(result));
  const entities = builder.result({ types: flags.types, sort: flags.sort, top: flags.top });
  // suggestions look at every row of the wanted types, not only the top N
  const allRows = flags.top === undefined ? entities : builder.result({ types: flags.types });
  const output: SummaryOutput = { documents: builder.documentCount, entities, suggestions: suggestVariants(allRows, activeProject()) };
  const format = flags.format ?? (process.stdout.isTTY ? 'table' : 'json');
  let text: string;
  if (format === 'json') text = formatSummaryJson(output);
  else if (format === 'csv') text = flags.suggestions ? formatSuggestionsCsv(output, flags.csvRaw) : formatSummaryCsv(output, flags.csvRaw);
  else text = formatSummaryTable(output, wantsColor(process.env, process.stdout.isTTY === true), activeProject()?.project.file ?? undefined);
  const writer = new OutputWriter(process.stdout);
  await writer.write(text);
  if (writer.failure) {
    reporter.note(`cannot write output: ${writer.failure.message.split('\n')[0]}`);
    return EXIT_SOME_FAILED;
  }
  return reporter.errors > 0 ? EXIT_SOME_FAILED : EXIT_OK;
}

const SUMMARY_EXAMPLES = `
Examples:
  newsner summary articles/                       every entity of every article, most mentioned first
  newsner summary articles/ --types person --top 20
  newsner summary records.jsonl --format csv > entities.csv
  newsner summary articles/ --format csv --suggestions > variants.csv

Spelling variants across documents ("Massimov" / "Masimov") are never merged: they are listed with
the reason, and a confirmed merge goes into newsner.json (see docs/corpus.md).`;

export function registerSummary(program: Command): void {
  const command = program
    .command('summary')
    .description('one table across all documents: entities, mentions, documents, aliases, an example; variant suggestions')
    .argument('[paths...]', 'files, directories (searched for .txt .text .md files) or - for stdin');
  addDocumentOptions(addSummaryOptions(command))
    .addHelpText('after', SUMMARY_EXAMPLES)
    .action(async (paths: string[], flags: SummaryFlags & DocumentFlags, cmd: Command) => {
      const inputs = inputsOrStdin(paths, cmd);
      const reporter = new Reporter(process.stderr);
      const results = analyzedResults(corpusInput(inputs, flags), reporter, process.stdin);
      process.exitCode = await runSummary(results, flags, reporter);
    });
}
