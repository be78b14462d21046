// The command-line program: commander wiring only; each command lives in its own file and loads
// the pipeline (and its lexicons) only when it runs, so --help and --version answer at once.
// Usage errors are one line on stderr with exit code 2; nothing ever prints a stack trace
// (set NEWSNER_DEBUG=1 to see one).

import { readFileSync } from 'fs';
import { join } from 'path';
import { Command, CommanderError } from 'commander';
import { registerDb } from './db';
import { registerEval } from './eval';
import { registerExtract } from './extract';
import { registerGraph } from './graph';
import { registerMerge } from './merge';
import { registerSummary } from './summary';
import { registerTimeline } from './timeline';
import { registerProjectOption } from '../config/register';
import { EXTRACT_EXAMPLES } from './help';
import { EXIT_SOME_FAILED, EXIT_USAGE } from './exit-codes';
import { oneLine } from './reporter';

export function version(): string {
  // dist/cli/main.js and src/cli/main.ts are both two levels below package.json
  return (JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8')) as { version: string }).version;
}

export function buildProgram(): Command {
  const program = new Command('newsner');
  program
    .description('People, organizations, places and dates in news text')
    .version(version(), '-V, --version')
    .exitOverride()
    .configureOutput({
      // commander's "error: unknown option '--x'\n(Did you mean --y?)" as one line
      outputError: (message, write) =>
        write(`newsner: ${oneLine(message.replace(/^error: /, '').trim().replace(/\n/g, ' '))} (see newsner --help)\n`),
    })
    .showSuggestionAfterError(true)
    .addHelpText('after', EXTRACT_EXAMPLES);
  registerExtract(program);
  registerSummary(program);
  registerMerge(program);
  registerGraph(program);
  registerDb(program);
  registerTimeline(program);
  registerEval(program);
  registerProjectOption(program);
  return program;
}

function debugging(): boolean {
  return Boolean(process.env.NEWSNER_DEBUG);
}

/** Last resort: an error nobody caught still ends as one line, not a stack trace. */
function reportCrash(error: unknown): void {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`newsner: internal error: ${oneLine(message.split('\n')[0])}\n`);
  if (debugging() && error instanceof Error && error.stack) process.stderr.write(`${error.stack}\n`);
  process.exitCode = EXIT_SOME_FAILED;
}

export function main(argv: string[]): void {
  // a closed stderr (`2>&-`, a dead terminal) must not crash the run
  process.stderr.on('error', () => undefined);
  process.on('uncaughtException', (error: NodeJS.ErrnoException) => {
    // the reader of --version or --help (text written before the output writer, which handles its
    // own stream errors, takes over) went away, as `newsner --help | head -5` does: stop quietly
    if (error.code === 'EPIPE' && error.syscall === 'write') process.exit(process.exitCode ?? 0);
    reportCrash(error);
    process.exit(EXIT_SOME_FAILED);
  });
  // `newsner --version` answers before any command module (and what it imports) is loaded
  const args = argv.slice(2);
  if (args.length === 1 && (args[0] === '--version' || args[0] === '-V')) {
    process.stdout.write(`${version()}\n`);
    return;
  }
  buildProgram()
    .parseAsync(argv)
    .catch((error: unknown) => {
      if (error instanceof CommanderError) {
        // --help and --version "fail" with exit code 0; every other commander error is a usage error
        process.exitCode = error.exitCode === 0 ? 0 : EXIT_USAGE;
        return;
      }
      reportCrash(error);
    });
}
