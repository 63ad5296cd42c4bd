// Worker thread body: loads Mermaid off the main thread and answers parse requests.
import { parentPort } from 'node:worker_threads';
import { loadMermaid, parseAll } from './load-mermaid.js';

// A worker's stdout is the process's stdout, which carries command output and the MCP JSON-RPC stream:
// whatever Mermaid or jsdom log goes to stderr instead.
const toErr = (...args: unknown[]) => console.error(...args);
console.log = toErr;
console.info = toErr;
console.debug = toErr;
console.warn = toErr;

const ready = loadMermaid();
parentPort?.on('message', async (msg: { id: number; sources: string[] }) => {
  await ready;
  parentPort?.postMessage({ id: msg.id, results: await parseAll(msg.sources) });
});
