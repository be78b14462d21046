#!/usr/bin/env node
'use strict';
// The executable: everything lives in dist/cli (built from src/cli by `npm run build`).
// `--version` is answered here, before the program and its commands are even loaded.
const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === '--version' || args[0] === '-V')) {
  // a reader that went away (`newsner --version | true`) is no error
  process.stdout.on('error', () => undefined);
  process.stdout.write(`${require('../package.json').version}\n`);
} else {
  require('../dist/run/jit-flags.js').tuneJit(); // before any pipeline code is compiled
  const codeCache = require('../dist/run/code-cache.js');
  codeCache.useCodeCache(); // the modules' bytecode, made at build time
  process.on('exit', () => codeCache.reportCodeCache('main')); // only with NEWSNER_DEBUG_CODE_CACHE set
  require('../dist/cli/main.js').main(process.argv);
}
