#!/usr/bin/env node
// The linker's cost on its own: the mentions of the first 1,500 train documents of ../shared/eval
// (ontonotes-train, then conll2003-train) are captured once from the base build's pipeline, then
// both builds' linkMentions run over the same mentions, in one `node --single-threaded` process,
// in alternating passes with a full GC before each. Prints whether the two builds' entities are
// identical, the median CPU ms of a pass for each, and their ratio.
//   node --expose-gc --single-threaded scripts/bench-link.js BASE_CHECKOUT [--pairs N]
// (re-run it, and swap the builds, before trusting a difference under a few per cent)
'use strict';
const fs = require('fs');
const path = require('path');

function main() {
  const base = process.argv[2];
  const at = process.argv.indexOf('--pairs');
  const pairs = at === -1 ? 8 : Number(process.argv[at + 1]);
  if (!base || base.startsWith('--') || typeof global.gc !== 'function' || !Number.isInteger(pairs) || pairs < 1) {
    console.error('usage: node --expose-gc --single-threaded scripts/bench-link.js BASE_CHECKOUT [--pairs N] (N >= 1)');
    process.exit(2);
  }
  const here = path.resolve(__dirname, '..');
  const baseLink = require(path.resolve(base, 'dist', 'pipeline', 'link.js'));
  const hereLink = require(path.join(here, 'dist', 'pipeline', 'link.js'));
  const baseLinkMentions = baseLink.linkMentions;
  const captured = [];
  // the pipeline calls linkMentions through the module's exports, so it can be watched there
  baseLink.linkMentions = (mentions) => {
    captured.push(mentions);
    return baseLinkMentions(mentions);
  };
  const { extract } = require(path.resolve(base, 'dist', 'index.js'));
  const evalDir = path.join(here, '..', 'shared', 'eval');
  const texts = [];
  for (const file of ['ontonotes-train', 'conll2003-train']) {
    for (const line of fs.readFileSync(path.join(evalDir, `${file}.jsonl`), 'utf8').split('\n')) if (line) texts.push(JSON.parse(line).text);
  }
  for (const text of texts.slice(0, 1500)) extract(text);
  baseLink.linkMentions = baseLinkMentions;
  const contenders = { base: baseLinkMentions, here: hereLink.linkMentions };
  const same = captured.every((mentions) => JSON.stringify(contenders.base(mentions)) === JSON.stringify(contenders.here(mentions)));
  const pass = (linkMentions) => {
    global.gc();
    const before = process.cpuUsage();
    for (let round = 0; round < 3; round++) for (const mentions of captured) linkMentions(mentions);
    const used = process.cpuUsage(before);
    return (used.user + used.system) / 1000;
  };
  for (let k = 0; k < 3; k++) for (const name of ['base', 'here']) pass(contenders[name]);
  const times = { base: [], here: [] };
  for (let k = 0; k < pairs; k++) {
    for (const name of k % 2 ? ['here', 'base'] : ['base', 'here']) times[name].push(pass(contenders[name]));
  }
  const median = (values) => [...values].sort((a, b) => a - b)[values.length >> 1];
  console.log(
    `${captured.length} documents' mentions, entities ${same ? 'identical' : 'DIFFERENT'}; ` +
      `a pass (3 x all): base ${median(times.base).toFixed(0)} ms, this checkout ${median(times.here).toFixed(0)} ms, ` +
      `ratio ${(median(times.here) / median(times.base)).toFixed(3)}`,
  );
  if (!same) process.exitCode = 1;
}

main();
