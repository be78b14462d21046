// `newsner timeline [paths...]`: what happened when, according to these documents. Every date that
// resolves to a calendar value, in chronological order, the same date from many documents as one
// entry, each mention with its sentence, its document and the names in that sentence. Same inputs
// as extract; --from-results reads extract's JSONL output.

import { Command, InvalidArgumentError, Option } from 'commander';
import { CSV_RAW_HELP } from '../output/csv-cells';
import { addDocumentOptions, analyzedResults, corpusInput, DocumentFlags, resultsFromJsonl } from './corpus-input';
import { EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE } from './exit-codes';
import { parseBound } from '../timeline/placement';
import { inputsOrStdin, wantsColor } from './options';
import { Reporter } from './reporter';

interface TimelineFlags extends DocumentFlags {
  format?: 'table' | 'csv' | 'json' | 'jsonl' | 'html';
  csvRaw?: boolean;
  from?: string;
  to?: string;
  vague?: boolean;
  fromResults?: boolean;
}

const TIMELINE_EXAMPLES = `
Examples:
  newsner timeline articles/                               a table on a terminal, JSON when piped
  newsner timeline articles/ --from 2023 --to 2024-03      only dates that overlap 2023-01-01 .. 2024-03-31
  newsner timeline records.jsonl --ref-date 2024-02-28 -f csv > timeline.csv
  newsner timeline --from-results r1.jsonl r2.jsonl -f jsonl
  newsner timeline articles/ --format html > timeline.html  a page: a date opens its sentences, a name filters the line

A date completed from the reference date or from the story ("on Tuesday", "the day before") says
what it was inferred from. Relative dates in documents without a reference date are listed apart;
vague ones ("the past", "these days") only with --vague.`;

function bound(edge: 'from' | 'to') {
  return (value: string): string => {
    const day = parseBound(value, edge);
    if (day === null) throw new InvalidArgumentError('Expected YYYY, YYYY-MM or YYYY-MM-DD.');
    return day;
  };
}

export function registerTimeline(program: Command): void {
  const command = program
    .command('timeline')
    .description('the dates of one or many documents in chronological order, with their sentences, documents and the names around them')
    .argument('[paths...]', 'files, directories (searched for .txt .text .md files) or - for stdin')
    .addOption(new Option('-f, --format <format>', 'output format (default: table on a terminal, json otherwise)').choices(['table', 'csv', 'json', 'jsonl', 'html']))
    .option('--from <date>', 'leave out dates that end before this day, month or year (YYYY[-MM[-DD]])', bound('from'))
    .option('--to <date>', 'leave out dates that start after this day, month or year (YYYY[-MM[-DD]])', bound('to'))
    .option('--vague', 'list vague dates ("the past", "these days") apart, too')
    .option('--from-results', 'the inputs are extract --format jsonl (or json) output, not documents')
    .option('--csv-raw', CSV_RAW_HELP);
  addDocumentOptions(command)
    .addHelpText('after', TIMELINE_EXAMPLES)
    .action(async (paths: string[], flags: TimelineFlags, cmd: Command) => {
      const inputs = inputsOrStdin(paths, cmd);
      const reporter = new Reporter(process.stderr);
      if (flags.from && flags.to && flags.from > flags.to) {
        cmd.error('--from is after --to', { exitCode: EXIT_USAGE, code: 'newsner.timelineBounds' });
      }
      const { TimelineBuilder } = await import('../timeline/build');
      const { formatTimelineCsv, formatTimelineJson, formatTimelineJsonl, formatTimelineTable } = await import('../timeline/format');
      const { formatTimelineHtml } = await import('../timeline/page');
      const { OutputWriter } = await import('../output/writer');
      const results = flags.fromResults ? resultsFromJsonl(inputs, reporter, process.stdin) : analyzedResults(corpusInput(inputs, flags), reporter, process.stdin);
      const builder = new TimelineBuilder();
      for await (const result of results) builder.add(result);
      const timeline = builder.result({ from: flags.from, to: flags.to, vague: flags.vague });
      const format = flags.format ?? (process.stdout.isTTY ? 'table' : 'json');
      const text =
        format === 'csv' ? formatTimelineCsv(timeline, flags.csvRaw === true)
        : format === 'json' ? formatTimelineJson(timeline)
        : format === 'jsonl' ? formatTimelineJsonl(timeline)
        : format === 'html' ? formatTimelineHtml(timeline)
        : formatTimelineTable(timeline, wantsColor(process.env, process.stdout.isTTY === true));
      const writer = new OutputWriter(process.stdout);
      await writer.write(text);
      if (writer.failure) {
        reporter.note(`cannot write output: ${writer.failure.message.split('\n')[0]}`);
        process.exitCode = EXIT_SOME_FAILED;
        return;
      }
      process.exitCode = reporter.errors > 0 ? EXIT_SOME_FAILED : EXIT_OK;
    });
}
