// Test helper: a session plan chosen from the example's current decisions, so the tests follow the knowledge base.
import { decideAll, emptyUserInput } from '../../src/core/decide/decide.js';
import { extractProfile } from '../../src/core/extract/extract-profile.js';
import { deriveModel } from '../../src/core/model/derive-model.js';
import { reviewArchitecture } from '../../src/core/review/review.js';
import { parseConstraint } from '../../src/core/session/constraint-parser.js';
import type { Decision, Profile } from '../../src/core/types.js';
import { readProject } from '../../src/io/read-project.js';

export interface Plan {
  profile: Profile;
  /** A decision to switch, and the option to switch to. */
  switchTo: { domain: string; decision: Decision; option: string };
  /** A constraint that changes a recommendation, and the decision it changes. */
  constraint: { domain: string; text: string; changes: Decision };
  /** A switch that raises a red feasibility concern the session must then resolve. */
  red: { domain: string; decision: Decision; option: string; concern: string };
}

const reds = (profile: Profile, choices: Record<string, string>) => {
  const ds = decideAll(profile, { ...emptyUserInput(), choices });
  return reviewArchitecture(profile, ds, deriveModel(profile, ds))
    .filter((c) => c.level === 'red')
    .map((c) => c.id);
};

/** The first shown alternative, outside `skip`, whose choice raises a red concern the recommendation does not. */
function findRed(profile: Profile, ds: Decision[], skip: string[]): Plan['red'] {
  const before = new Set(reds(profile, {}));
  for (const d of ds) {
    if (skip.includes(d.domain)) continue;
    for (const o of d.options.slice(1)) {
      const raised = reds(profile, { [d.id]: o.id }).find((id) => !before.has(id));
      if (raised) return { domain: d.domain, decision: d, option: o.id, concern: raised };
    }
  }
  throw new Error('no alternative in the example raises a red concern');
}

export function makePlan(dir: string): Plan {
  const { profile } = extractProfile(readProject(dir).docs);
  const ds = decideAll(profile);
  const sw =
    ds.find((d) => d.domain === 'compute' && d.options.length > 1 && !d.rejected.some((r) => r.id === d.options[1].id)) ??
    ds.find((d) => d.options.length > 1)!;
  const switchTo = { domain: sw.domain, decision: sw, option: sw.options[1].id };
  // A constraint naming a chosen technology in a later domain must move that decision elsewhere.
  for (const d of ds) {
    if (d.domain === sw.domain || (['cloud', 'network', 'compute'].includes(d.domain) && d.domain !== 'network')) continue;
    const text = `avoid ${d.choice}`;
    const parsed = parseConstraint(text);
    if (!parsed.excludes.includes(d.choice)) continue;
    const after = decideAll(profile, { ...emptyUserInput(), choices: { [sw.id]: switchTo.option }, constraints: [parsed] }).find(
      (x) => x.id === d.id,
    )!;
    if (after.choice !== d.choice) {
      const constraint = { domain: d.domain, text, changes: d };
      return { profile, switchTo, constraint, red: findRed(profile, ds, [sw.domain]) };
    }
  }
  throw new Error('no decision in the example can be moved by a constraint');
}
