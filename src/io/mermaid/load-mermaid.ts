// Loads Mermaid under a jsdom window once per process; Mermaid's parser needs a DOM for DOMPurify.
import { createRequire } from 'node:module';
export interface MermaidResult {
  ok: boolean;
  diagramType?: string;
  error?: string;
  /** 1-based line inside the diagram source where the parser stopped, when it says. */
  line?: number;
}

type MermaidApi = { parse(text: string): Promise<{ diagramType: string }>; initialize(cfg: object): void };

let loading: Promise<MermaidApi> | null = null;

/** Imports jsdom and mermaid (about 0.7 s cold); later calls share the same promise. */
export function loadMermaid(): Promise<MermaidApi> {
  if (!loading) {
    loading = (async () => {
      // jsdom stays on 26.x (pinned in package.json): from 27 on it require()s ES-module-only packages, and Node 20's
      // synchronous require(esm) can meet its own asynchronous ESM loader mid-link and abort the process ("IsGraphAsync
      // must be used on an instantiated module"). 26's whole tree is CommonJS, so a plain require never reaches the ESM
      // loader (test/io/mermaid/mermaid-worker-load.test.ts walks the tree and starts the worker with require(esm) off).
      const { JSDOM } = createRequire(import.meta.url)('jsdom') as typeof import('jsdom');
      const dom = new JSDOM('<!doctype html><html><body></body></html>');
      const g = globalThis as Record<string, unknown>;
      if (!g.window) g.window = dom.window;
      if (!g.document) g.document = dom.window.document;
      const mermaid = (await import('mermaid')).default as unknown as MermaidApi;
      mermaid.initialize({ startOnLoad: false, securityLevel: 'strict' });
      return mermaid;
    })();
  }
  return loading;
}

/** Parses each source with Mermaid's own parser; never throws. */
export async function parseAll(sources: string[]): Promise<MermaidResult[]> {
  const mermaid = await loadMermaid();
  const out: MermaidResult[] = [];
  for (const src of sources) {
    try {
      const r = await mermaid.parse(src);
      out.push({ ok: true, diagramType: r.diagramType });
    } catch (err) {
      const message = String((err as Error)?.message ?? err);
      const m = /line (\d+)/i.exec(message);
      out.push({ ok: false, error: message.split('\n').slice(0, 4).join(' ').trim(), line: m ? Number(m[1]) : undefined });
    }
  }
  return out;
}
