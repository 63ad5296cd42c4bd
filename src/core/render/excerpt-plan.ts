// Which words of the inputs each decision quotes in the document, planned once in reading order so no quote repeats.
import type { PhrasingContent } from 'mdast';
import type { Decision } from '../types.js';
import { choiceExcerpts, fullTableIds, keyEvidence, type ChoiceExcerpt } from './decision-prose.js';
import { evidenceList } from './evidence-links.js';
import { DOC_DIR, DOMAIN_ORDER, type RenderContext } from './render-context.js';

const plans = new WeakMap<RenderContext, Map<string, ChoiceExcerpt>>();

/** The excerpt each decision shows: full-table decisions before the defaults of their domain, domains in document order. */
export function excerptPlan(c: RenderContext): Map<string, ChoiceExcerpt> {
  let plan = plans.get(c);
  if (!plan) {
    const full = fullTableIds(c.decisions);
    const ordered = DOMAIN_ORDER.flatMap((dom) => {
      const ds = c.decisions.filter((d) => d.domain === dom);
      return [...ds.filter((d) => full.has(d.id)), ...ds.filter((d) => !full.has(d.id))];
    });
    plan = choiceExcerpts(ordered);
    plans.set(c, plan);
  }
  return plan;
}

/** `: “words” (links)` for the claim the decision makes first: the quoted line is linked first, then the next most specific ones. */
export function quotedEvidence(d: Decision, c: RenderContext | undefined, max: number): (string | PhrasingContent)[] {
  const x = c ? excerptPlan(c).get(d.id) : undefined;
  const ev = keyEvidence(d, max, x?.evidence);
  return [...(x ? [`: ${x.text}`] : []), ...(ev.length ? [' (', ...evidenceList(DOC_DIR, ev, max), ')'] : [])];
}
