// Questions the team should answer before implementation: facts the inputs leave out, and conflicts to settle.
import type { Decision, InfraModel, Profile } from '../types.js';
import { DOMAINS } from '../decide/domains.js';
import { crossReference } from '../render/sections/requirements-section.js';

export function openQuestions(profile: Profile, decisions: Decision[], model?: InfraModel): string[] {
  const q: string[] = [];
  if (!profile.availabilityTarget)
    q.push('What availability target (for example 99.9 %) must production meet? It sets the DR tier and the redundancy in the design.');
  if (!profile.rto || !profile.rpo)
    q.push('What recovery time (RTO) and acceptable data loss (RPO) apply after an outage? The DR strategy was sized without them.');
  if (!profile.budget.length)
    q.push('What monthly infrastructure budget applies? The cost lines are estimates without a ceiling to compare against.');
  if (!profile.team.size)
    q.push('How many people will operate the platform, and with which skills? Operational complexity was judged without it.');
  if (!profile.regions.length) q.push('Which region(s) must host production and the data (residency)?');
  if (!profile.scale.length)
    q.push('What user numbers and traffic are expected at launch and in a year? Scaling and cost assume a small load.');
  if (!profile.compliance.length) q.push('Does any compliance regime (GDPR, HIPAA, PCI-DSS, SOC 2 …) apply? None is named in the inputs.');
  for (const u of profile.unknownTechnologies)
    q.push(
      `The inputs name ${u.name} (${u.slot}), which the knowledge base does not know: what are its regions, SLA, compliance attestations and prices? It is kept as stated.`,
    );
  for (const c of profile.conflicts) q.push(`The inputs disagree on ${c.field}: ${c.message} Which one holds?`);
  for (const d of decisions) for (const c of d.conflicts) q.push(`${d.id}: ${c}`);
  for (const r of crossReference(profile, decisions, model))
    if (r.verdict === 'conflict' || r.verdict === 'differs')
      q.push(`The PRD Technical Assumptions say "${r.text}" but ${r.detail}. Update the PRD or revisit the decision.`);
  const missing = DOMAINS.filter((d) => !decisions.some((x) => x.domain === d.id));
  if (missing.length)
    q.push(`No decision point covered ${missing.map((d) => d.title).join(', ')} in this run; review the platform defaults used there.`);
  return q;
}
