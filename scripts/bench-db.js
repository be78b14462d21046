#!/usr/bin/env node
// `newsner db` against `newsner extract --format jsonl` on the same folder, side by side in one run.
//   node scripts/bench-db.js [--documents N] [--runs R]
// The folder is made in a temp directory (never in the repository) from ../shared/eval: one .txt
// file per evaluation text, N of them (default 2000). Each run times, interleaved:
//   extract: bin/newsner.js extract DIR --format jsonl > /dev/null
//   db:      bin/newsner.js db NEW.sqlite DIR                (a new database each run)
// and reports the median wall times, their ratio, and each command's peak RSS (workers included).
// A last step runs db again on the same database (every document already in: the re-run cost).
'use strict';
const { spawnSync } = require('child_process');
const { readFileSync, mkdtempSync, writeFileSync, rmSync, mkdirSync, readdirSync } = require('fs');
const os = require('os');
const path = require('path');

const ROOT = path.resolve(__dirname, '..');
const EVAL_DIR = path.resolve(ROOT, '..', 'shared', 'eval');
const BIN = path.join(ROOT, 'bin', 'newsner.js');

function option(name, fallback) {
  const i = process.argv.indexOf(name);
  return i === -1 ? fallback : Number(process.argv[i + 1]);
}

function makeFolder(count) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'newsner-bench-db-'));
  const docs = path.join(dir, 'docs');
  mkdirSync(docs);
  let n = 0;
  for (const name of readdirSync(EVAL_DIR).filter((f) => f.endsWith('.jsonl')).sort()) {
    for (const line of readFileSync(path.join(EVAL_DIR, name), 'utf8').split('\n')) {
      if (!line || n >= count) continue;
      writeFileSync(path.join(docs, `${String(++n).padStart(5, '0')}.txt`), JSON.parse(line).text);
    }
  }
  return { dir, docs, count: n };
}

function timed(args, stdoutFile) {
  const rss = path.join(os.tmpdir(), `newsner-bench-rss-${process.pid}`);
  const started = process.hrtime.bigint();
  const result = spawnSync(process.execPath, ['-r', path.join(ROOT, 'scripts', 'bench.js'), BIN, ...args], {
    stdio: ['ignore', stdoutFile ? 'ignore' : 'ignore', 'pipe'],
    env: { ...process.env, NEWSNER_BENCH_RSS: rss },
    encoding: 'utf8',
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (result.status !== 0) throw new Error(`newsner ${args.join(' ')} failed: ${result.stderr}`);
  return { seconds, rssMb: Number(readFileSync(rss, 'utf8')) };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

function main() {
  const documents = option('--documents', 2000);
  const runs = option('--runs', 3);
  const { dir, docs, count } = makeFolder(documents);
  try {
    const extract = [];
    const db = [];
    for (let run = 0; run < runs; run++) {
      extract.push(timed(['extract', docs, '--format', 'jsonl'], true));
      db.push(timed(['db', path.join(dir, `run${run}.sqlite`), docs]));
    }
    const rerun = timed(['db', path.join(dir, 'run0.sqlite'), docs]);
    const e = median(extract.map((r) => r.seconds));
    const d = median(db.map((r) => r.seconds));
    console.log(`${count} documents, ${os.cpus().length} CPUs, median of ${runs} interleaved runs`);
    console.log(`extract --format jsonl  ${e.toFixed(2)} s  peak RSS ${median(extract.map((r) => r.rssMb)).toFixed(0)} MB`);
    console.log(`db (new database)      ${d.toFixed(2)} s  peak RSS ${median(db.map((r) => r.rssMb)).toFixed(0)} MB`);
    console.log(`db / extract           ${(d / e).toFixed(2)}x wall time`);
    console.log(`db again (all already in): ${rerun.seconds.toFixed(2)} s`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main();
