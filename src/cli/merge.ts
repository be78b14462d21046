// `newsner merge RESULTS.jsonl...`: the summary of a corpus from extract's JSONL output, the reduce
// step of a sharded run (`newsner extract shard1/ --format jsonl > r1.jsonl` on one machine, ... then
// `newsner merge r*.jsonl`). Same builder as summary, so on the same documents the two agree.

import { Command } from 'commander';
import { resultsFromJsonl } from './corpus-input';
import { Reporter } from './reporter';
import { addSummaryOptions, runSummary, SummaryFlags } from './summary';
import { inputsOrStdin } from './options';

const MERGE_EXAMPLES = `
Examples:
  newsner extract part1/ --format jsonl > r1.jsonl
  newsner extract part2/ --format jsonl > r2.jsonl
  newsner merge r1.jsonl r2.jsonl                 the same table as newsner summary part1/ part2/
  cat r*.jsonl | newsner merge --format csv > entities.csv`;

export function registerMerge(program: Command): void {
  const command = program
    .command('merge')
    .description('the summary table built from extract --format jsonl output (files or stdin)')
    .argument('[results...]', 'JSONL files written by newsner extract --format jsonl, or - for stdin');
  addSummaryOptions(command)
    .addHelpText('after', MERGE_EXAMPLES)
    .action(async (paths: string[], flags: SummaryFlags, cmd: Command) => {
      const inputs = inputsOrStdin(paths, cmd);
      const reporter = new Reporter(process.stderr);
      process.exitCode = await runSummary(resultsFromJsonl(inputs, reporter, process.stdin), flags, reporter);
    });
}
