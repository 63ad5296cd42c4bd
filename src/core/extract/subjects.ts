// Names the canonical technologies a statement talks about, split by whether the statement rejects them.
import type { Block } from '../types.js';
import { defaultMatcher } from './tech-hits.js';
import { phraseDemotion } from './phrase-demotion.js';

export function subjectsOf(block: Block): { all: string[]; rejected: string[] } {
  const all = new Set<string>();
  const rejected = new Set<string>();
  for (const h of defaultMatcher().scan(block.text)) {
    const entry = h.entries.find((e) => !e.vendor || e.vendor.test(block.text));
    if (!entry || entry.stackOnly) continue;
    all.add(entry.id);
    if (phraseDemotion(block.text, h.start, h.end) === 'rejected') rejected.add(entry.id);
  }
  return { all: [...all].sort(), rejected: [...rejected].sort() };
}
