// Action 6: what each role and BMAD agent needs from this domain's decisions, and the hand-off points.
import { defineAction } from './action.js';
import { HAND_OFFS, ROLE_NEEDS } from './integration-roles.js';

export const integration = defineAction(
  {
    id: 'integration',
    number: 6,
    title: 'Cross-Functional Integration & BMAD Workflow Analysis',
    description: 'What each role and BMAD agent needs from this domain, and where work changes hands.',
  },
  (ctx) => {
    const ds = ctx.decisions.filter((d) => d.domain === ctx.domain);
    const chosen = ds.map((d) => d.choiceTitle).join(', ') || 'the decisions of this section';
    const table = [['Role / agent', `Needs from ${chosen}`]];
    for (const r of ROLE_NEEDS[ctx.domain]) table.push([r.role, r.needs]);
    const findings = HAND_OFFS[ctx.domain].map((h) => `Hand-off: ${h.from} → ${h.to}: ${h.artifact}.`);
    const skills = new Set<string>();
    for (const d of ds)
      for (const o of d.options) if (o.id === d.choice && o.complexity >= 4) skills.add(`${d.choiceTitle} (complexity ${o.complexity}/5)`);
    if (skills.size) findings.push(`Needs platform skills the team should confirm it has: ${[...skills].join(', ')}.`);
    const size = ctx.profile.team.size?.value;
    if (size !== undefined && size <= 3)
      findings.push(
        `With a team of ${size}, one person holds several of these roles; keep the hand-offs as checklists rather than meetings.`,
      );
    return {
      summary: `${ROLE_NEEDS[ctx.domain].length} roles depend on this section; ${HAND_OFFS[ctx.domain].length} hand-off point${HAND_OFFS[ctx.domain].length === 1 ? '' : 's'}.`,
      table,
      findings,
      assumptions: [],
    };
  },
);
