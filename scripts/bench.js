#!/usr/bin/env node
// `npm run bench`: newsner against compromise on the same news documents, side by side in one run.
//
// The default: per CPU second (user + sys of the whole process tree, from the shell's `times`,
// so the threads V8 compiles and collects on and any worker count), at about 1, 5 and 20 MB of
// JSONL news text (the texts of ../shared/eval, repeated; temp files, never in the repository):
// the CLI end to end (`--jobs 1`, `--jobs 2` and the default) and compromise (`nlp()` +
// people/places/organizations, in its own process over the first --compromise-mb MB of the same
// corpus: it has no warm-up worth the name, so its rate does not change with size), wall time and
// peak RSS beside. Absolute speed drifts between runs and with other load on these machines: quote
// the ratios.
//   node scripts/bench.js [--sizes 1,5,20] [--runs N] [--compromise-mb M] [--json]
//   node scripts/bench.js --print result.json    (the table from a --json run)
//   node scripts/bench.js --against ../other-checkout   (also that build's CLI, --jobs 1 and 2, in the
//                                                       same loop: a change's effect side by side)
//
// --library: the earlier benchmark instead, library calls in child processes timed after an
// untimed warm-up pass (steady wall time per core), then the CLI extras (--jobs 2 against
// --jobs 1 with parallel-capacity controls, one 5 MB document, a --corpus-mb MB corpus):
//   node scripts/bench.js --library [--runs N] [--fraction F] [--json] [--cli-mb M] [--corpus-mb M] [--no-cli]
'use strict';
const { execFileSync, spawnSync } = require('child_process');
const { readFileSync, existsSync, mkdtempSync, writeFileSync, rmSync, openSync, writeSync, closeSync } = require('fs');
const os = require('os');
const path = require('path');

// When preloaded into the CLI (node -r scripts/bench.js bin/newsner.js ...), report the process's
// peak RSS at exit into the file NEWSNER_BENCH_RSS names: the CLI's own figure, workers included.
if (process.env.NEWSNER_BENCH_RSS && require.main !== module) {
  process.on('exit', () => writeFileSync(process.env.NEWSNER_BENCH_RSS, String(process.resourceUsage().maxRSS / 1024)));
}

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

function runChild(name, fraction, steady) {
  const texts = loadTexts(fraction);
  const run = CONTENDERS[name]();
  // Warm-up, untimed and the same for every contender: every tenth document, so the JIT and the
  // lazily loaded tables are ready and the timed pass measures steady per-core throughput (what a
  // run over a real corpus of thousands of documents sees), not compilation. `steady`: two whole
  // untimed passes instead, for the --jobs ceiling, where compilation must be long over.
  if (steady) for (let pass = 0; pass < 2; pass++) for (const text of texts) run(text);
  else for (let i = 0; i < texts.length; i += 10) run(texts[i]);
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
  if (require.main !== module) return undefined;
  if (argv[0] === '--child') return runChild(argv[1], Number(argv[2]), argv[3] === 'steady');
  if (argv[0] === '--compromise-child') return compromiseChild(argv[1], Number(argv[2]));
  if (argv.includes('--library')) return libraryBench(argv);
  // the table again from a --json run's output
  if (argv[0] === '--print') return printCpuBench(JSON.parse(readFileSync(argv[1], 'utf8')));
  return cpuBench(argv);
}

function argOf(argv) {
  return (flag, fallback) => {
    const i = argv.indexOf(flag);
    return i === -1 ? fallback : argv[i + 1];
  };
}

function libraryBench(argv) {
  const arg = argOf(argv);
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
  if (!argv.includes('--no-cli')) {
    result.cli = benchCli(loadTexts(1), runs, Number(arg('--cli-mb', '24')), Number(arg('--corpus-mb', '100')));
  }
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
  if (result.cli) printCli(result.cli);
}

// --- the CLI end to end -------------------------------------------------------------------------
const BIN = path.join(__dirname, '..', 'bin', 'newsner.js');

/** JSONL records of the eval texts, repeated until the file has `megabytes` MB (whole records). */
function writeCorpus(file, texts, megabytes) {
  const fd = openSync(file, 'w');
  let bytes = 0;
  for (let n = 0; bytes < megabytes * 1e6; n++) {
    const i = n % texts.length;
    const line = `${JSON.stringify({ id: `${Math.floor(n / texts.length)}-${i}`, text: texts[i] })}\n`;
    writeSync(fd, line);
    bytes += Buffer.byteLength(line);
  }
  closeSync(fd);
  return bytes;
}

/** One document of `megabytes` MB: the texts one after another as paragraphs. */
function writeDocument(file, texts, megabytes) {
  const parts = [];
  let bytes = 0;
  for (let i = 0; bytes < megabytes * 1e6; i++) {
    const text = texts[i % texts.length];
    parts.push(text);
    bytes += Buffer.byteLength(text) + 2;
  }
  writeFileSync(file, parts.join('\n\n'));
  return bytes;
}

/** Runs the CLI; returns wall seconds and its peak RSS in MB (output thrown away). */
function runCli(args, tmp) {
  const rssFile = path.join(tmp, 'rss');
  const started = process.hrtime.bigint();
  const result = spawnSync(process.execPath, ['-r', __filename, BIN, ...args, '--quiet', '--format', 'jsonl'], {
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, NEWSNER_BENCH_RSS: rssFile },
    maxBuffer: 64 << 20,
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (result.status !== 0) throw new Error(`newsner ${args.join(' ')} failed (${result.status}): ${String(result.stderr).slice(0, 300)}`);
  return { seconds, peakRssMB: Number(readFileSync(rssFile, 'utf8')) };
}

/**
 * Controls for the --jobs ratio: what two cores give two independent processes, with nothing
 * shared. A busy loop shows other load on the machine (below 2.00 means someone else is running).
 * The same library pass as above (newsner on every text, after two untimed passes, so compiled
 * code only), once alone and twice at once, shows what the machine gives this kind of work: two
 * real workloads slow each other down (shared caches, memory bandwidth, the VM) even when a busy
 * loop does not, and no --jobs scheme can beat two warm processes that share nothing. (Each
 * process times its own pass: when one ends first, the other's tail runs alone, so the ceiling can
 * only come out a little high, never low.)
 */
function parallelCapacity(fraction) {
  const spin = 'let x = 0; for (let i = 0; i < 3e8; i++) x += i % 7; if (x < 0) console.log(x);';
  const time = (count) => {
    const started = process.hrtime.bigint();
    execFileSync('bash', ['-c', Array.from({ length: count }, () => `"${process.execPath}" -e '${spin}' &`).join(' ') + ' wait']);
    return Number(process.hrtime.bigint() - started) / 1e9;
  };
  const busyLoop = (2 * time(1)) / time(2);
  const twoVsOne = (child) => {
    const alone = JSON.parse(execFileSync('bash', ['-c', child], { encoding: 'utf8' })).seconds;
    const together = execFileSync('bash', ['-c', `${child} & ${child} & wait`], { encoding: 'utf8' })
      .split('}')
      .filter((part) => part.trim())
      .map((part) => JSON.parse(`${part}}`).seconds);
    return (2 * alone) / Math.max(...together);
  };
  const child = (name, share, steady) => `"${process.execPath}" "${__filename}" --child ${name} ${share}${steady ? ' steady' : ''}`;
  return {
    busyLoop,
    newsnerPasses: twoVsOne(child('newsner', fraction, true)),
    // compromise too (a fifth of the texts: it is slow), the workload shared/notes/speed.md measured
    compromisePasses: twoVsOne(child('compromise', fraction / 5, false)),
  };
}

function benchCli(texts, runs, cliMegabytes, corpusMegabytes) {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'newsner-bench-'));
  try {
    const corpus = path.join(tmp, 'corpus.jsonl');
    const corpusBytes = writeCorpus(corpus, texts, cliMegabytes);
    const configs = { jobs1: ['--jobs', '1'], jobs2: ['--jobs', '2'], jobs2processes: ['--jobs', '2', '--worker-kind', 'process'] };
    const samples = Object.fromEntries(Object.keys(configs).map((name) => [name, []]));
    for (let r = 0; r < runs; r++) {
      for (const [name, args] of Object.entries(configs)) {
        samples[name].push(runCli([corpus, ...args], tmp));
        process.stderr.write(`cli run ${r + 1}/${runs}: ${name} ${samples[name][r].seconds.toFixed(2)} s\n`);
      }
    }
    const seconds = Object.fromEntries(Object.entries(samples).map(([name, s]) => [name, median(s.map((x) => x.seconds))]));
    const capacity = parallelCapacity(1);
    const document = path.join(tmp, 'one-document.txt');
    const documentBytes = writeDocument(document, texts, 5);
    process.stderr.write('cli: one 5 MB document\n');
    const oneDocument = runCli([document, '--jobs', '1'], tmp);
    const big = path.join(tmp, 'big.jsonl');
    rmSync(corpus);
    const bigBytes = writeCorpus(big, texts, corpusMegabytes);
    process.stderr.write(`cli: ${(bigBytes / 1e6).toFixed(0)} MB corpus, default --jobs\n`);
    const bigCorpus = runCli([big], tmp);
    return {
      cpus: os.availableParallelism ? os.availableParallelism() : os.cpus().length,
      corpusMB: corpusBytes / 1e6,
      seconds,
      jobs2VsJobs1: seconds.jobs1 / seconds.jobs2,
      twoProcessesOfBusyLoopVsOne: capacity.busyLoop,
      twoNewsnerPassesVsOne: capacity.newsnerPasses,
      twoCompromisePassesVsOne: capacity.compromisePasses,
      jobs2OfCeiling: seconds.jobs1 / seconds.jobs2 / capacity.newsnerPasses,
      processes2VsJobs1: seconds.jobs1 / seconds.jobs2processes,
      peakRssMB: { jobs1: Math.max(...samples.jobs1.map((x) => x.peakRssMB)), jobs2: Math.max(...samples.jobs2.map((x) => x.peakRssMB)) },
      oneDocument: { megabytes: documentBytes / 1e6, seconds: oneDocument.seconds, peakRssMB: oneDocument.peakRssMB },
      bigCorpus: { megabytes: bigBytes / 1e6, seconds: bigCorpus.seconds, peakRssMB: bigCorpus.peakRssMB, mbPerSecond: bigBytes / 1e6 / bigCorpus.seconds },
    };
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

function printCli(cli) {
  console.log(`CLI end to end (${cli.cpus} CPUs), ${cli.corpusMB.toFixed(1)} MB of JSONL, median of interleaved runs:`);
  console.log(`  --jobs 1 ${cli.seconds.jobs1.toFixed(2)} s (peak RSS ${cli.peakRssMB.jobs1.toFixed(0)} MB), --jobs 2 ${cli.seconds.jobs2.toFixed(2)} s (peak RSS ${cli.peakRssMB.jobs2.toFixed(0)} MB)`);
  console.log(`  --jobs 2 is ${cli.jobs2VsJobs1.toFixed(2)}x --jobs 1 (worker threads); with child processes ${cli.processes2VsJobs1.toFixed(2)}x`);
  console.log(`  control: 2 busy-loop processes do ${cli.twoProcessesOfBusyLoopVsOne.toFixed(2)}x the work of one (2.00 on an idle 2-core machine; less means other load)`);
  console.log(`  ceiling: 2 independent warm newsner library passes at once do ${cli.twoNewsnerPassesVsOne.toFixed(2)}x the work of one alone; --jobs 2 reaches ${(100 * cli.jobs2OfCeiling).toFixed(0)}% of that`);
  console.log(`           (2 compromise passes at once: ${cli.twoCompromisePassesVsOne.toFixed(2)}x one alone)`);
  console.log(`  one ${cli.oneDocument.megabytes.toFixed(1)} MB document: ${cli.oneDocument.seconds.toFixed(1)} s, peak RSS ${cli.oneDocument.peakRssMB.toFixed(0)} MB`);
  console.log(`  ${cli.bigCorpus.megabytes.toFixed(0)} MB JSONL corpus (default --jobs): ${cli.bigCorpus.seconds.toFixed(1)} s, ${cli.bigCorpus.mbPerSecond.toFixed(2)} MB/s, peak RSS ${cli.bigCorpus.peakRssMB.toFixed(0)} MB`);
}

// --- per CPU second (the default) ------------------------------------------------------------------

/** compromise over the records of a JSONL file until `maxBytes` of it are read; reports what it read. */
function compromiseChild(file, maxBytes) {
  const nlp = require('compromise');
  let bytes = 0;
  let documents = 0;
  let sink = 0;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line || bytes >= maxBytes) break;
    const doc = nlp(JSON.parse(line).text);
    sink += doc.people().json({ offset: true }).length + doc.places().json({ offset: true }).length + doc.organizations().json({ offset: true }).length;
    bytes += Buffer.byteLength(line) + 1;
    documents++;
  }
  writeFileSync(process.env.NEWSNER_BENCH_RESULT, JSON.stringify({ bytes, documents, sink }));
  writeFileSync(process.env.NEWSNER_BENCH_RSS, String(process.resourceUsage().maxRSS / 1024));
}

/**
 * Runs a command with its output thrown away; returns its wall seconds, the CPU seconds of its
 * whole process tree (the shell's `times`: every thread, and child processes once reaped) and
 * the peak RSS it reported (NEWSNER_BENCH_RSS).
 */
function measure(command, tmp, env = {}) {
  const timesFile = path.join(tmp, 'times');
  const rssFile = path.join(tmp, 'rss');
  rmSync(rssFile, { force: true });
  const started = process.hrtime.bigint();
  const result = spawnSync('bash', ['-c', '"$@" > /dev/null; status=$?; times > "$NEWSNER_BENCH_TIMES"; exit $status', 'bench', ...command], {
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, ...env, NEWSNER_BENCH_TIMES: timesFile, NEWSNER_BENCH_RSS: rssFile },
    maxBuffer: 64 << 20,
  });
  const wall = Number(process.hrtime.bigint() - started) / 1e9;
  if (result.status !== 0) throw new Error(`${command.slice(1).join(' ')} failed (${result.status}): ${String(result.stderr).slice(0, 300)}`);
  // `times`: the shell's own user and sys, then its children's (the command and all it reaped)
  const [user, sys] = readFileSync(timesFile, 'utf8')
    .trim()
    .split('\n')[1]
    .match(/(\d+)m([\d.]+)s/g)
    .map((part) => {
      const [, minutes, seconds] = /(\d+)m([\d.]+)s/.exec(part);
      return 60 * Number(minutes) + Number(seconds);
    });
  return { wall, cpu: user + sys, user, sys, peakRssMB: existsSync(rssFile) ? Number(readFileSync(rssFile, 'utf8')) : null };
}

/** Least squares of y against x: CPU-s against MB gives the fixed cost per process and the cost per MB. */
function fitLine(xs, ys) {
  const n = xs.length;
  const mx = xs.reduce((a, b) => a + b, 0) / n;
  const my = ys.reduce((a, b) => a + b, 0) / n;
  const slope = xs.reduce((sum, x, i) => sum + (x - mx) * (ys[i] - my), 0) / xs.reduce((sum, x) => sum + (x - mx) ** 2, 0);
  return { intercept: my - slope * mx, slope };
}

const JOB_CONFIGS = { jobs1: ['--jobs', '1'], jobs2: ['--jobs', '2'], default: [] };

/**
 * The order of the configurations in run `round` (0-based): as given, reversed in every other run,
 * so a load that rises or falls during a run weighs on each configuration alike and the medians'
 * ratios (the --jobs speed-ups, --against) do not drift with it.
 */
function roundOrder(names, round) {
  return round % 2 === 0 ? [...names] : [...names].reverse();
}

function cpuBench(argv) {
  const arg = argOf(argv);
  const sizes = arg('--sizes', '1,5,20').split(',').map(Number);
  const runs = Number(arg('--runs', '1'));
  const compromiseMB = Number(arg('--compromise-mb', '2'));
  const against = arg('--against', null);
  const configs = { ...JOB_CONFIGS };
  const bins = {};
  if (against) {
    const otherBin = path.resolve(against, 'bin', 'newsner.js');
    if (!existsSync(otherBin)) throw new Error(`--against: no ${otherBin}`);
    configs.againstJobs1 = ['--jobs', '1'];
    configs.againstJobs2 = ['--jobs', '2'];
    bins.againstJobs1 = bins.againstJobs2 = otherBin;
  }
  const texts = loadTexts(1);
  const loadBefore = os.loadavg()[0];
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'newsner-bench-'));
  try {
    const corpora = sizes.map((size) => {
      const file = path.join(tmp, `corpus-${size}.jsonl`);
      return { size, file, megabytes: writeCorpus(file, texts, size) / 1e6 };
    });
    const samples = corpora.map(() => Object.fromEntries(Object.keys(configs).map((name) => [name, []])));
    const compromiseSamples = [];
    const largest = corpora[corpora.length - 1];
    for (let r = 0; r < runs; r++) {
      corpora.forEach((corpus, i) => {
        for (const name of roundOrder(Object.keys(configs), r)) {
          const args = configs[name];
          const sample = measure([process.execPath, '-r', __filename, bins[name] ?? BIN, corpus.file, ...args, '--quiet', '--format', 'jsonl'], tmp);
          samples[i][name].push(sample);
          process.stderr.write(`run ${r + 1}/${runs}: ${corpus.megabytes.toFixed(1)} MB newsner ${name}: ${sample.wall.toFixed(2)} s wall, ${sample.cpu.toFixed(2)} CPU-s\n`);
        }
      });
      const resultFile = path.join(tmp, 'result');
      const sample = measure([process.execPath, __filename, '--compromise-child', largest.file, String(compromiseMB * 1e6)], tmp, { NEWSNER_BENCH_RESULT: resultFile });
      Object.assign(sample, JSON.parse(readFileSync(resultFile, 'utf8')));
      compromiseSamples.push(sample);
      process.stderr.write(`run ${r + 1}/${runs}: compromise ${(sample.bytes / 1e6).toFixed(1)} MB: ${sample.wall.toFixed(2)} s wall, ${sample.cpu.toFixed(2)} CPU-s\n`);
    }
    const summarize = (list) => ({
      wall: median(list.map((x) => x.wall)),
      cpu: median(list.map((x) => x.cpu)),
      peakRssMB: Math.max(...list.map((x) => x.peakRssMB)),
    });
    const compromise = { ...summarize(compromiseSamples), megabytes: compromiseSamples[0].bytes / 1e6, documents: compromiseSamples[0].documents };
    compromise.mbPerCpuSecond = compromise.megabytes / compromise.cpu;
    const rows = corpora.map((corpus, i) => {
      const row = { megabytes: corpus.megabytes };
      for (const name of Object.keys(configs)) {
        row[name] = summarize(samples[i][name]);
        row[name].mbPerCpuSecond = corpus.megabytes / row[name].cpu;
      }
      row.vsCompromisePerCpuSecond = row.jobs1.mbPerCpuSecond / compromise.mbPerCpuSecond;
      row.jobs2VsJobs1Wall = row.jobs1.wall / row.jobs2.wall;
      row.defaultVsJobs1Wall = row.jobs1.wall / row.default.wall;
      row.secondWorkerCpu = row.jobs2.cpu - row.jobs1.cpu;
      if (against) {
        row.againstVsCompromisePerCpuSecond = row.againstJobs1.mbPerCpuSecond / compromise.mbPerCpuSecond;
        row.cpuSpeedupOverAgainst = row.againstJobs1.cpu / row.jobs1.cpu;
        row.againstJobs2VsJobs1Wall = row.againstJobs1.wall / row.againstJobs2.wall;
      }
      return row;
    });
    const fit = fitLine(
      rows.map((row) => row.megabytes),
      rows.map((row) => row.jobs1.cpu),
    );
    const result = {
      cpus: os.availableParallelism ? os.availableParallelism() : os.cpus().length,
      // other load on the machine: wall times and the --jobs ratios mean little when this is high
      loadAverage: { before: loadBefore, after: os.loadavg()[0] },
      runs,
      compromise,
      sizes: rows,
      newsnerFixedCpuSeconds: fit.intercept,
      newsnerWarmMbPerCpuSecond: 1 / fit.slope,
      newsnerWarmVsCompromise: 1 / fit.slope / compromise.mbPerCpuSecond,
    };
    if (against) {
      const otherFit = fitLine(
        rows.map((row) => row.megabytes),
        rows.map((row) => row.againstJobs1.cpu),
      );
      result.against = { path: path.resolve(against), fixedCpuSeconds: otherFit.intercept, warmMbPerCpuSecond: 1 / otherFit.slope };
    }
    if (argv.includes('--json')) {
      process.stdout.write(JSON.stringify(result, null, 2) + '\n');
      return;
    }
    printCpuBench(result);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

function printCpuBench(result) {
  // (a fit over the sizes needs two sizes or more: one size leaves it null, printed as "–")
  const f = (value, digits = 2) => (value === null || value === undefined ? '–' : value.toFixed(digits));
  console.log(`Per CPU second (user + sys of the whole process tree), ${result.cpus} CPUs, median of ${result.runs} run(s); MB of JSONL news text`);
  console.log(`  load average ${f(result.loadAverage.before, 1)} before, ${f(result.loadAverage.after, 1)} after (other work on the machine: wall times and --jobs ratios are only meaningful near 0)`);
  console.log(`  compromise (nlp + people/places/organizations), first ${f(result.compromise.megabytes, 1)} MB: ${f(result.compromise.cpu)} CPU-s, ${f(result.compromise.mbPerCpuSecond, 3)} MB per CPU-s, peak RSS ${f(result.compromise.peakRssMB, 0)} MB`);
  console.log('  size     newsner --jobs 1 (end to end)                      vs compromise per CPU-s');
  for (const row of result.sizes) {
    const one = row.jobs1;
    console.log(`  ${f(row.megabytes, 1).padStart(5)} MB  ${f(one.wall).padStart(6)} s wall ${f(one.cpu).padStart(6)} CPU-s ${f(one.mbPerCpuSecond, 3).padStart(6)} MB/CPU-s RSS ${f(one.peakRssMB, 0).padStart(4)} MB   ${f(row.vsCompromisePerCpuSecond, 1)}x`);
  }
  console.log(`  fitted over the sizes: ${f(result.newsnerFixedCpuSeconds)} CPU-s fixed per process (start-up, loading, warm-up) + ${f(result.newsnerWarmMbPerCpuSecond)} MB per CPU-s once warm (${f(result.newsnerWarmVsCompromise, 1)}x compromise)`);
  console.log('--jobs, wall time (ratio: the speed-up over --jobs 1); CPU-s; peak RSS');
  for (const row of result.sizes) {
    const part = (name) => `${f(row[name].wall).padStart(6)} s ${f(row[name].cpu).padStart(6)} CPU-s ${f(row[name].peakRssMB, 0).padStart(4)} MB`;
    console.log(`  ${f(row.megabytes, 1).padStart(5)} MB  --jobs 1 ${part('jobs1')} | --jobs 2 ${part('jobs2')} ${f(row.jobs2VsJobs1Wall)}x | default ${part('default')} ${f(row.defaultVsJobs1Wall)}x`);
  }
  console.log(`  the second worker's CPU-s (--jobs 2 minus --jobs 1): ${result.sizes.map((row) => `${f(row.secondWorkerCpu)} at ${f(row.megabytes, 1)} MB`).join(', ')}`);
  if (!result.against) return;
  console.log(`against ${result.against.path} (the same corpora, in the same loop): --jobs 1 CPU-s, vs compromise; --jobs 2 wall speed-up`);
  for (const row of result.sizes) {
    const other = row.againstJobs1;
    console.log(`  ${f(row.megabytes, 1).padStart(5)} MB  this ${f(row.jobs1.cpu).padStart(6)} CPU-s ${f(row.vsCompromisePerCpuSecond, 1).padStart(5)}x | other ${f(other.cpu).padStart(6)} CPU-s ${f(row.againstVsCompromisePerCpuSecond, 1).padStart(5)}x RSS ${f(other.peakRssMB, 0).padStart(4)} MB | this needs ${f(1 / row.cpuSpeedupOverAgainst)}x the other's CPU | --jobs 2: this ${f(row.jobs2VsJobs1Wall)}x, other ${f(row.againstJobs2VsJobs1Wall)}x`);
  }
  console.log(`  fitted: this ${f(result.newsnerFixedCpuSeconds)} CPU-s fixed + ${f(result.newsnerWarmMbPerCpuSecond)} MB/CPU-s warm; other ${f(result.against.fixedCpuSeconds)} CPU-s fixed + ${f(result.against.warmMbPerCpuSecond)} MB/CPU-s warm`);
}

module.exports = { roundOrder, loadTexts, writeCorpus };

main(process.argv.slice(2));
