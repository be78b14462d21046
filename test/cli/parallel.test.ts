// Beyond one machine with an existing engine: GNU parallel (Debian's `parallel`) runs newsner over
// pieces of a JSONL stream (--pipe) or over a list of files (-S, the same mechanism it uses across
// ssh hosts; ":" is this machine), and `newsner merge` reduces the pieces. The output must be byte
// for byte that of one process, and the merged summary that of `newsner summary`. CI installs
// parallel (.ci/run), so there the test fails rather than skips when it is missing.
import { execFileSync, spawnSync } from 'child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { BIN, newsner, ROOT } from './binary';

const hasParallel = spawnSync('sh', ['-c', 'command -v parallel'], { encoding: 'utf8' }).status === 0;
if (!hasParallel && process.env.CI) {
  throw new Error('GNU parallel is missing: .ci/run installs it (apt-get install -y parallel)');
}
const withParallel = hasParallel ? describe : describe.skip;

/** A shell command line, run from the repository root; `newsner` is the built CLI. */
function shell(command: string, input?: string): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync('bash', ['-c', command], {
    cwd: ROOT,
    input: input ?? '',
    encoding: 'utf8',
    env: { ...process.env, NEWSNER: `${process.execPath} ${BIN}` },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

withParallel('GNU parallel', () => {
  let dir: string;
  let corpus: string;
  let corpusText: string;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'newsner-parallel-'));
    corpus = join(dir, 'corpus.jsonl');
    // 150 invented wire stories, about 40 KB: several --pipe blocks of 4 KB
    const people = ['Clara Voss', 'Tomas Rieger', 'Ines Marlowe', 'Jorge Pell', 'Aiko Brandt'];
    const orgs = ['Acme Corp.', 'the Velmar Port Authority', 'Northwind Bank', 'the Harbor Workers Union'];
    const places = ['Lowton', 'Velmar City', 'Geneva', 'Portsmouth'];
    const lines: string[] = [];
    for (let i = 0; i < 150; i++) {
      const text =
        `${places[i % 4].toUpperCase()}, March ${(i % 28) + 1}, 2024 - ${people[i % 5]}, a spokeswoman for ${orgs[i % 4]}, ` +
        `said on Tuesday that talks with ${people[(i + 2) % 5]} would resume in ${places[(i + 1) % 4]} next week.`;
      lines.push(JSON.stringify({ id: `story-${i}`, text }));
    }
    corpusText = `${lines.join('\n')}\n`;
    writeFileSync(corpus, corpusText);
  });

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('--pipe --keep-order over JSONL: byte-identical to one process', () => {
    const one = shell('$NEWSNER --input-format jsonl -f jsonl --jobs 1', corpusText);
    expect(one.status).toBe(0);
    expect(one.stdout.split('\n')).toHaveLength(151);
    const piped = shell('parallel --pipe --keep-order --block 4k -j 2 $NEWSNER --input-format jsonl -f jsonl --quiet', corpusText);
    expect(piped.stderr).toBe('');
    expect(piped.status).toBe(0);
    expect(piped.stdout).toBe(one.stdout);
  });

  test('--pipe into one file per piece, then newsner merge: the same summary as newsner summary', () => {
    const parts = join(dir, 'parts');
    execFileSync('mkdir', ['-p', parts]);
    const run = shell(`parallel --pipe --block 4k -j 2 '$NEWSNER --input-format jsonl -f jsonl --quiet > ${parts}/part-{#}.jsonl'`, corpusText);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const files = readdirSync(parts).sort((a, b) => Number(a.match(/\d+/)?.[0]) - Number(b.match(/\d+/)?.[0]));
    expect(files.length).toBeGreaterThanOrEqual(5);
    // the pieces in order are the whole output
    const one = shell('$NEWSNER --input-format jsonl -f jsonl --jobs 1', corpusText);
    expect(files.map((file) => readFileSync(join(parts, file), 'utf8')).join('')).toBe(one.stdout);
    // and they reduce to the corpus summary
    const merged = newsner(['merge', '-f', 'json', ...files.map((file) => join(parts, file))]);
    const summary = shell('$NEWSNER summary --input-format jsonl -f json', corpusText);
    expect(merged.status).toBe(0);
    expect(summary.status).toBe(0);
    expect(merged.stdout).toBe(summary.stdout);
    expect(JSON.parse(merged.stdout).documents).toBe(150);
  });

  test('a list of files through --sshlogin (":" is this machine) with --keep-order: the same bytes as one run', () => {
    const files = ['fixtures/corpus/a-detention.txt', 'fixtures/corpus/b-court.txt', 'fixtures/corpus/c-bank.txt', 'fixtures/articles/harbor-strike.txt', 'fixtures/articles/court-ruling.txt'];
    const one = newsner([...files, '-f', 'jsonl']);
    const spread = shell(`printf '%s\\n' ${files.join(' ')} | parallel --sshlogin : --keep-order -n 2 -j 2 $NEWSNER -f jsonl --quiet`);
    expect(spread.stderr).toBe('');
    expect(spread.status).toBe(0);
    expect(spread.stdout).toBe(one.stdout);
  });

  test('--shard as the array index: parallel runs the shards, their outputs in order are the whole output', () => {
    const one = newsner([corpus, 'fixtures/corpus', '-f', 'jsonl', '--jobs', '1']);
    const sharded = shell(`parallel --keep-order -j 2 $NEWSNER ${corpus} fixtures/corpus -f jsonl --jobs 1 --shard {}/4 ::: 1 2 3 4`);
    expect(sharded.stderr).toBe('');
    expect(sharded.status).toBe(0);
    expect(sharded.stdout).toBe(one.stdout);
  });
});
