// Traces a requirement to the decisions about the technologies it names: by choice, stated id, rejection or option, else by the catalogue slot.
import type { Decision } from '../types.js';
import { kb } from '../knowledge/active.js';
import { defaultMatcher } from '../extract/tech-hits.js';
import { findPoint } from '../decide/registry.js';

/** The technology ids the catalogue finds in a text (vendor-gated and table-only spellings left out: a sentence is not a stack table). */
export function namedTechnologies(text: string): string[] {
  const ids = new Set<string>();
  for (const h of defaultMatcher().scan(text)) {
    const e = h.entries.find((x) => !x.stackOnly && (!x.vendor || x.vendor.test(text)));
    if (e && e.category !== 'compliance') ids.add(e.id);
  }
  return [...ids];
}

/** The decision that weighed this technology itself: chose it, carries it alongside, ruled it out or listed it. */
function decisionAbout(id: string, decisions: readonly Decision[]): Decision | undefined {
  return (
    decisions.find((d) => d.choice === id || d.stated?.id === id || d.alsoCommitted.includes(id)) ??
    decisions.find((d) => d.rejected.some((r) => r.id === id) || d.options.some((o) => o.id === id))
  );
}

/** The decision whose point fills the technology's slot (a cache named in a rule traces to the cache decision). */
function decisionForSlot(id: string, decisions: readonly Decision[]): Decision | undefined {
  const slots = kb().tech(id)?.slots ?? [];
  if (!slots.length) return undefined;
  return decisions.find((d) => {
    const slot = findPoint(d.id)?.meta.stated?.slot;
    return !!slot && slots.includes(slot);
  });
}

/** Ids of the decisions a requirement's text names by technology; a hosting platform alone links only to the platform decision. */
export function decisionsNamedIn(text: string, decisions: readonly Decision[]): string[] {
  const out = new Set<string>();
  for (const id of namedTechnologies(text)) {
    const d = decisionAbout(id, decisions) ?? decisionForSlot(id, decisions);
    if (d) out.add(d.id);
  }
  return [...out];
}
