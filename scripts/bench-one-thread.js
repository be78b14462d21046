#!/usr/bin/env node
// The cost of the rules on one thread: two builds side by side, each in its own `node
// --single-threaded` process (no V8 background threads, so CPU time is the rules' own), extracting
// the development texts of ../shared/eval (conll2003-dev, ontonotes-dev, tempeval3-train: 651
// documents, each with its record date) five times after one warm pass. Rounds alternate base and
// this checkout; the output is the CPU ms of each round, each round's ratio, and the median ratio.
//   node scripts/bench-one-thread.js BASE_CHECKOUT [--rounds N] [--passes P]
// BASE_CHECKOUT is another built checkout (e.g. `git archive <commit> | tar -x`, then npm run build).
'use strict';
const { spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const FILES = ['conll2003-dev', 'ontonotes-dev', 'tempeval3-train'];

function flag(name, fallback) {
  const at = process.argv.indexOf(name);
  return at === -1 ? fallback : Number(process.argv[at + 1]);
}

/** In the child: load one build, extract every text `passes` times after a warm pass, print CPU ms. */
function child(dist, evalDir, passes) {
  const { extract } = require(path.join(dist, 'index.js'));
  const docs = [];
  for (const file of FILES) {
    for (const line of fs.readFileSync(path.join(evalDir, `${file}.jsonl`), 'utf8').split('\n')) {
      if (!line) continue;
      const record = JSON.parse(line);
      docs.push([record.text, record.doc_date]);
    }
  }
  let characters = 0;
  const pass = () => {
    for (const [text, date] of docs) characters += JSON.stringify(extract(text, date ? { refDate: date } : {})).length;
  };
  pass();
  const before = process.cpuUsage();
  for (let k = 0; k < passes; k++) pass();
  const used = process.cpuUsage(before);
  process.stdout.write(JSON.stringify({ documents: docs.length, cpuMs: (used.user + used.system) / 1000, characters }));
}

function round(checkout, evalDir, passes) {
  const result = spawnSync(
    process.execPath,
    ['--single-threaded', __filename, '--child', path.join(checkout, 'dist'), evalDir, String(passes)],
    { encoding: 'utf8', maxBuffer: 1 << 26 },
  );
  if (result.status !== 0) throw new Error(`${checkout}: exit ${result.status}: ${result.stderr}`);
  return JSON.parse(result.stdout).cpuMs;
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

function main() {
  if (process.argv[2] === '--child') return child(process.argv[3], process.argv[4], Number(process.argv[5]));
  const base = process.argv[2];
  if (!base || base.startsWith('--')) throw new Error('usage: bench-one-thread.js BASE_CHECKOUT [--rounds N] [--passes P]');
  const rounds = flag('--rounds', 7);
  const passes = flag('--passes', 5);
  const here = path.resolve(__dirname, '..');
  const evalDir = path.join(here, '..', 'shared', 'eval');
  const ratios = [];
  const times = { base: [], here: [] };
  for (let k = 1; k <= rounds; k++) {
    const baseMs = round(path.resolve(base), evalDir, passes);
    const hereMs = round(here, evalDir, passes);
    times.base.push(baseMs);
    times.here.push(hereMs);
    ratios.push(hereMs / baseMs);
    console.log(`round ${k}: base ${baseMs.toFixed(0)} ms, this checkout ${hereMs.toFixed(0)} ms, ratio ${(hereMs / baseMs).toFixed(3)}`);
  }
  console.log(
    `median: base ${median(times.base).toFixed(0)} ms, this checkout ${median(times.here).toFixed(0)} ms; ` +
      `median ratio ${median(ratios).toFixed(3)} (range ${Math.min(...ratios).toFixed(3)}-${Math.max(...ratios).toFixed(3)}); ` +
      `load average ${os.loadavg().map((load) => load.toFixed(1)).join(' ')}`,
  );
}

try {
  main();
} catch (error) {
  console.error(`bench-one-thread: ${error.message}`);
  process.exit(1);
}
