// The file a --jobs worker starts (a worker thread or a child process): V8's flags and the code
// cache (code-cache.ts) first, then the worker itself, so its modules compile with both.

import { tuneJit } from './jit-flags';
import { useCodeCache } from './code-cache';

tuneJit(); // a child process has its own V8 (worker threads share the main thread's flags)
useCodeCache(); // each thread loads its own modules
// eslint-disable-next-line @typescript-eslint/no-var-requires
require('./document-worker');
