#!/usr/bin/env node
// Compiles the gazetteers in src/lexicon into dist/lexicon (placeholder until the lexicon lands).
'use strict';
