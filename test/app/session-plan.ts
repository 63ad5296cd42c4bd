// Test helper: a session plan chosen from the example's current decisions, so the tests follow the knowledge base.
import { decideAll, emptyUserInput } from '../../src/core/decide/decide.js';
import { extractProfile } from '../../src/core/extract/extract-profile.js';
import { parseConstraint } from '../../src/core/session/constraint-parser.js';
import type { Decision, Profile } from '../../src/core/types.js';
import { readProject } from '../../src/io/read-project.js';

export interface Plan {
  profile: Profile;
  /** A decision to switch, and the option to switch to. */
  switchTo: { domain: string; decision: Decision; option: string };
  /** A constraint that changes a recommendation, and the decision it changes. */
  constraint: { domain: string; text: string; changes: Decision };
}

export function makePlan(dir: string): Plan {
  const { profile } = extractProfile(readProject(dir).docs);
  const ds = decideAll(profile);
  const sw = ds.find((d) => d.domain === 'compute' && d.options.length > 1 && !d.rejected.some((r) => r.id === d.options[1].id)) ?? ds.find((d) => d.options.length > 1)!;
  const switchTo = { domain: sw.domain, decision: sw, option: sw.options[1].id };
  // A constraint naming a chosen technology in a later domain must move that decision elsewhere.
  for (const d of ds) {
    if (d.domain === sw.domain || ['cloud', 'network', 'compute'].includes(d.domain) && d.domain !== 'network') continue;
    const text = `avoid ${d.choice}`;
    const parsed = parseConstraint(text);
    if (!parsed.excludes.includes(d.choice)) continue;
    const after = decideAll(profile, { ...emptyUserInput(), choices: { [sw.id]: switchTo.option }, constraints: [parsed] }).find((x) => x.id === d.id)!;
    if (after.choice !== d.choice) return { profile, switchTo, constraint: { domain: d.domain, text, changes: d } };
  }
  throw new Error('no decision in the example can be moved by a constraint');
}
