// Names the canonical technologies a statement talks about: all of them, the ones it negates, and the ones it puts forward.
import type { Block } from '../types.js';
import { defaultMatcher } from './tech-hits.js';
import { assertionStatus, isCommitment } from './assertion-status.js';
import { negatedSpans, PROHIBITED_TITLE } from './negation.js';

export interface Subjects {
  all: string[];
  /** Named as the thing refused: "No EKS", "avoid X", "X is not allowed". */
  negated: string[];
  /** Named without negation, rejection, example, alternative or condition: what a mandate or preference is about. */
  positive: string[];
}

export function subjectsOf(block: Block): Subjects {
  const text = block.text;
  const hits = defaultMatcher()
    .scan(text)
    .flatMap((h) => {
      const entry = h.entries.find((e) => !e.vendor || e.vendor.test(text));
      return entry && !entry.stackOnly ? [{ id: entry.id, start: h.start, end: h.end }] : [];
    });
  const listed = (block.type === 'list-item' || block.type === 'table-row') && PROHIBITED_TITLE.test(block.section.title);
  const negatedAt = negatedSpans(text, hits, listed);
  const all = new Set<string>();
  const negated = new Set<string>();
  const positive = new Set<string>();
  hits.forEach((h, i) => {
    all.add(h.id);
    if (negatedAt.has(i)) negated.add(h.id);
    else if (isCommitment(assertionStatus(null, block, h.start, h.end))) positive.add(h.id);
  });
  const sorted = (s: Set<string>) => [...s].sort();
  return { all: sorted(all), negated: sorted(negated), positive: sorted(positive) };
}
