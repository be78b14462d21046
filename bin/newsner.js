#!/usr/bin/env node
'use strict';
// The executable: everything lives in dist/cli (built from src/cli by `npm run build`).
require('../dist/cli/main.js').main(process.argv);
