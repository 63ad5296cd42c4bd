// Questions the team should answer before implementation: facts the inputs leave out, and conflicts to settle.
import type { Decision, InfraModel, Profile } from '../types.js';
import { DOMAINS } from '../decide/domains.js';
import { crossCheck } from '../review/cross-check/cross-check.js';
import { listOf } from '../render/facts.js';
import { inline as lower } from '../decide/criteria.js';

/** A sentence ends once: a full stop is added only where none is. */
const stop = (s: string) => (/[.!?]$/.test(s.trim()) ? s.trim() : `${s.trim()}.`);

export function openQuestions(profile: Profile, decisions: Decision[], model?: InfraModel): string[] {
  const q: string[] = [];
  const title = (id: string) => decisions.find((d) => d.id === id)?.choiceTitle ?? null;
  const so = (text: string | null) => (text ? ` ${text}` : '');
  const tier = title('dr.strategy-tier');
  const regionPlan = title('cloud.region-strategy');
  const servers = model ? listOf(model.compute.filter((u) => u.role !== 'edge' && u.role !== 'frontend').map((u) => u.name)) : '';
  const stores = model ? listOf(model.dataStores.map((s) => s.name)) : '';
  if (!profile.availabilityTarget)
    q.push(
      `What availability target (for example 99.9 %) must production meet?${so(regionPlan && tier ? `Until one is agreed the design runs ${lower(regionPlan)} with ${lower(tier)} as the recovery tier.` : 'It sets the DR tier and the redundancy in the design.')}`,
    );
  if (!profile.rto || !profile.rpo)
    q.push(
      `What recovery time (RTO) and acceptable data loss (RPO) apply after an outage?${so(tier ? `${tier} was assumed${stores ? ` for ${stores}` : ''}; a tighter target changes the tier and its cost.` : 'The DR strategy was sized without them.')}`,
    );
  if (!profile.budget.length) {
    const top = [...(model?.costLines ?? [])].sort((a, b) => b.monthlyHigh - a.monthlyHigh)[0];
    q.push(
      `What monthly infrastructure budget applies?${so(top ? `The estimate has no ceiling to compare against; its largest line is ${top.item}.` : 'The cost lines are estimates without a ceiling to compare against.')}`,
    );
  }
  if (!profile.team.size) {
    const tools = [title('compute.runtime'), title('cicd.iac-tool'), title('cicd.pipeline-platform')].filter((x): x is string => !!x);
    q.push(
      `How many people will operate the platform, and with which skills?${so(tools.length ? `The design asks them to run ${listOf([...new Set(tools)])}.` : 'Operational complexity was judged without it.')}`,
    );
  }
  if (!profile.regions.length) {
    const platform = title('cloud.primary-platform');
    q.push(
      `Which region(s) must host production and the data (residency)?${so(platform ? `Any ${platform} region fits the design so far.` : null)}`,
    );
  }
  if (!profile.scale.length)
    q.push(
      `What user numbers and traffic are expected at launch and in a year?${so(servers ? `${servers} are sized for a small load until then.` : 'Scaling and cost assume a small load.')}`,
    );
  if (!profile.compliance.length)
    q.push(
      `Does any compliance regime (GDPR, HIPAA, PCI-DSS, SOC 2 …) apply? None is named in the inputs${stores ? `; say whether ${stores} will hold personal or payment data` : ''}.`,
    );
  for (const u of profile.unknownTechnologies)
    q.push(
      `The inputs name ${u.name} (${u.slot}), which the knowledge base does not know: what are its regions, SLA, compliance attestations and prices? It is kept as stated.`,
    );
  for (const c of profile.conflicts) q.push(`The inputs disagree on ${c.field}: ${stop(c.message)} Which one holds?`);
  for (const d of decisions) for (const c of d.conflicts) q.push(`${d.id}: ${c}`);
  for (const r of crossCheck(profile, decisions, model).rows)
    if (r.verdict === 'conflict' || r.verdict === 'differs')
      q.push(`The Technical Assumptions state "${r.text}": ${stop(r.problems.join('; '))} Update the statement or revisit the decision.`);
  const missing = DOMAINS.filter((d) => !decisions.some((x) => x.domain === d.id));
  if (missing.length)
    q.push(`No decision point covered ${missing.map((d) => d.title).join(', ')} in this run; review the platform defaults used there.`);
  return q;
}
