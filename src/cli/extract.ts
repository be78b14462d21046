// `newsner extract [paths...]`, also the default command (`newsner article.txt`).

import { Command, Option } from 'commander';
import { EntityType } from '../model';
import { CSV_RAW_HELP } from '../output/csv-cells';
import { FORMAT_NAMES, FormatName } from '../output/formatter';
import { INPUT_FORMATS, InputFormat } from '../input/types';
import { EXIT_USAGE } from './exit-codes';
import { EXTRACT_EXAMPLES } from './help';
import { inputsOrStdin, parseJobs, parseRefDate, parseShard, parseTimeLimit, parseTypes, wantsColor } from './options';
import { defaultJobPlan } from './default-jobs';
import { WorkerKind } from '../run/worker-pool';
import type { Shard } from '../run/shard';

interface ExtractFlags {
  format?: FormatName;
  types?: EntityType[];
  inputFormat?: InputFormat;
  refDate?: string;
  jobs?: number;
  timeLimit: number;
  quiet?: boolean;
  vague?: boolean;
  /** false with --no-sentences */
  sentences: boolean;
  shard?: Shard;
  workerKind?: WorkerKind;
  saveText?: string;
  csvRaw?: boolean;
}

/** Seconds a single document may take before it becomes an error record (--time-limit). */
export const DEFAULT_TIME_LIMIT_SECONDS = 60;

export function registerExtract(program: Command): void {
  program
    .command('extract', { isDefault: true })
    .description('find people, organizations, places and dates in files, directories or stdin (the default command)')
    .argument('[paths...]', 'files, directories (searched for .txt .text .md .html .htm .pdf .docx .eml .mbox files) or - for stdin')
    .addOption(
      new Option('-f, --format <format>', 'output format (default: table on a terminal, json otherwise)').choices(
        FORMAT_NAMES,
      ),
    )
    .option('-t, --types <types>', 'only these types, comma-separated: person,organization,place,date', parseTypes)
    .addOption(
      new Option(
        '--input-format <format>',
        'how to read inputs (default: by extension, then by content; text otherwise)',
      ).choices(INPUT_FORMATS),
    )
    .option('--save-text <dir>', 'write the text read from web pages, PDFs, .docx and e-mail into <dir> (the offsets index it; each record names its file)')
    .option('--ref-date <YYYY-MM-DD>', 'date that relative dates ("on Tuesday") are resolved against', parseRefDate)
    .option('-j, --jobs <n>', 'documents analyzed at once, in worker threads (default: the number of CPUs for a directory, JSONL or more than 4 files, this process being one of them, workers only on cores other processes leave free; 1 otherwise)', parseJobs)
    .addOption(
      new Option('--time-limit <seconds>', 'a document that takes longer becomes an error record (0: no limit)')
        .argParser(parseTimeLimit)
        .default(DEFAULT_TIME_LIMIT_SECONDS * 1000, `${DEFAULT_TIME_LIMIT_SECONDS}`),
    )
    .option(
      '--shard <i/n>',
      'only the i-th of n equal slices of the documents, for array jobs (the n outputs concatenated in order are the whole output)',
      parseShard,
    )
    .option('--csv-raw', CSV_RAW_HELP)
    .option('-q, --quiet', 'no progress bar and no summary line on stderr (errors are still reported)')
    .option('--vague', 'table, text and html show vague dates too ("the past", "these days", "three years"); JSON, JSONL and CSV always have them')
    .option('--no-sentences', "leave out each mention's sentence text (smaller, faster output for scripts)")
    .addOption(new Option('--worker-kind <kind>', 'workers as threads or child processes').choices(['thread', 'process']).hideHelp())
    .addHelpText('after', EXTRACT_EXAMPLES)
    .action(async (paths: string[], flags: ExtractFlags, command: Command) => {
      const inputs = inputsOrStdin(paths, command);
      if (flags.shard && inputs.includes('-')) {
        command.error('--shard needs named files or directories (a stream has no count to split: use GNU parallel --pipe)', {
          exitCode: EXIT_USAGE,
          code: 'newsner.shardStdin',
        });
      }
      // loaded when the command runs: --help stays instant
      const { runExtract } = await import('./run-extract');
      const outcome = await runExtract(
        {
          paths: inputs,
          inputFormat: flags.inputFormat,
          format: flags.format ?? (process.stdout.isTTY ? 'table' : 'json'),
          color: wantsColor(process.env, process.stdout.isTTY === true),
          csvRaw: flags.csvRaw === true,
          vague: flags.vague,
          document: { refDate: flags.refDate ?? null, types: flags.types, ...(flags.sentences === false ? { sentences: false } : {}) },
          ...(flags.jobs !== undefined ? { jobs: flags.jobs } : defaultJobPlan(inputs, flags.inputFormat)),
          timeLimitMs: flags.timeLimit > 0 ? flags.timeLimit : null,
          workerKind: flags.workerKind,
          shard: flags.shard,
          saveTextDir: flags.saveText ?? null,
          progress: process.stderr.isTTY === true && !flags.quiet ? { bar: process.stdout.isTTY !== true } : null,
        },
        { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, stdoutFd: 1 },
      );
      if (outcome.outputClosed) process.exit(outcome.exitCode);
      process.exitCode = outcome.exitCode;
    });
}
