// The CLI's V8 flags: each is set once, unless the user already gave node the same flag (with or
// without "no-", a value, - or _ spelling), which then wins.

const setFlags: string[] = [];
jest.mock('v8', () => ({ setFlagsFromString: (flag: string) => setFlags.push(flag) }));

function tuneWith(execArgv: string[], nodeOptions?: string): string[] {
  setFlags.length = 0;
  const saved = { execArgv: process.execArgv, options: process.env.NODE_OPTIONS };
  process.execArgv = execArgv;
  if (nodeOptions === undefined) delete process.env.NODE_OPTIONS;
  else process.env.NODE_OPTIONS = nodeOptions;
  try {
    jest.isolateModules(() => {
      // eslint-disable-next-line @typescript-eslint/no-var-requires
      const { tuneJit } = require('../../src/run/jit-flags');
      tuneJit();
      tuneJit(); // a second call sets nothing again
    });
  } finally {
    process.execArgv = saved.execArgv;
    if (saved.options === undefined) delete process.env.NODE_OPTIONS;
    else process.env.NODE_OPTIONS = saved.options;
  }
  return [...setFlags];
}

const ALL = ['--max-inlined-bytecode-size-cumulative=200', '--interrupt-budget=100000', '--bytecode-size-allowance-per-tick=50', '--no-turbo-loop-peeling', '--semi-space-growth-factor=16'];

test('with no node flags given, every flag is set once, in order', () => {
  expect(tuneWith([])).toEqual(ALL);
});

test('a flag the user gave on the command line or in NODE_OPTIONS is left alone', () => {
  expect(tuneWith(['--interrupt-budget=5000'])).toEqual([ALL[0], ALL[2], ALL[3], ALL[4]]);
  expect(tuneWith(['--turbo-loop-peeling'])).toEqual([ALL[0], ALL[1], ALL[2], ALL[4]]);
  expect(tuneWith(['--bytecode_size_allowance_per_tick=150'])).toEqual([ALL[0], ALL[1], ALL[3], ALL[4]]);
  expect(tuneWith(['--semi_space_growth_factor=2'])).toEqual([ALL[0], ALL[1], ALL[2], ALL[3]]);
  expect(tuneWith([], '--max_inlined_bytecode_size_cumulative=10 --no_turbo_loop_peeling')).toEqual([ALL[1], ALL[2], ALL[4]]);
});

test('a flag that only starts like one of ours does not count', () => {
  expect(tuneWith(['--interrupt-budget-for-feedback-allocation=10', '--turbo-loop-peeling-x'])).toEqual(ALL);
});
