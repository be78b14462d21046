// V8's optimizing compiler tuned for newsner's workload, set once per process before the pipeline
// loads (worker threads share the process's flags; a child-process worker sets them itself).
// Most of a run's fixed cost is TurboFan compiling the large recognizer functions, each with its
// callees inlined, and compiling them again after a deopt: on the first megabytes of news that is
// more CPU than the analysis itself. Less inlining per function and a later tier-up (so a function
// is optimized with fuller type feedback and deopts less) cut that cost; steady-state speed on
// 20 MB is the same within noise. Measured with scripts/bench.js; see docs/measuring.md.

import { setFlagsFromString } from 'v8';

export const JIT_FLAGS: readonly string[] = [
  // default 920: the bytecode a function may inline in all
  '--max-inlined-bytecode-size-cumulative=200',
  // default 67584: how much a function runs before V8 considers optimizing it
  '--interrupt-budget=100000',
  // default 150: a function waits one more round of that budget per this many bytes of its
  // bytecode. Lower, the large recognizers tier up later, on fuller type feedback: on 5 MB about a
  // fifth fewer optimizing compiles and half the deopts, and less CPU at 1 to 5 MB
  '--bytecode-size-allowance-per-tick=50',
  // loop peeling copies the first iteration of every loop in an optimized function: the recognizers
  // are large functions full of loops, so it made TurboFan's work about a quarter larger for a
  // steady-state gain too small to measure (5 MB: 0.2 CPU-s less; 20 MB: the same)
  '--no-turbo-loop-peeling',
  // default 2: how many times larger the young generation becomes each time it grows. It starts at
  // 1 MB and grows when as much as it holds has survived collections; doubling, newsner's steady
  // survivors took it through 2, 4 and 8 MB to its 16 MB over the first megabytes of input, with a
  // collection every few documents (the young generation's collections cost about the same
  // whatever its size, by what survives them). At once to its full size: about a tenth fewer of
  // them on 5 MB; the full size is the one a longer run reaches anyway, so peak memory stays
  '--semi-space-growth-factor=16',
];

/** A flag's name without its value or "no-", in one spelling: "--interrupt-budget", "--turbo-loop-peeling". */
function baseName(flag: string): string {
  const equals = flag.indexOf('=');
  const name = (equals === -1 ? flag : flag.slice(0, equals)).replace(/_/g, '-');
  return name.startsWith('--no-') ? `--${name.slice('--no-'.length)}` : name;
}

let applied = false;

/** Sets JIT_FLAGS, except any the user gave node on the command line or in NODE_OPTIONS. */
export function tuneJit(): void {
  if (applied) return;
  applied = true;
  const given = `${process.execArgv.join(' ')} ${process.env.NODE_OPTIONS ?? ''}`;
  for (const flag of JIT_FLAGS) {
    // the whole flag name, with or without "no-", written with "=" or alone, with - or _
    const mentioned = given.split(/\s+/).some((word) => baseName(word) === baseName(flag));
    if (!mentioned) setFlagsFromString(flag);
  }
}
