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
];

let applied = false;

/** Sets JIT_FLAGS, except any the user gave node on the command line or in NODE_OPTIONS. */
export function tuneJit(): void {
  if (applied) return;
  applied = true;
  const given = `${process.execArgv.join(' ')} ${process.env.NODE_OPTIONS ?? ''}`;
  for (const flag of JIT_FLAGS) {
    const name = flag.slice(0, flag.indexOf('='));
    // the whole flag name, written with "=" or alone, in either spelling
    const words = given.split(/\s+/);
    const mentioned = [name, name.replace(/-/g, '_')].some((n) => words.some((word) => word === n || word.startsWith(`${n}=`)));
    if (!mentioned) setFlagsFromString(flag);
  }
}
