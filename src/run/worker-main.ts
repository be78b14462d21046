// The file a --jobs worker starts (a worker thread or a child process): V8's flags and the code
// cache (code-cache.ts) first, then the worker itself, so its modules compile with both. This is
// the only place a worker sets the flags: document-worker's imports load the whole pipeline before
// any line of its own runs, too late for a flag that shapes how that code compiles.

import { tuneJit } from './jit-flags';
import { useCodeCache } from './code-cache';

tuneJit(); // a child process has its own V8 (worker threads share the main thread's flags)
useCodeCache(); // each thread loads its own modules
// eslint-disable-next-line @typescript-eslint/no-var-requires
require('./document-worker');
