// The default --jobs starts its workers only on cores other processes leave free: the rule and the
// arithmetic on two CPU samples, with made-up samples (nothing here reads the machine's load).
import { othersBusyCores, workersForFreeCores } from '../../src/run/cpu-load';

test('workersForFreeCores: the wanted workers, at most the cores left beside the main thread; a core half used by others is not free', () => {
  // two cores: one for the main thread, one for the worker if others leave it (nearly) free
  expect(workersForFreeCores(1, 2, 0)).toBe(1);
  expect(workersForFreeCores(1, 2, 0.49)).toBe(1);
  expect(workersForFreeCores(1, 2, 0.5)).toBe(0);
  expect(workersForFreeCores(1, 2, 1.7)).toBe(0);
  // eight cores
  expect(workersForFreeCores(7, 8, 0)).toBe(7);
  expect(workersForFreeCores(7, 8, 2.2)).toBe(5);
  expect(workersForFreeCores(7, 8, 2.5)).toBe(4);
  expect(workersForFreeCores(3, 8, 0)).toBe(3);
  expect(workersForFreeCores(7, 8, 9)).toBe(0);
});

test("othersBusyCores: the cores' busy time less this process's own, per elapsed time", () => {
  const before = { busyMs: 10_000, ownMs: 300, at: 1_000 };
  // 500 ms: all cores busy for 700 ms, 200 ms of it this process: others kept 1 core busy
  expect(othersBusyCores(before, { busyMs: 10_700, ownMs: 500, at: 1_500 })).toBeCloseTo(1, 10);
  // this process alone
  expect(othersBusyCores(before, { busyMs: 10_400, ownMs: 700, at: 1_500 })).toBe(0);
  // the coarse tick counts may put this process's time a little above the cores': never below 0
  expect(othersBusyCores(before, { busyMs: 10_390, ownMs: 700, at: 1_500 })).toBe(0);
  // no time elapsed
  expect(othersBusyCores(before, before)).toBe(0);
});
