// The command-line program: commander wiring only; each command lives in its own file.
import { Command } from 'commander';
import { registerEval } from './eval';

export function buildProgram(): Command {
  const program = new Command('newsner');
  program.description('People, organizations, places and dates in news text');
  registerEval(program);
  return program;
}

export function main(argv: string[]): void {
  buildProgram().parseAsync(argv).catch((error: unknown) => {
    process.stderr.write(`newsner: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  });
}
