#!/usr/bin/env node
// `npm run trace-opt`: how much JIT work newsner's warm-up costs, counted from V8's own traces
// (--trace-opt, --trace-deopt), so a regression (a hot function that keeps deoptimizing, an
// object whose shape varies) shows as a bigger count. One process analyzes --mb MB of the news
// texts in ../shared/eval (extract + JSON.stringify per document, what a CLI worker does) and
// the script counts optimizing compiles, their compile time and deopts (by reason, by function),
// and how far into the input the last of them happened.
//   node scripts/trace-opt.js [--mb 5] [--top 10] [--json]
'use strict';
const { spawnSync } = require('child_process');
const { readFileSync, writeSync } = require('fs');
const path = require('path');

const EVAL_DIR = path.resolve(__dirname, '..', '..', 'shared', 'eval');
const CORPORA = ['conll2003-dev.jsonl', 'ontonotes-dev.jsonl', 'tempeval3-train.jsonl'];
/** A mark between documents, written to stdout beside V8's traces: where in the input we are. */
const MARK = '@@newsner-bytes ';

function texts() {
  const all = [];
  for (const name of CORPORA) {
    for (const line of readFileSync(path.join(EVAL_DIR, name), 'utf8').split('\n')) if (line) all.push(JSON.parse(line).text);
  }
  return all;
}

// --- child: analyze, marking the position every 64 KB ------------------------------------------
function child(megabytes) {
  require('../dist/run/jit-flags').tuneJit(); // the V8 settings the CLI and its workers run with
  require('../dist/pipeline/warm-up').warmUp(); // and the warm-up they run before the first document
  const { extract } = require('../dist');
  const all = texts();
  let bytes = 0;
  let marked = 0;
  const started = process.cpuUsage();
  for (let i = 0; bytes < megabytes * 1e6; i++) {
    const text = all[i % all.length];
    JSON.stringify(extract(text));
    bytes += Buffer.byteLength(text);
    if (bytes - marked >= 65536) {
      writeSync(1, `\n${MARK}${bytes}\n`);
      marked = bytes;
    }
  }
  const used = process.cpuUsage(started);
  writeSync(1, `\n${MARK}${bytes}\n@@newsner-cpu ${(used.user + used.system) / 1e6}\n`);
}

// --- parent: run the child under the trace flags and count -------------------------------------
const COMPILED = /\[completed compiling 0x[0-9a-f]+ <JSFunction ([^ >]*)[^\]]*?\(target TURBOFAN\) - took ([\d.]+), ([\d.]+), ([\d.]+) ms\]/;
const BAILOUT = /\[bailout \(kind: ([\w-]+), reason: ([^)]*)\): begin\. deoptimizing 0x[0-9a-f]+ <JSFunction ([^ >]*)/;

/** V8 names an anonymous function "(sfi = 0x...)". */
const nameOf = (traced) => (!traced || traced.startsWith('(') ? '(anonymous)' : traced);

function count(stdout) {
  const result = { optimizations: 0, compileMs: 0, deopts: 0, byReason: {}, byFunction: {}, deoptsByFunction: {}, lastEventAtBytes: 0, ninetyPercentAtBytes: 0, bytes: 0, cpuSeconds: 0 };
  const eventsAt = [];
  let at = 0;
  // V8 writes its traces through its own buffer, so a trace line may be split by a mark: scan lines
  for (const line of stdout.split('\n')) {
    if (line.startsWith(MARK)) {
      at = Number(line.slice(MARK.length));
      continue;
    }
    if (line.startsWith('@@newsner-cpu ')) {
      result.cpuSeconds = Number(line.slice('@@newsner-cpu '.length));
      continue;
    }
    const compiled = COMPILED.exec(line);
    if (compiled) {
      result.optimizations++;
      result.compileMs += Number(compiled[2]) + Number(compiled[3]) + Number(compiled[4]);
      const name = nameOf(compiled[1]);
      result.byFunction[name] = (result.byFunction[name] || 0) + 1;
      result.lastEventAtBytes = at;
      eventsAt.push(at);
      continue;
    }
    const bailout = BAILOUT.exec(line);
    if (bailout && bailout[1] !== 'deopt-lazy') {
      // a lazy deopt follows from another function's invalidated code: counted with its cause
      result.deopts++;
      result.byReason[bailout[2]] = (result.byReason[bailout[2]] || 0) + 1;
      const name = nameOf(bailout[3]);
      result.deoptsByFunction[name] = (result.deoptsByFunction[name] || 0) + 1;
      result.lastEventAtBytes = at;
      eventsAt.push(at);
    }
  }
  result.bytes = at;
  // the input read before 90 % of the compiles and deopts had happened: how long warm-up lasts
  if (eventsAt.length > 0) result.ninetyPercentAtBytes = eventsAt[Math.ceil(0.9 * eventsAt.length) - 1];
  return result;
}

const top = (counts, n) =>
  Object.entries(counts)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, n);

function main(argv) {
  const arg = (flag, fallback) => (argv.includes(flag) ? argv[argv.indexOf(flag) + 1] : fallback);
  if (argv[0] === '--child') return child(Number(argv[1]));
  const megabytes = Number(arg('--mb', '5'));
  const n = Number(arg('--top', '10'));
  const run = spawnSync(process.execPath, ['--trace-opt', '--trace-deopt', __filename, '--child', String(megabytes)], { encoding: 'utf8', maxBuffer: 1 << 30 });
  if (run.status !== 0) throw new Error(`the traced run failed (${run.status}): ${run.stderr.slice(0, 500)}`);
  const result = count(run.stdout);
  if (argv.includes('--json')) {
    process.stdout.write(JSON.stringify(result, null, 2) + '\n');
    return;
  }
  const recompiled = top(result.byFunction, n).filter(([, times]) => times > 1);
  console.log(`${(result.bytes / 1e6).toFixed(1)} MB of news text in one process (${result.cpuSeconds.toFixed(2)} CPU-s with tracing on):`);
  console.log(`  ${result.optimizations} optimizing compiles, ${(result.compileMs / 1000).toFixed(2)} s of compile time (background threads, wall); ${result.deopts} deopts (eager and soft)`);
  console.log(`  90 % of them within the first ${(result.ninetyPercentAtBytes / 1e6).toFixed(2)} MB, the last after ${(result.lastEventAtBytes / 1e6).toFixed(2)} MB`);
  console.log(`  deopt reasons: ${top(result.byReason, n).map(([reason, times]) => `${times} ${reason}`).join('; ')}`);
  console.log(`  deopted most: ${top(result.deoptsByFunction, n).map(([name, times]) => `${name} ${times}`).join(', ')}`);
  console.log(`  compiled more than once: ${recompiled.map(([name, times]) => `${name} ${times}x`).join(', ') || 'none'}`);
}

main(process.argv.slice(2));
