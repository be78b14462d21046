// How busy the machine's other processes keep its cores: the default --jobs starts its workers
// only when there is a free core for them. On a machine already running other work, a worker's
// own warm-up (its lexicon and JIT, 2-3 CPU-s) and the analysis it takes over only share the
// cores the main thread would have had: measured on the 2-core VM at load 12-16, every run with a
// second isolate (--jobs 2, or the default's worker) took 1.10-1.25x the wall time of --jobs 1
// on 20 MB, and 1.2-1.5x its CPU seconds.

import { cpus } from 'os';
import { performance } from 'perf_hooks';

export interface CpuSample {
  /** ms all cores spent busy (user, nice, sys, irq), every process's */
  busyMs: number;
  /** ms of CPU this process used (all its threads) */
  ownMs: number;
  /** when, in ms */
  at: number;
}

export function sampleCpu(): CpuSample {
  let busyMs = 0;
  for (const cpu of cpus()) busyMs += cpu.times.user + cpu.times.nice + cpu.times.sys + cpu.times.irq;
  const own = process.cpuUsage();
  return { busyMs, ownMs: (own.user + own.system) / 1000, at: performance.now() };
}

/** Cores kept busy by other processes between two samples (never below 0). */
export function othersBusyCores(before: CpuSample, after: CpuSample): number {
  const elapsed = after.at - before.at;
  if (elapsed <= 0) return 0;
  return Math.max(0, (after.busyMs - before.busyMs - (after.ownMs - before.ownMs)) / elapsed);
}

/**
 * Workers to start beside a main thread that analyzes too: the wanted count, but no more than the
 * cores left free by the main thread and by other processes (a core counts as free when other
 * processes use less than half of it).
 */
export function workersForFreeCores(wanted: number, cpuCount: number, othersBusy: number): number {
  const free = cpuCount - 1 - othersBusy;
  return Math.max(0, Math.min(wanted, Math.ceil(free - 0.5)));
}
