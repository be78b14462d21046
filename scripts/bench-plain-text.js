#!/usr/bin/env node
// Plain text must not get slower for the document formats: two builds of the CLI side by side on
// the same folder of plain-text news files, interleaved, median of N runs, as ratios of wall time
// and peak RSS (workers included: they are threads).
//   node scripts/bench-plain-text.js BASE_CHECKOUT FOLDER [--runs N] [--jobs J]
// BASE_CHECKOUT is another built checkout (e.g. `git archive <commit> | tar -x`, then npm run build);
// this checkout is the other contender. Output is discarded; only time and memory are compared.
'use strict';
const { spawnSync } = require('child_process');
const { mkdtempSync, readFileSync, rmSync } = require('fs');
const os = require('os');
const path = require('path');

function flag(name, fallback) {
  const at = process.argv.indexOf(name);
  return at === -1 ? fallback : Number(process.argv[at + 1]);
}

function runOnce(checkout, folder, jobs, rssFile) {
  const started = process.hrtime.bigint();
  const result = spawnSync(
    process.execPath,
    ['-r', path.join(__dirname, 'bench.js'), path.join(checkout, 'bin', 'newsner.js'), folder, '-f', 'jsonl', '--jobs', String(jobs), '-q'],
    { env: { ...process.env, NEWSNER_BENCH_RSS: rssFile }, stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 26 },
  );
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (result.status !== 0) throw new Error(`${checkout}: exit ${result.status}: ${result.stderr}`);
  return { seconds, rssMb: Number(readFileSync(rssFile, 'utf8')) };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

function main() {
  const [base, folder] = process.argv.slice(2);
  if (!base || !folder) throw new Error('usage: bench-plain-text.js BASE_CHECKOUT FOLDER [--runs N] [--jobs J]');
  const runs = flag('--runs', 5);
  const jobs = flag('--jobs', 1);
  const here = path.resolve(__dirname, '..');
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'newsner-bench-'));
  const results = { base: [], here: [] };
  try {
    for (let i = 0; i < runs; i++) {
      // interleaved, alternating which goes first, so drift hits both alike
      const order = i % 2 === 0 ? ['base', 'here'] : ['here', 'base'];
      for (const which of order) results[which].push(runOnce(which === 'base' ? base : here, folder, jobs, path.join(tmp, 'rss')));
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  const summary = {};
  for (const which of ['base', 'here']) {
    summary[which] = { seconds: median(results[which].map((r) => r.seconds)), rssMb: median(results[which].map((r) => r.rssMb)) };
  }
  console.log(JSON.stringify({ runs, jobs, ...summary, timeRatio: summary.here.seconds / summary.base.seconds, rssRatio: summary.here.rssMb / summary.base.rssMb }, null, 1));
}

main();
