// On a terminal: the table is the default and coloured; no paths and no piped input is a usage
// error. A terminal is made with util-linux `script` (in Debian's essential bsdutils).
import { spawnSync } from 'child_process';
import { BIN, ROOT } from './binary';

const hasScript = spawnSync('script', ['--version']).status === 0;
const onTerminal = hasScript ? test : test.skip;

function inTerminal(args: string, env: NodeJS.ProcessEnv = {}): { output: string; status: number | null } {
  const command = `"${process.execPath}" "${BIN}" ${args}; echo "exit=$?"`;
  const environment = { ...process.env, ...env };
  delete environment.FORCE_COLOR;
  if (!('NO_COLOR' in env)) delete environment.NO_COLOR;
  const result = spawnSync('script', ['-qec', command, '/dev/null'], { cwd: ROOT, encoding: 'utf8', env: environment });
  return { output: withoutSlowRunSummary(result.stdout.replace(/\r\n/g, '\n')), status: result.status };
}

/**
 * A run of a second or more ends with a summary line on the terminal's stderr, which `script` mixes
 * into the output; a loaded machine may take that long for any of these runs, so the line (and only
 * that exact line) is taken out before the output is compared.
 */
function withoutSlowRunSummary(output: string): string {
  return output.replace(/^newsner: \d+ documents?, \d+ entit(?:y|ies), \d+ errors? in [\d.]+ s\n/m, '');
}

onTerminal('a terminal gets the coloured table by default', () => {
  const { output } = inTerminal('fixtures/bad/empty.txt');
  expect(output).toBe('\u001b[1mfixtures/bad/empty.txt\u001b[22m\n\u001b[2mno entities found\u001b[22m\nexit=0\n');
});

onTerminal('NO_COLOR turns the colour off, even on a terminal', () => {
  const { output } = inTerminal('fixtures/bad/empty.txt', { NO_COLOR: '1' });
  expect(output).toBe('fixtures/bad/empty.txt\nno entities found\nexit=0\n');
});

onTerminal('no paths and stdin is a terminal: a usage error, exit 2', () => {
  const { output } = inTerminal('');
  expect(output).toBe('newsner: no input: name files or directories, or pipe text in (see newsner --help)\nexit=2\n');
});

onTerminal.each(['summary', 'graph', 'merge'])('%s with no paths on a terminal: the same usage error, the hint once', (command) => {
  const { output } = inTerminal(command);
  expect(output).toBe('newsner: no input: name files or directories, or pipe text in (see newsner --help)\nexit=2\n');
});
