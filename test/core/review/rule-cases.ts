// Extra knobs for rule test cases that the profile helper does not cover: explicit residency, PRD prohibitions, conflicts.
import type { RuleCase } from './run-rule.js';

export interface Extra {
  residency?: boolean;
  prdProhibit?: string;
  conflicts?: boolean;
}

/** Turns the extra knobs into profile edits by wrapping the case's profile spec (applied in runRule through `decorate`). */
export function caseOf(c: RuleCase & Extra): RuleCase {
  const { residency, prdProhibit, conflicts, decorate, ...rest } = c;
  return {
    ...rest,
    decorate: (p) => {
      decorate?.(p);
      if (residency)
        p.constraints.push({
          id: 'c-res',
          kind: 'must',
          text: 'All personal data must stay within the EU (data residency).',
          subjects: [],
          source: 'guidelines',
          evidence: [{ file: 'docs/infrastructure/guidelines.md', line: 3, quote: 'residency' }],
        });
      if (prdProhibit)
        p.constraints.push({
          id: 'c-prd',
          kind: 'prohibit',
          text: `No ${prdProhibit}`,
          subjects: [prdProhibit],
          source: 'technical-assumptions',
          evidence: [{ file: 'docs/prd.md', line: 9, quote: prdProhibit }],
        });
      if (conflicts)
        p.conflicts.push({
          field: 'cloudProviders',
          message: 'The PRD names Azure; the architecture names AWS.',
          ids: ['aws', 'azure'],
          evidence: [
            { file: 'docs/prd.md', line: 4, quote: 'Azure' },
            { file: 'docs/architecture.md', line: 8, quote: 'AWS' },
          ],
        });
    },
  };
}
