// `newsner eval GOLD...`: score newsner on gold files (the JSONL of ../shared/eval, or CoNLL BIO).

import { Command, InvalidArgumentError } from 'commander';
import { GoldType, GOLD_TYPES } from '../eval/gold';
import type { FileResult } from '../eval/run';

function parseGoldTypes(value: string): GoldType[] {
  const types = value.split(',').map((t) => t.trim().toUpperCase());
  const aliases: Record<string, GoldType> = { ORG: 'ORGANIZATION', PER: 'PERSON', LOC: 'PLACE' };
  return types.map((t) => {
    const type = (aliases[t] ?? t) as GoldType;
    if (!GOLD_TYPES.includes(type)) throw new InvalidArgumentError(`unknown type "${t}" (person, organization, place, date)`);
    return type;
  });
}

export function registerEval(program: Command): void {
  program
    .command('eval')
    .description('score newsner on gold-annotated files (JSONL as in ../shared/eval, or CoNLL-2003 BIO)')
    .argument('<gold...>', 'gold files')
    .option('--format <format>', 'table or json', 'table')
    .option('--types <types>', 'score only these types (comma-separated)', parseGoldTypes)
    .option('--errors', 'list false positives, false negatives, boundary and value errors with their context, by type')
    .option('--skip-unannotated', 'leave out documents with no annotated span at all (parts of OntoNotes have no name layer; a document with nothing to annotate goes too)')
    .addHelpText('after', '\nExamples:\n  newsner eval ../shared/eval/conll2003-dev.jsonl\n  newsner eval ../shared/eval/tempeval3-train.jsonl --types date --errors > errors.tsv\n  npm run eval')
    .action(async (files: string[], options: { format: string; types?: GoldType[]; errors?: boolean; skipUnannotated?: boolean }) => {
      if (options.format !== 'table' && options.format !== 'json') {
        program.error(`newsner: unknown eval format "${options.format}" (table, json)`, { exitCode: 2 });
      }
      // loaded when the command runs: `newsner --help` must not pay for the pipeline
      const { evaluateFile } = await import('../eval/run');
      const { formatErrors, formatEvalTable } = await import('../eval/report');
      const results: FileResult[] = [];
      for (const file of files) {
        try {
          results.push(evaluateFile(file, { types: options.types, errors: options.errors, skipUnannotated: options.skipUnannotated }));
        } catch (error) {
          const message = error instanceof Error ? error.message : String(error);
          program.error(`newsner: cannot evaluate ${file}: ${message.split('\n')[0]}`, { exitCode: 2 });
        }
      }
      if (options.format === 'json') {
        process.stdout.write(JSON.stringify(results, null, 2) + '\n');
        return;
      }
      process.stdout.write(formatEvalTable(results));
      if (options.errors) process.stdout.write('\n' + formatErrors(results));
    });
}
