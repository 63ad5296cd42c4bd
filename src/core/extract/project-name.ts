// Takes the project name from the PRD's first H1, cleaned of document-type words.
import type { ScalarFact, SourceDoc } from '../types.js';
import { evidenceAt } from './evidence.js';

const NOISE = /\b(product\s+requirements?\s+document|requirements?\s+document|prd|fullstack|full-stack|brownfield|greenfield|enhancement|technical|architecture\s+document|architecture|document|overview|specification)\b/gi;

export function cleanTitle(title: string): string {
  return title
    .replace(NOISE, ' ')
    .replace(/\(\s*\)/g, ' ')
    .replace(/\s*[:|–—-]\s*$/g, '')
    .replace(/^\s*[:|–—-]\s*/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/\s*[:|–—-]$/, '')
    .trim();
}

export function extractProjectName(docs: SourceDoc[]): ScalarFact<string> | null {
  const order = ['prd', 'architecture', 'tech-stack', 'guidelines', 'deployment', 'other'];
  const sorted = [...docs].sort((a, b) => order.indexOf(a.role) - order.indexOf(b.role) || (a.path < b.path ? -1 : 1));
  for (const doc of sorted) {
    const h1 = doc.blocks.find((b) => b.type === 'heading' && b.section.depth === 1);
    if (!h1) continue;
    const name = cleanTitle(h1.text);
    if (name.length < 2) continue;
    return { value: name, evidence: [evidenceAt(doc, h1)], confidence: doc.role === 'prd' ? 0.9 : 0.6 };
  }
  return null;
}
