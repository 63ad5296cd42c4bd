// Rule: core infrastructure technology the team's stated skills do not cover.
import { defineRule, type Finding } from '../rule.js';
import { INFRA_IDS, skillCovers, teamFacts, techFacts } from '../rule-helpers.js';

export default defineRule({
  meta: {
    id: 'skill-gap',
    category: 'technology-constraints',
    title: "Technology outside the team's stated skills",
    description: "The primary platform, a compute runtime or the IaC tool is not among the team's stated infrastructure skills.",
    why: 'The first outage on an unfamiliar platform takes hours of reading documentation. Learning is fine when planned; it is a risk when the schedule assumes the team already knows the tools.',
    detection:
      'Only when the stated skills name at least one infrastructure technology (so a list of languages does not count as "no infrastructure skills"): each core technology not covered by a skill, its provider or its family is yellow.',
    mitigation:
      'Pick the option the team knows when the difference is small; otherwise plan training or paired delivery with someone experienced, and allow for it in the schedule.',
    falsePositives: 'The skills list in the documents is incomplete; add the skill to the inputs.',
    docs: ['https://dora.dev/capabilities/'],
    resolvedBy: 'compute.runtime',
    messages: {
      notInSkills: '{tech} is part of the architecture and not among the team’s stated skills ({skills}).',
    },
  },
  check(ctx) {
    const skills = ctx.profile.team.skills.map((s) => s.id);
    if (!skills.some((s) => INFRA_IDS.has(s))) return [];
    const core = new Set<string>();
    const p = ctx.platform();
    if (p) core.add(p);
    for (const c of ctx.model.compute) core.add(c.tech);
    if (ctx.model.iac) core.add(ctx.model.iac);
    const out: Finding[] = [];
    for (const tech of [...core].filter((t) => INFRA_IDS.has(t)).sort()) {
      if (skillCovers(skills, tech)) continue;
      out.push({
        subject: tech,
        signal: { impact: 2, likelihood: 3, basis: 'stated' },
        evidence: {
          facts: [...teamFacts(ctx), ...ctx.profile.team.skills.flatMap((s) => s.evidence.slice(0, 1)), ...techFacts(ctx, tech)],
          model: ctx.elementsUsing(tech).length ? ctx.elementsUsing(tech) : [tech],
        },
        messageId: 'notInSkills',
        data: { tech, skills: skills.join(', ') },
      });
    }
    return out;
  },
});
