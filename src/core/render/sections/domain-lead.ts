// The opening line of each domain section: this project's own facts and numbers, never a generic purpose statement.
import type { Decision, DomainId, InfraModel, Profile } from '../../types.js';
import { techName } from '../../model/tech-catalog.js';
import { refName } from '../../model/model-ref.js';
import type { RenderContext } from '../render-context.js';
import { costAgainstBudget } from '../../model/cost-budget.js';
import { budgetText, inSentence, knownRegions, listOf, money, scaleSummary } from '../facts.js';

function cloud(m: InfraModel): string | null {
  const primary = m.platform.primary === 'unknown' ? null : inSentence(techName(m.platform.primary));
  const regions = knownRegions(m);
  const others = m.platform.providers.filter((x) => x !== m.platform.primary).map(techName);
  if (!primary) return null;
  const where = regions.primary.length ? ` in ${listOf(regions.primary)}` : '';
  const backup = regions.other.length ? `, with ${listOf(regions.other)} for recovery` : '';
  return `${m.project} runs on ${primary}${where}${backup}${others.length ? `; it also uses ${listOf(others)}` : ''}.`;
}

function compute(m: InfraModel, pr: Profile): string | null {
  if (!m.compute.length) return null;
  const load = scaleSummary(pr);
  return `${m.compute.length} compute unit${m.compute.length === 1 ? '' : 's'}: ${listOf(m.compute.map((x) => x.name))}${load ? `, sized for ${load}` : ''}.`;
}

function data(m: InfraModel, pr: Profile): string | null {
  if (!m.dataStores.length) return null;
  const volume = pr.scale.find((s) => s.kind === 'data-volume-gb');
  return `${m.dataStores.length} data store${m.dataStores.length === 1 ? '' : 's'}: ${listOf(m.dataStores.map((d) => `${d.name} (${d.kind})`))}${volume ? `; stated volume ${volume.text}` : ''}.`;
}

function security(m: InfraModel, pr: Profile, decisions: readonly Decision[]): string | null {
  const regimes = pr.compliance.map((f) => f.id.toUpperCase());
  const head = regimes.length ? `${listOf(regimes)} appl${regimes.length === 1 ? 'ies' : 'y'}. ` : '';
  // Software others install signs nobody in on the team's behalf: what it guards is the release path.
  if (m.hosting?.shipsOnly)
    return `${head}The team hosts nothing users sign in to; what needs guarding is the path from a commit to a published release.`;
  return `${head}People sign in through ${refName(m.security.identity, decisions)}; secrets live in ${refName(m.security.secrets, decisions)}.`;
}

function dr(m: InfraModel, pr: Profile): string | null {
  const stated = [
    pr.rto ? `RTO ${pr.rto.value}` : null,
    pr.rpo ? `RPO ${pr.rpo.value}` : null,
    pr.availabilityTarget ? `${pr.availabilityTarget.value} % availability` : null,
  ].filter((x): x is string => !!x);
  return stated.length
    ? `The inputs set ${listOf(stated)}; the strategy below (${m.dr.tier.toLowerCase()}) is sized to meet them.`
    : 'The inputs state no recovery targets; the targets below are proposals to confirm.';
}

function cost(m: InfraModel, pr: Profile): string | null {
  const high = m.costLines.reduce((s, x) => s + x.monthlyHigh, 0);
  if (!pr.budget.length) {
    const top = [...m.costLines].sort((a, b) => b.monthlyHigh - a.monthlyHigh)[0];
    return top
      ? `No budget is stated; at list prices ${m.project} comes to at most ${money(high)} a month, the largest line ${top.item} (${money(top.monthlyHigh)}).`
      : 'No budget is stated and nothing here is charged by the month.';
  }
  const check = costAgainstBudget(m, pr)!;
  const inBudget =
    check.highInBudget === null || check.budget.currency === 'USD'
      ? ''
      : ` (about ${budgetText({ monthly: check.highInBudget, currency: check.budget.currency }).replace(/ a month$/, '')} at ${check.rate})`;
  const verdict = check.highWithin === null ? '' : check.highWithin ? ', within it' : ', over it';
  return `The stated budget is ${budgetText(check.budget)}; the high estimate for the components below is ${money(check.highUsd)}${inBudget}${verdict}.`;
}

function environments(m: InfraModel): string | null {
  // The table and the promotion diagram list them; a lead repeating the names says nothing more.
  void m;
  return null;
}

function cicd(m: InfraModel): string | null {
  const pl = m.pipelines[0];
  if (!pl) return null;
  return `${techName(pl.tool)} runs every build and deployment (${pl.stages.filter((s) => s.approval).length} manual approval gate${pl.stages.filter((s) => s.approval).length === 1 ? '' : 's'})${m.iac ? `; ${techName(m.iac)} changes the infrastructure` : ''}.`;
}

function evolution(pr: Profile): string | null {
  const load = scaleSummary(pr);
  return load ? `Growth is planned from the stated figures (${load}); each step below names the threshold that triggers it.` : null;
}

function collaboration(pr: Profile): string | null {
  return pr.team.size ? `A team of ${pr.team.size.value} builds and runs this system; the ownership below is sized to that.` : null;
}

export function domainLead(domain: DomainId, c: RenderContext): string | null {
  const { model: m, profile: pr } = c;
  switch (domain) {
    case 'cloud':
      return cloud(m);
    case 'compute':
      return compute(m, pr);
    case 'data':
      return data(m, pr);
    case 'security':
      return security(m, pr, c.decisions);
    case 'dr':
      return dr(m, pr);
    case 'cost':
      return cost(m, pr);
    case 'environments':
      return environments(m);
    case 'cicd':
      return cicd(m);
    case 'evolution':
      return evolution(pr);
    case 'collaboration':
      return collaboration(pr);
    default:
      return null;
  }
}
