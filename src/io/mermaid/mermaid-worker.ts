// Worker thread body: loads Mermaid off the main thread and answers parse requests.
import { parentPort } from 'node:worker_threads';
import { loadMermaid, parseAll } from './load-mermaid.js';

const ready = loadMermaid();
parentPort?.on('message', async (msg: { id: number; sources: string[] }) => {
  await ready;
  parentPort?.postMessage({ id: msg.id, results: await parseAll(msg.sources) });
});
