#!/usr/bin/env node
// `npm run bench`: newsner against compromise on the same news documents, side by side in one run.
//
// Each contender runs in its own child process (library load excluded from the timing, peak RSS
// measured per process); contenders are interleaved and the median of the runs is reported, because
// absolute speed drifts between runs on these machines: only the ratios are meant to be quoted.
//   node scripts/bench.js [--runs N] [--fraction F] [--json]
'use strict';
const { execFileSync } = require('child_process');
const { readFileSync, existsSync } = require('fs');
const path = require('path');

const EVAL_DIR = path.resolve(__dirname, '..', '..', 'shared', 'eval');
const CORPORA = ['conll2003-dev.jsonl', 'ontonotes-dev.jsonl', 'tempeval3-train.jsonl'];

function loadTexts(fraction) {
  const texts = [];
  for (const name of CORPORA) {
    const file = path.join(EVAL_DIR, name);
    if (!existsSync(file)) throw new Error(`missing ${file}: the benchmark reads ../shared/eval`);
    const lines = readFileSync(file, 'utf8').split('\n').filter(Boolean);
    const keep = Math.max(1, Math.round(lines.length * fraction));
    for (const line of lines.slice(0, keep)) texts.push(JSON.parse(line).text);
  }
  return texts;
}

// --- child side: one contender over all texts -----------------------------------------------
const CONTENDERS = {
  // the floor: what reading and a regex tokenizer cost, nothing else
  floor: () => {
    const word = /[\p{L}\p{N}]+(?:['’.\-][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu;
    return (text) => (text.match(word) || []).length;
  },
  newsner: () => {
    const { extract } = require('../dist');
    return (text) => JSON.stringify(extract(text)).length;
  },
  compromise: () => {
    const nlp = require('compromise');
    return (text) => {
      const doc = nlp(text);
      return doc.people().json({ offset: true }).length + doc.places().json({ offset: true }).length + doc.organizations().json({ offset: true }).length;
    };
  },
};

function runChild(name, fraction) {
  const texts = loadTexts(fraction);
  const run = CONTENDERS[name]();
  run('Warm-up: Jane Roe of Acme Corp. met officials in Lowton on Tuesday, Feb. 27, 2024.');
  const started = process.hrtime.bigint();
  let sink = 0;
  for (const text of texts) sink += run(text);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
  process.stdout.write(JSON.stringify({ name, seconds, bytes, documents: texts.length, maxRssMB: process.resourceUsage().maxRSS / 1024, sink }));
}

// --- parent side ---------------------------------------------------------------------------
function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function main(argv) {
  const arg = (flag, fallback) => {
    const i = argv.indexOf(flag);
    return i === -1 ? fallback : argv[i + 1];
  };
  if (argv[0] === '--child') return runChild(argv[1], Number(argv[2]));
  const runs = Number(arg('--runs', '3'));
  const fraction = Number(arg('--fraction', '1'));
  const names = ['floor', 'newsner', 'compromise'];
  const samples = Object.fromEntries(names.map((n) => [n, []]));
  for (let r = 0; r < runs; r++) {
    for (const name of names) {
      const out = execFileSync(process.execPath, [__filename, '--child', name, String(fraction)], { encoding: 'utf8', maxBuffer: 1 << 20 });
      samples[name].push(JSON.parse(out));
      process.stderr.write(`run ${r + 1}/${runs}: ${name} ${samples[name][r].seconds.toFixed(2)} s\n`);
    }
  }
  const summary = {};
  for (const name of names) {
    const s = samples[name];
    const seconds = median(s.map((x) => x.seconds));
    summary[name] = { seconds, mbPerSecond: s[0].bytes / 1e6 / seconds, peakRssMB: Math.max(...s.map((x) => x.maxRssMB)) };
  }
  const result = {
    documents: samples.newsner[0].documents,
    megabytes: samples.newsner[0].bytes / 1e6,
    runs,
    contenders: summary,
    newsnerVsCompromise: summary.compromise.seconds / summary.newsner.seconds,
    newsnerVsFloor: summary.floor.seconds / summary.newsner.seconds,
  };
  if (argv.includes('--json')) {
    process.stdout.write(JSON.stringify(result, null, 2) + '\n');
    return;
  }
  console.log(`${result.documents} documents, ${result.megabytes.toFixed(2)} MB, median of ${runs} interleaved runs, one core each`);
  for (const name of names) {
    const c = summary[name];
    console.log(`  ${name.padEnd(11)} ${c.seconds.toFixed(3).padStart(8)} s  ${c.mbPerSecond.toFixed(3).padStart(8)} MB/s  peak RSS ${c.peakRssMB.toFixed(0)} MB`);
  }
  console.log(`newsner is ${result.newsnerVsCompromise.toFixed(1)}x compromise (nlp + people/places/organizations)`);
  console.log(`newsner takes ${(1 / result.newsnerVsFloor).toFixed(1)}x the time of the read + regex-tokenize floor`);
}

main(process.argv.slice(2));
