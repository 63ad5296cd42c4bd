// Implementation handoff: non-negotiables, pinned selections, patterns, validation criteria and the ADR index.
import type { RootContent } from 'mdast';
import { findPoint } from '../../decide/registry.js';
import { techInfo, techName } from '../../model/tech-catalog.js';
import type { Decision, InfraModel } from '../../types.js';
import { evidenceList, relativeTo } from '../evidence-links.js';
import { code, h, link, p, strong, table, ul, type Cell } from '../md.js';
import { DOC_DIR, type RenderContext } from '../render-context.js';
import { validationCriterion } from '../validation-criteria.js';

/** The version to pin for a decision's choice: the knowledge base's, else the price table's. */
export function pinnedVersion(d: Decision): string | null {
  const o = findPoint(d.id)?.options.find((x) => x.id === d.choice);
  return o?.version ?? techInfo(d.choice)?.version ?? null;
}

function patterns(m: InfraModel): string[] {
  const out = [
    `All infrastructure is defined in ${m.iac ? techName(m.iac) : 'infrastructure-as-code'} and changed only through reviewed pull requests; no console changes in staging or production.`,
    'One immutable build artefact per commit is promoted unchanged through every environment; configuration comes from the environment, never baked in.',
    `Secrets live in ${m.security.secrets}; nothing secret in the repository, images or pipeline logs.`,
    `Least privilege everywhere: workloads get their own identities, people use ${m.security.identity}.`,
    'Every resource carries owner, environment, cost-centre and data-classification tags.',
    'Health checks, structured JSON logs with request ids and the four golden signals for every service from day one.',
  ];
  if (m.dataStores.length) out.push('Data stores are reachable only from the application tier; schema changes run as versioned migrations in the pipeline.');
  if (m.dataStores.some((d) => d.publicEndpoint)) out.push('Stores that are public by design (BaaS) are locked down with row-level security, scoped keys and allow-lists before any real data arrives.');
  if (m.regions.some((r) => r.role !== 'primary')) out.push('Backups and replicas are copied to the recovery region; restores are rehearsed, not assumed.');
  return out;
}

export function handoffSection(c: RenderContext): RootContent[] {
  const { profile: pr, model: m } = c;
  const out: RootContent[] = [h(2, 'Implementation Handoff')];
  out.push(h(3, 'Non-negotiable constraints'));
  const cons: Cell[][] = [];
  for (const k of pr.constraints.filter((x) => x.kind !== 'prefer')) cons.push([k.kind === 'must' ? 'must' : 'must not', k.text, evidenceList(DOC_DIR, k.evidence, 2)]);
  for (const f of pr.compliance) cons.push(['comply', `${f.id.toUpperCase()} controls apply to every environment holding real data`, evidenceList(DOC_DIR, f.evidence, 2)]);
  if (pr.availabilityTarget) cons.push(['meet', `Availability of at least ${pr.availabilityTarget.value} %`, evidenceList(DOC_DIR, pr.availabilityTarget.evidence, 2)]);
  if (pr.rto) cons.push(['meet', `Recovery time within ${pr.rto.value}`, evidenceList(DOC_DIR, pr.rto.evidence, 2)]);
  if (pr.rpo) cons.push(['meet', `Data loss no more than ${pr.rpo.value}`, evidenceList(DOC_DIR, pr.rpo.evidence, 2)]);
  for (const d of c.decisions.filter((x) => x.basis === 'committed' && x.domain === 'cloud')) cons.push(['keep', `${d.choiceTitle} (${d.id}), committed in the inputs`, evidenceList(DOC_DIR, d.evidence, 2)]);
  if (cons.length) out.push(table(['Rule', 'Constraint', 'Source'], cons));
  else out.push(p('The inputs state no hard constraints; the decisions below are the constraints.'));

  out.push(h(3, 'Technology selections'));
  out.push(table(['Decision', 'Selection', 'Version to pin', 'Basis'], c.decisions.map((d) => [code(d.id), d.choiceTitle, pinnedVersion(d) ?? 'latest stable at implementation; pin it in the lock file or IaC', d.basis === 'committed' ? 'inputs' : d.basis === 'user' ? 'session' : d.assumptions.length ? 'assumption' : 'recommended'])));

  out.push(h(3, 'Patterns to follow'), ul(patterns(m)));

  out.push(h(3, 'Implementation validation criteria'));
  out.push(p('Each criterion is tied to a decision and can be checked by the platform team before sign-off.'));
  out.push(table(['#', 'Decision', 'Criterion'], c.decisions.map((d, i) => [`V${i + 1}`, code(d.id), validationCriterion(d, m)])));

  out.push(h(3, 'Architecture decision records'));
  if (c.adrs.length) out.push(table(['ADR', 'Title', 'Decision'], c.adrs.map((a) => [link(relativeTo(DOC_DIR, a.path), `ADR-${String(a.number).padStart(4, '0')}`), a.title, code(a.decisionId)])));
  else out.push(p('No key decision produced an ADR in this run.'));
  out.push(p(strong('Handoff protocol:'), ' the platform team reviews this document and the ADRs, raises questions against the open items, and signs off the validation criteria as they are met.'));
  return out;
}
