#!/usr/bin/env node
// Instructions, not seconds: the CLI (`--jobs 1 --quiet --format jsonl`) run under valgrind's
// cachegrind on the bench's corpus (the news texts of ../shared/eval repeated) at a few sizes,
// for this checkout and any others, so two builds can be compared on a loaded or noisy machine
// (CPU seconds there vary by 20% or more for one build; instruction counts by about 2-5%, mostly
// from when background compiles and garbage collections happen). Every thread of the process
// is counted, the compiler's too. Prints each run's total, a fit of fixed + per-MB cost over the
// sizes, and the instructions by kind (optimized code, the compiler, the interpreter and baseline
// code with its inline caches, V8's builtins, garbage collection, JSON and strings, parsing).
//   node scripts/instructions.js [--sizes 0,3,6] [--against ../other-checkout ...] [--parallel 2] [--keep DIR]
// Size 0 is an empty input: start-up alone. valgrind runs node about 50x slower: 6 MB takes
// 10-20 minutes. Needs valgrind (apt-get install valgrind).
'use strict';
const { spawn } = require('child_process');
const { existsSync, mkdtempSync, readFileSync, rmSync } = require('fs');
const os = require('os');
const path = require('path');

// the bench's corpus: the eval texts in turn, one JSONL record each (requiring bench.js runs no bench)
const { loadTexts, writeCorpus } = require('./bench');

/** Kinds of instructions by cachegrind's function name (JIT code has none: "???"). */
function kindOf(fn) {
  if (fn === '???') return 'optimized and JIT code';
  if (/compiler::|turboshaft|maglev/i.test(fn)) return 'compiler';
  if (/Scaveng|Marking|Sweep|Heap::|Evacuat|Compact|Remembered|SlotSet|heap::|cppgc|IterateObjectCache/.test(fn)) return 'garbage collection';
  if (/^Builtins_(.*(Baseline|Interpreter|Bytecode).*|LoadIC|KeyedLoadIC|StoreIC|KeyedStoreIC|DefineNamedOwnIC|LoadGlobalIC.*)$/.test(fn)) return 'interpreter, baseline, ICs';
  if (fn.startsWith('Builtins_')) return 'other builtins';
  if (/Parser|Scanner|Preparse|interpreter::|baseline::|Ast/.test(fn)) return 'parsing, bytecode';
  if (/Json|Utf8|String/.test(fn)) return 'JSON, strings';
  return 'other';
}

/** Instructions by function from a cachegrind out file (lines "fn=NAME" then "LINE COUNT"). */
function byKind(file) {
  const kinds = {};
  let kind = 'other';
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (line.startsWith('fn=')) kind = kindOf(line.slice(3));
    else if (/^\d+ \d+$/.test(line)) kinds[kind] = (kinds[kind] || 0) + Number(line.slice(line.indexOf(' ') + 1));
  }
  return kinds;
}

function cachegrind(build, corpus, outFile) {
  const args = ['--tool=cachegrind', '--cache-sim=no', '--smc-check=all-non-file', `--cachegrind-out-file=${outFile}`];
  args.push(process.execPath, path.join(build, 'bin', 'newsner.js'), corpus, '--jobs', '1', '--quiet', '--format', 'jsonl');
  return new Promise((resolve, reject) => {
    const child = spawn('valgrind', args, { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (status) => {
      const refs = /I\s+refs:\s+([\d,]+)/.exec(stderr);
      if (status !== 0 || !refs) reject(new Error(`cachegrind of ${build} on ${corpus} failed (${status}): ${stderr.slice(-500)}`));
      else resolve({ total: Number(refs[1].replace(/,/g, '')), kinds: byKind(outFile) });
    });
  });
}

/** Least squares of instructions against MB: the fixed cost and the cost per MB. */
function fit(points) {
  const n = points.length;
  const mx = points.reduce((s, p) => s + p.mb, 0) / n;
  const my = points.reduce((s, p) => s + p.total, 0) / n;
  const sxx = points.reduce((s, p) => s + (p.mb - mx) ** 2, 0);
  const slope = sxx === 0 ? 0 : points.reduce((s, p) => s + (p.mb - mx) * (p.total - my), 0) / sxx;
  return { fixed: my - slope * mx, perMb: slope };
}

async function main(argv) {
  const values = (flag) => argv.flatMap((arg, i) => (arg === flag ? [argv[i + 1]] : []));
  const sizes = (values('--sizes')[0] ?? '0,3,6').split(',').map(Number);
  const parallel = Number(values('--parallel')[0] ?? '1');
  const builds = [path.resolve(__dirname, '..'), ...values('--against').map((dir) => path.resolve(dir))];
  for (const build of builds) if (!existsSync(path.join(build, 'dist', 'cli', 'main.js'))) throw new Error(`${build} is not built`);
  const keep = values('--keep')[0];
  const dir = keep ? path.resolve(keep) : mkdtempSync(path.join(os.tmpdir(), 'newsner-instructions-'));
  try {
    const corpora = sizes.map((mb) => ({ mb, file: path.join(dir, `corpus-${mb}.jsonl`) }));
    const texts = loadTexts(1);
    for (const corpus of corpora) corpus.mb = writeCorpus(corpus.file, texts, corpus.mb) / 1e6;
    const jobs = builds.flatMap((build, b) => corpora.map((corpus, c) => ({ build, corpus, out: path.join(dir, `cachegrind-${b}-${c}.out`) })));
    const results = new Map();
    let next = 0;
    const worker = async () => {
      while (next < jobs.length) {
        const job = jobs[next++];
        process.stderr.write(`cachegrind: ${job.build}, ${job.corpus.mb.toFixed(1)} MB\n`);
        results.set(job, await cachegrind(job.build, job.corpus.file, job.out));
      }
    };
    await Promise.all(Array.from({ length: Math.max(1, parallel) }, worker));
    const g = (x) => (x / 1e9).toFixed(3);
    const first = builds[0];
    const firstFit = fit(jobs.filter((job) => job.build === first).map((job) => ({ mb: job.corpus.mb, total: results.get(job).total })));
    for (const build of builds) {
      const mine = jobs.filter((job) => job.build === build);
      const points = mine.map((job) => ({ mb: job.corpus.mb, total: results.get(job).total }));
      const line = fit(points);
      console.log(`${build}: ${points.map((p) => `${p.mb.toFixed(1)} MB ${g(p.total)}e9`).join(', ')}`);
      const ratio = build === first ? '' : ` (this checkout: ${g(firstFit.fixed)}e9 + ${g(firstFit.perMb)}e9 per MB)`;
      if (points.length > 1) console.log(`  fitted: ${g(line.fixed)}e9 fixed + ${g(line.perMb)}e9 per MB${ratio}`);
      const kinds = [...new Set(mine.flatMap((job) => Object.keys(results.get(job).kinds)))].sort();
      for (const kind of kinds) console.log(`  ${kind.padEnd(28)}${mine.map((job) => g(results.get(job).kinds[kind] || 0).padStart(9)).join('')}`);
    }
  } finally {
    if (!keep) rmSync(dir, { recursive: true, force: true });
  }
}

main(process.argv.slice(2)).catch((error) => {
  process.stderr.write(`${error.message}\n`);
  process.exit(1);
});
