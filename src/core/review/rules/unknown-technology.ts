// Rule: a technology the inputs state that the knowledge base does not know; it was kept, its capabilities are unconfirmed.
import { defineRule, type Finding } from '../rule.js';

export default defineRule({
  meta: {
    id: 'unknown-technology',
    category: 'technology-constraints',
    title: 'Technology not in the knowledge base',
    description:
      'The inputs name a technology for a role (platform, database, IaC, CI/CD, …) that the knowledge base has no record of. It is kept as the choice; nothing about its regions, SLA, attestations or prices was checked.',
    why: 'Every later check (availability ceiling, attestations for regulated data, costs, residency) relies on what the knowledge base says about the chosen technology. For an unknown one those checks are silent, not passed.',
    detection: 'One yellow concern per stated technology the catalogue lacks, whether it became a choice or was carried alongside.',
    mitigation:
      'Confirm its capabilities with the vendor (regions, SLA, compliance attestations, backup and price model) and record them, or add it to a knowledge pack so the next run can check it.',
    falsePositives: 'The name is a spelling or internal alias of a technology the catalogue knows; correct it in the inputs.',
    docs: [],
    resolvedBy: null,
    messages: {
      unknown:
        '{name} ({slot}) is not in the knowledge base: it is kept as stated, and its capabilities (regions, SLA, attestations, prices) are unconfirmed.',
      unknownCarried:
        '{name} ({slot}) is not in the knowledge base: it is kept as stated ({decisions}), and its capabilities (regions, SLA, attestations, prices) are unconfirmed.',
    },
  },
  check(ctx) {
    const out: Finding[] = [];
    const seen = new Set<string>();
    for (const u of ctx.profile.unknownTechnologies) {
      if (seen.has(u.id)) continue;
      seen.add(u.id);
      const carriedBy = [...ctx.decisions.values()].filter((d) => d.choice === u.id || d.alsoCommitted.includes(u.id)).map((d) => d.id);
      out.push({
        subject: u.id,
        signal: { impact: 2, likelihood: 2, basis: 'stated' },
        evidence: { facts: u.evidence.slice(0, 3), model: carriedBy },
        messageId: carriedBy.length ? 'unknownCarried' : 'unknown',
        data: { name: u.name, slot: u.slot, ...(carriedBy.length ? { decisions: carriedBy.join(', ') } : {}) },
      });
    }
    return out;
  },
});
