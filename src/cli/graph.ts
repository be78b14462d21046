// `newsner graph [paths...]`: who appears with whom. Co-occurrence edges between entities, by
// sentence (default) or by document, with counts and an example sentence: a CSV edge list, or GEXF
// / GraphML for Gephi, or JSON. Same inputs as extract; --from-results reads extract's JSONL output.

import { withoutVague } from '../dates/vague';
import { Command, InvalidArgumentError, Option } from 'commander';
import { EntityType } from '../model';
import { DEFAULT_GRAPH_TYPES, GraphFormat, GRAPH_FORMATS, GraphLevel, GRAPH_LEVELS } from '../corpus/choices';
import { CSV_RAW_HELP } from '../output/csv-cells';
import { OutputWriter } from '../output/writer';
import { addDocumentOptions, analyzedResults, corpusInput, DocumentFlags, resultsFromJsonl } from './corpus-input';
import { EXIT_OK, EXIT_SOME_FAILED } from './exit-codes';
import { parseTypes } from './options';
import { Reporter } from './reporter';
import { inputsOrStdin } from './options';

interface GraphFlags extends DocumentFlags {
  format: GraphFormat | 'html';
  level: GraphLevel;
  minWeight: number;
  types?: EntityType[];
  fromResults?: boolean;
  csvRaw?: boolean;
  vague?: boolean;
}

function parseMinWeight(value: string): number {
  if (!/^\d+$/.test(value) || Number(value) < 1) throw new InvalidArgumentError('Expected a whole number, 1 or more.');
  return Number(value);
}

const GRAPH_EXAMPLES = `
Examples:
  newsner graph articles/ > edges.csv                  source,target,...,weight,sentences,documents,example,file
  newsner graph articles/ --format gexf > corpus.gexf  open in Gephi
  newsner graph articles/ --level document --min-weight 2 --types person,organization
  newsner graph --from-results r1.jsonl r2.jsonl --format graphml
  newsner graph articles/ --format html > graph.html    interactive network, opens offline

Weight: the number of sentences naming both (--level sentence, the default), or of documents
naming both (--level document). Dates are left out unless asked for with --types.`;

export function registerGraph(program: Command): void {
  const command = program
    .command('graph')
    .description('co-occurrence graph of entities (same sentence or same document) as CSV, GEXF, GraphML, JSON or an interactive HTML page')
    .argument('[paths...]', 'files, directories (searched for .txt .text .md files) or - for stdin')
    .addOption(new Option('-f, --format <format>', 'output format').choices([...GRAPH_FORMATS, 'html']).default('csv'))
    .addOption(new Option('--level <level>', 'what counts as appearing together').choices(GRAPH_LEVELS).default('sentence'))
    .option('--min-weight <n>', 'leave out edges with a smaller weight', parseMinWeight, 1)
    .option('-t, --types <types>', `entity types in the graph (default: ${DEFAULT_GRAPH_TYPES.join(',')})`, parseTypes)
    .option('--from-results', 'the inputs are extract --format jsonl (or json) output, not documents')
    .option('--csv-raw', CSV_RAW_HELP)
    .option('--vague', 'with dates in --types: vague dates too ("the past", "these days")');
  addDocumentOptions(command)
    .addHelpText('after', GRAPH_EXAMPLES)
    .action(async (paths: string[], flags: GraphFlags, cmd: Command) => {
      const inputs = inputsOrStdin(paths, cmd);
      // loaded when the command runs: every other command registers this one and never needs them
      const { formatGraph } = await import('../corpus/format-graph');
      const { formatGraphHtml } = await import('../corpus/graph-html');
      const { NodeSentences } = await import('../corpus/node-sentences');
      const { GraphBuilder, MAX_ENTITIES_PER_GROUP } = await import('../corpus/graph');
      const reporter = new Reporter(process.stderr);
      const results = flags.fromResults
        ? resultsFromJsonl(inputs, reporter, process.stdin)
        : analyzedResults(corpusInput(inputs, flags), reporter, process.stdin);
      const builder = new GraphBuilder({ level: flags.level, types: flags.types });
      // html: the page shows each node's sentences, collected on the way
      const sentences = flags.format === 'html' ? new NodeSentences(flags.types ?? DEFAULT_GRAPH_TYPES) : null;
      for await (const found of results) {
        const result = flags.vague ? found : withoutVague(found);
        builder.add(result);
        sentences?.add(result);
      }
      if (builder.skippedSentences + builder.skippedDocuments > 0) {
        const what = [
          builder.skippedSentences ? `${builder.skippedSentences} sentence(s)` : '',
          builder.skippedDocuments ? `${builder.skippedDocuments} document(s)` : '',
        ].filter(Boolean).join(' and ');
        reporter.note(`warning: ${what} naming more than ${MAX_ENTITIES_PER_GROUP} entities left out of the edges (lists, not prose)`);
      }
      const writer = new OutputWriter(process.stdout);
      const graph = builder.result({ minWeight: flags.minWeight });
      sentences?.joinRows((key) => builder.rowKey(key));
      await writer.write(flags.format === 'html' ? formatGraphHtml(graph, sentences) : formatGraph(graph, flags.format, flags.csvRaw));
      if (writer.failure) {
        reporter.note(`cannot write output: ${writer.failure.message.split('\n')[0]}`);
        process.exitCode = EXIT_SOME_FAILED;
        return;
      }
      process.exitCode = reporter.errors > 0 ? EXIT_SOME_FAILED : EXIT_OK;
    });
}
