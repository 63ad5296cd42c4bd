// Implementation handoff: non-negotiables (each constraint once), versioned selections, this system's patterns, runnable checks, the ADR index.
import type { RootContent } from 'mdast';
import { findPoint } from '../../decide/registry.js';
import { techInfo, techName } from '../../model/tech-catalog.js';
import { refName } from '../../model/model-ref.js';
import type { Decision, InfraModel } from '../../types.js';
import { commitmentEvidence, fullTableIds } from '../decision-prose.js';
import { evidenceList, relativeTo } from '../evidence-links.js';
import { knownRegions, listOf, uniqueConstraints } from '../facts.js';
import { code, h, link, p, strong, table, ul, type Cell, type Inline } from '../md.js';
import { DOC_DIR, type RenderContext } from '../render-context.js';
import { statedVersion } from '../stated-version.js';
import { validationCriterion } from '../validation-criteria.js';
import { runsOn } from '../../decide/criteria.js';
import { decisionsCell, traceRows } from '../traceability.js';

/** The version to pin for a decision's choice: the inputs' first, else the knowledge base's; null for practices. */
export function pinnedVersion(d: Decision): { version: string; from: 'inputs' | 'knowledge base' } | null {
  const stated = statedVersion([d.choiceTitle, techName(d.choice)], commitmentEvidence(d));
  if (stated) return { version: stated, from: 'inputs' };
  const o = findPoint(d.id)?.options.find((x) => x.id === d.choice);
  const known = o?.version ?? techInfo(d.choice)?.version ?? null;
  return known ? { version: known, from: 'knowledge base' } : null;
}

function patterns(m: InfraModel, decisions: readonly Decision[]): string[] {
  const units = m.compute.filter((x) => x.role !== 'edge' && x.role !== 'frontend').map((x) => x.name);
  const envs = m.environments.map((e) => e.name);
  const out = [
    `Every resource of ${runsOn(m)} is defined in ${m.iac ? techName(m.iac) : 'infrastructure as code'} and changed through a reviewed pull request; nothing is changed by hand in ${envs.filter((e) => !/local|dev|preview/i.test(e)).join(' or ') || 'shared environments'}.`,
  ];
  if (units.length && envs.length > 1)
    out.push(
      `${listOf(units)} ship${units.length === 1 ? 's' : ''} as one build per commit, promoted unchanged through ${envs.join(' → ')}; configuration comes from the environment.`,
    );
  out.push(
    `${units.length ? `${listOf(units)} read ${units.length === 1 ? 'its' : 'their'} secrets` : 'Secrets are read'} at run time from ${refName(m.security.secrets, decisions)}; none in the repository, images or pipeline logs.`,
  );
  const stores = m.dataStores.filter((d) => !d.publicEndpoint).map((d) => d.name);
  if (stores.length)
    out.push(
      `${listOf(stores)} accept${stores.length === 1 ? 's' : ''} connections only from the application tier; schema changes run as versioned migrations in the pipeline.`,
    );
  const open = m.dataStores.filter((d) => d.publicEndpoint).map((d) => d.name);
  if (open.length)
    out.push(
      `${listOf(open)} ${open.length === 1 ? 'is' : 'are'} reachable from the internet by design: row-level security, scoped keys and allow-lists are in place before real data arrives.`,
    );
  const backup = knownRegions(m).other;
  if (backup.length) out.push(`Backups are copied to ${listOf(backup)} and a restore is rehearsed each quarter.`);
  return out;
}

export function handoffSection(c: RenderContext): RootContent[] {
  const { profile: pr, model: m } = c;
  const ev = (e: { file: string; line: number }[]) => evidenceList(DOC_DIR, e, 2);
  const out: RootContent[] = [h(2, 'Implementation Handoff')];
  out.push(h(3, 'Non-negotiable constraints'));
  const trace = traceRows(pr, c.decisions);
  const cons: Cell[][] = [];
  for (const k of uniqueConstraints(pr))
    cons.push([
      k.kind === 'must' ? 'must' : k.kind === 'prefer' ? 'prefer' : 'must not',
      k.text,
      ev(k.evidence),
      decisionsCell(trace, `constraint:${k.text}`),
    ]);
  for (const text of c.sessionConstraints ?? []) cons.push(['agreed', text, 'the guided session', '—']);
  if (cons.length) out.push(table(['Rule', 'Constraint', 'Source', 'Decisions'], cons));
  // The targets and regimes are rows of Infrastructure Requirements already: named here in one sentence, not listed twice.
  const binding = [
    ...(pr.availabilityTarget ? [`${pr.availabilityTarget.value} % availability`] : []),
    ...(pr.rto ? [`recovery within ${pr.rto.value}`] : []),
    ...(pr.rpo ? [`at most ${pr.rpo.value} of data lost`] : []),
    ...(pr.compliance.length ? [`${listOf(pr.compliance.map((f) => f.id.toUpperCase()))} controls wherever real data is held`] : []),
  ];
  if (binding.length) out.push(p(`${cons.length ? 'Also binding' : 'Binding'}, from Infrastructure Requirements: ${binding.join('; ')}.`));
  if (!cons.length && !binding.length)
    out.push(p('The inputs state no hard constraints; the decisions in this document are the constraints.'));

  out.push(h(3, 'Technology selections'));
  const pinned = c.decisions.map((d) => ({ d, v: pinnedVersion(d) })).filter((x) => x.v);
  const stated = pinned.filter((x) => x.v!.from === 'inputs');
  const known = pinned.filter((x) => x.v!.from !== 'inputs');
  if (stated.length)
    out.push(
      table(
        ['Selection', 'Version', 'From'],
        stated.map(({ d, v }) => [[strong(d.choiceTitle), ' ', code(d.id)], v!.version, ev(commitmentEvidence(d)).slice(0, 1)]),
      ),
    );
  // Versions the inputs do not give are the catalogue's current ones: one sentence, not a row each saying so.
  if (known.length)
    out.push(
      p(
        `${stated.length ? 'Other versions' : 'Versions'} from the knowledge base, to confirm against the lock file: `,
        ...known.flatMap(({ d, v }, i): Inline[] => [i ? ', ' : '', `${d.choiceTitle} ${v!.version} `, code(d.id)]),
        '.',
      ),
    );
  if (!pinned.length)
    out.push(p('No selection here carries a version; the choices are services and practices, listed in each domain section.'));

  out.push(h(3, 'Patterns to follow'), ul(patterns(m, c.decisions)));

  out.push(h(3, 'Implementation validation criteria'));
  const full = fullTableIds(c.decisions);
  const checks = c.decisions
    .filter((d) => full.has(d.id))
    .map((d) => ({ d, text: validationCriterion(d, m) }))
    .filter((x) => x.text);
  out.push(
    table(
      ['#', 'Check', 'Decision'],
      checks.map(({ d, text }, i) => [`V${i + 1}`, text!, code(d.id)]),
    ),
  );

  out.push(h(3, 'Architecture decision records'));
  // One line per domain: the alternatives each ADR weighed are in the record and in the domain's section above.
  // One sentence: the alternatives each ADR weighed are in the record and in the domain's section above.
  if (c.adrs.length)
    out.push(
      p(
        `${c.adrs.length} record${c.adrs.length === 1 ? '' : 's'}, one per key decision: `,
        ...c.adrs.flatMap((a, i): Inline[] => [
          i ? '; ' : '',
          link(relativeTo(DOC_DIR, a.path), `ADR-${String(a.number).padStart(4, '0')}`),
          ` ${a.title}`,
        ]),
        '.',
      ),
    );
  else out.push(p('No key decision produced an ADR in this run.'));
  return out;
}
