// Gives the worker's event loop one turn after every test, so vitest's RPC replies are read between long synchronous tests.
import { afterEach } from 'vitest';

// Without a macrotask turn, a file of synchronous tests that runs longer than vitest's fixed 60 s RPC limit
// (the corpus tests on a loaded 2-core machine) never reads the reply to its progress report and fails the run.
afterEach(() => new Promise<void>((resolve) => setImmediate(resolve)));
