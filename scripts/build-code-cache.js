#!/usr/bin/env node
// Makes dist/code-cache.bin (src/run/code-cache.ts), the last step of `npm run build`: V8's
// bytecode for every module under dist/, so a run and each of its workers skip parsing and
// compiling them. It runs the CLI once, in a child process, on an invented story with the JIT
// flags the CLI sets (V8 accepts a cache only under the flags it was made with), and takes the
// cache after the run, so it holds the functions that ran as well as each module's top level.
// The cache is written only after a clean run (exit code 0), under another name first, then renamed.
// Its input: the invented story below and, in a checkout, the first stories of each probe's
// study half (test/fixtures/probe, invented too), so that most recognizers have run.
// Every example below is invented.
'use strict';
const { spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const dist = path.join(__dirname, '..', 'dist');

const STORY = [
  'BRANNOCH BAY, June 12 (Tessaly Wire) - Finance Minister Ilvana Droste said on Thursday that the Ostrel',
  'Federation would cut its fuel levy by 2 percent from July 1, after talks with the Brannoch Bay Port',
  'Authority and the Union of Dock Workers. "We expect prices to fall by the end of the month," Droste',
  'told reporters at the ministry. Shares of Brennick Holdings Inc. rose 3.5 percent in Velport, while',
  'the central bank kept its rate at 4.25 percent. Dr. Joss Kessow, an economist at Tarvale University,',
  'said the decision, first reported by the Velport Courier on June 10, was expected since March.',
].join(' ');

/** The record run's stories: STORY, and up to STORIES_PER_PROBE of each probe study half's. */
const STORIES_PER_PROBE = 3;

function stories() {
  const texts = [STORY];
  const probes = path.join(__dirname, '..', 'test', 'fixtures', 'probe');
  if (!fs.existsSync(probes)) return texts; // an installed package has no tests
  for (const name of fs.readdirSync(probes).sort()) {
    if (!name.endsWith('.jsonl') || name.includes('-holdout')) continue;
    const lines = fs.readFileSync(path.join(probes, name), 'utf8').split('\n').filter(Boolean);
    for (const line of lines.slice(0, STORIES_PER_PROBE)) texts.push(JSON.parse(line).text);
  }
  return texts;
}

function listJs(dir) {
  const out = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...listJs(full));
    else if (entry.name.endsWith('.js')) out.push(full);
  }
  return out.sort();
}

/** Where the recording run leaves the cache; the build moves it to CODE_CACHE_FILE only after a clean run. */
function recordedFile(cacheFile) {
  return `${cacheFile}.recorded`;
}

if (process.argv[2] === '--record') {
  require(path.join(dist, 'run', 'jit-flags.js')).tuneJit(); // as bin/newsner.js does, before any other module
  const { recordCodeCache, encodeCache, CODE_CACHE_FILE } = require(path.join(dist, 'run', 'code-cache.js'));
  const recorder = recordCodeCache(dist, () => listJs(dist));
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'newsner-code-cache-'));
  const input = path.join(folder, 'story.jsonl');
  fs.writeFileSync(input, stories().map((text, i) => `${JSON.stringify({ id: String(i), text })}\n`).join(''));
  process.on('exit', (code) => {
    fs.rmSync(folder, { recursive: true, force: true });
    // a run that failed (an error record, a crash) may not have run what it should: no cache
    if (code !== 0) return;
    const entries = recorder.take();
    fs.writeFileSync(recordedFile(CODE_CACHE_FILE), encodeCache(entries));
    const bytes = entries.reduce((sum, entry) => sum + entry.data.length, 0);
    process.stderr.write(`code cache: ${entries.length} modules, ${(bytes / 1e6).toFixed(1)} MB\n`);
  });
  require(path.join(dist, 'cli', 'main.js')).main([process.execPath, 'newsner', input, '--jobs', '1', '--format', 'jsonl', '--quiet']);
} else {
  const cacheFile = path.join(dist, 'code-cache.bin');
  const recorded = recordedFile(cacheFile);
  // no cache from an earlier build is left behind, whatever happens below
  fs.rmSync(cacheFile, { force: true });
  fs.rmSync(recorded, { force: true });
  // a child process: the flags this one runs with (none of tuneJit's) stay out of the cache
  // (without NODE_OPTIONS: V8 refuses a cache made under any flag a plain run lacks, such as a CI's
  // --max-old-space-size, and the cache would then never be used)
  const env = { ...process.env };
  delete env.NODE_OPTIONS;
  const run = spawnSync(process.execPath, [__filename, '--record'], { stdio: ['ignore', 'ignore', 'inherit'], env });
  if (run.status !== 0 || !fs.existsSync(recorded)) {
    fs.rmSync(recorded, { force: true });
    console.error(`code cache: the recording run failed (${run.signal ?? `exit code ${run.status}`}); no cache written`);
    process.exit(1);
  }
  // written whole under another name, then renamed: a reader sees the old file or the new, never part of one
  fs.renameSync(recorded, cacheFile);
}
