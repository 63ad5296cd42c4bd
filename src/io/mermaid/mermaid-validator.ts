// Validates Mermaid sources in a worker thread started early, so loading Mermaid overlaps other work.
import { Worker } from 'node:worker_threads';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseAll, type MermaidResult } from './load-mermaid.js';

export type { MermaidResult } from './load-mermaid.js';

export interface MermaidValidator {
  validate(sources: string[]): Promise<MermaidResult[]>;
  close(): Promise<void>;
}

/**
 * Starts loading Mermaid now. In compiled builds the load runs in a worker thread, in parallel with
 * whatever the caller does next; from TypeScript sources (tests) it runs in-process.
 */
export function startMermaidValidator(): MermaidValidator {
  const workerFile = fileURLToPath(new URL('./mermaid-worker.js', import.meta.url));
  if (!existsSync(workerFile)) {
    return { validate: (s) => parseAll(s), close: async () => {} };
  }
  const worker = new Worker(workerFile);
  worker.unref();
  let next = 0;
  const pending = new Map<number, { sources: string[]; resolve: (r: MermaidResult[]) => void }>();
  let failure: Error | null = null;
  worker.on('message', (m: { id: number; results: MermaidResult[] }) => {
    pending.get(m.id)?.resolve(m.results);
    pending.delete(m.id);
  });
  // A worker that dies hands its queue to the in-process parser rather than leaving callers waiting.
  worker.on('error', (e) => {
    failure = e;
    for (const [id, p] of pending) {
      pending.delete(id);
      void parseAll(p.sources).then(p.resolve);
    }
  });
  return {
    validate(sources) {
      if (failure) return parseAll(sources);
      const id = next++;
      return new Promise((res) => {
        pending.set(id, { sources, resolve: res as (r: MermaidResult[]) => void });
        worker.ref();
        worker.postMessage({ id, sources });
      }).then((r) => {
        if (pending.size === 0) worker.unref();
        return r as MermaidResult[];
      });
    },
    async close() {
      await worker.terminate();
    },
  };
}
