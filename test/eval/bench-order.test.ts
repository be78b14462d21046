// scripts/bench.js runs its configurations interleaved, the order reversed in every other run.
// eslint-disable-next-line @typescript-eslint/no-var-requires
const { roundOrder } = require('../../scripts/bench.js') as { roundOrder(names: string[], round: number): string[] };

test('roundOrder: as given in runs 1, 3, 5..., reversed in runs 2, 4...; the list itself untouched', () => {
  const names = ['jobs1', 'jobs2', 'default', 'againstJobs1', 'againstJobs2'];
  expect(roundOrder(names, 0)).toEqual(['jobs1', 'jobs2', 'default', 'againstJobs1', 'againstJobs2']);
  expect(roundOrder(names, 1)).toEqual(['againstJobs2', 'againstJobs1', 'default', 'jobs2', 'jobs1']);
  expect(roundOrder(names, 2)).toEqual(['jobs1', 'jobs2', 'default', 'againstJobs1', 'againstJobs2']);
  expect(names).toEqual(['jobs1', 'jobs2', 'default', 'againstJobs1', 'againstJobs2']);
});
