// Which words of the inputs each decision quotes in the document, planned once in reading order so no quote repeats.
import type { PhrasingContent } from 'mdast';
import type { Decision } from '../types.js';
import {
  alternativeExcerpts,
  choiceExcerpts,
  fullTableIds,
  keyEvidence,
  type AlternativeExcerpt,
  type ChoiceExcerpt,
} from './decision-prose.js';
import { evidenceList } from './evidence-links.js';
import { DOC_DIR, DOMAIN_ORDER, type RenderContext } from './render-context.js';

interface Plan {
  choices: Map<string, ChoiceExcerpt>;
  /** Keyed `decision option`: the quote behind an alternative's row in a full options table. */
  alternatives: Map<string, AlternativeExcerpt>;
}

const plans = new WeakMap<RenderContext, Plan>();

/** The excerpts the document shows: every choice first (full-table decisions before the defaults of their domain, domains in document order), then the alternatives of the full tables with what is left. */
function plan(c: RenderContext): Plan {
  let out = plans.get(c);
  if (!out) {
    const full = fullTableIds(c.decisions);
    const ordered = DOMAIN_ORDER.flatMap((dom) => {
      const ds = c.decisions.filter((d) => d.domain === dom);
      return [...ds.filter((d) => full.has(d.id)), ...ds.filter((d) => !full.has(d.id))];
    });
    const used = new Set<string>();
    const choices = choiceExcerpts(ordered, used);
    out = {
      choices,
      alternatives: alternativeExcerpts(
        ordered.filter((d) => full.has(d.id)),
        used,
      ),
    };
    plans.set(c, out);
  }
  return out;
}

export function excerptPlan(c: RenderContext): Map<string, ChoiceExcerpt> {
  return plan(c).choices;
}

/** An alternative's "In this project" cell with `: “words” (link)` after the signal the quote stands behind, when an unused quote is left. */
export function withAlternativeEvidence(d: Decision, optionId: string, cell: string, c: RenderContext): (string | PhrasingContent)[] {
  const x = plan(c).alternatives.get(`${d.id} ${optionId}`);
  const at = x ? cell.indexOf(x.signal) : -1;
  if (!x || at < 0) return [cell];
  const end = at + x.signal.length;
  return [cell.slice(0, end), `: ${x.text} (`, ...evidenceList(DOC_DIR, [x.evidence], 1), ')', cell.slice(end)].filter((p) => p !== '');
}

/** `: “words” (links)` for the claim the decision makes first: the quoted line is linked first, then the next most specific ones. */
export function quotedEvidence(d: Decision, c: RenderContext | undefined, max: number): (string | PhrasingContent)[] {
  const x = c ? excerptPlan(c).get(d.id) : undefined;
  const ev = keyEvidence(d, max, x?.evidence);
  return [...(x ? [`: ${x.text}`] : []), ...(ev.length ? [' (', ...evidenceList(DOC_DIR, ev, max), ')'] : [])];
}
