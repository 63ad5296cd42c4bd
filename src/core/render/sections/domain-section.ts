// One section per domain: the project's facts first, full options only for decisions that matter, the rest as adopted defaults.
import type { RootContent } from 'mdast';
import { domainInfo } from '../../decide/domains.js';
import type { Decision, DomainId } from '../../types.js';
import {
  commitmentEvidence,
  fullTableIds,
  isUndecided,
  keyEvidence,
  reasonClause,
  reasons,
  optionHere,
  runnerUp,
  tradeOffs,
} from '../decision-prose.js';
import { evidenceList } from '../evidence-links.js';
import { code, h, p, strong, table, ul, type Inline } from '../md.js';
import { DOC_DIR, type RenderContext } from '../render-context.js';
import { domainDetails } from './domain-details.js';
import { domainLead } from './domain-lead.js';
import { validationCriterion } from '../validation-criteria.js';

const sentence = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** The paragraph under a full options table: what was chosen and why, with at most two evidence links. */
export function choiceParagraph(d: Decision, adr: string | undefined): RootContent {
  const parts: Inline[] = [strong(`Choice: ${d.choiceTitle}.`), ' '];
  const why = reasons(d)
    .slice(0, 2)
    .map((e) => e.reason);
  const ev = keyEvidence(d);
  const links = ev.length ? [' (', ...evidenceList(DOC_DIR, ev, 2), ')'] : [];
  const runner = runnerUp(d);
  if (d.basis === 'user') parts.push('Chosen in the architecture session.');
  else if (d.basis === 'committed') {
    parts.push(commitmentEvidence(d).length ? 'Stated in the inputs' : 'Required by the inputs', ...links, '.');
    if (why.length) parts.push(` It also suits the project: ${why.join('; ')}.`);
  } else if (isUndecided(d)) {
    parts.push(
      runner
        ? `No stated fact separates it from ${runner.title}; it is the default until someone confirms it (see Assumptions).`
        : 'No stated fact decides it; it is the default until someone confirms it (see Assumptions).',
    );
  } else {
    parts.push(`${sentence(why.join('; '))}`, ...links, '.');
    if (runner) parts.push(` Runner-up: ${runner.title}.`);
  }
  const costs = d.basis === 'scored' ? [] : tradeOffs(d);
  if (costs.length) parts.push(` Trade-offs accepted: ${costs.join('; ')}.`);
  if (adr) parts.push(' Recorded in ', code(adr), '.');
  return p(...parts);
}

/** The choice and the runner-up, then only the options the inputs said something about: a third that nothing bears on says nothing here (it stays in the ADR and model.json). */
function shownOptions(d: Decision): Decision['options'] {
  const runner = runnerUp(d);
  return d.options.filter(
    (o) =>
      o.id === d.choice ||
      o === runner ||
      d.rejected.some((r) => r.id === o.id) ||
      d.explain.some((e) => e.option === o.id && e.delta !== 0),
  );
}

function decisionBlock(d: Decision, adr: string | undefined): RootContent[] {
  const out: RootContent[] = [h(3, `${d.question} `, code(d.id))];
  out.push(
    table(
      ['Option', 'In this project', 'Pros', 'Cons'],
      shownOptions(d).map((o) => [
        o.id === d.choice ? strong(o.title) : o.title,
        optionHere(d, o.id),
        o.pros.join('; '),
        o.cons.filter((x) => !x.startsWith('Ruled out here')).join('; ') || '—',
      ]),
    ),
  );
  out.push(choiceParagraph(d, adr));
  const extra = [...d.conflicts.map((x) => `Conflict: ${x}`), ...d.notes];
  if (extra.length) out.push(ul(extra));
  return out;
}

/** One row per decision adopted without a full table: the choice, why in one line, and what came second. */
function defaultsTable(ds: Decision[], c: RenderContext): RootContent[] {
  if (!ds.length) return [];
  const rows = ds.map((d) => {
    const ev = keyEvidence(d, 1);
    const adr = c.adrs.find((a) => a.decisionId === d.id);
    return [
      [strong(d.choiceTitle), ' ', code(d.id)],
      [reasonClause(d), ...(ev.length ? [' (', ...evidenceList(DOC_DIR, ev, 1), ')'] : []), ...(adr ? ['; ', code(adr.path)] : [])],
      runnerUp(d)?.title ?? '—',
      validationCriterion(d, c.model) ?? '—',
    ];
  });
  return [h(3, 'Defaults adopted'), table(['Choice', 'Why', 'Runner-up', 'Check'], rows)];
}

export function domainSection(domain: DomainId, c: RenderContext): RootContent[] {
  const info = domainInfo(domain);
  const out: RootContent[] = [h(2, info.title)];
  const lead = domainLead(domain, c);
  if (lead) out.push(p(lead));
  const ds = c.decisions.filter((d) => d.domain === domain);
  const full = fullTableIds(c.decisions);
  for (const d of ds.filter((x) => full.has(x.id))) out.push(...decisionBlock(d, c.adrs.find((a) => a.decisionId === d.id)?.path));
  out.push(
    ...defaultsTable(
      ds.filter((x) => !full.has(x.id)),
      c,
    ),
  );
  if (!ds.length) {
    const na = c.model.notApplicable?.find((x) => x.domain === domain);
    out.push(p(na ? na.reason : 'No decision point in this domain applies to this project.'));
  }
  out.push(...domainDetails(domain, c));
  const notes = c.sectionNotes?.[domain] ?? [];
  if (notes.length) out.push(h(3, 'Notes from the session'), ...notes.map((n) => p(n)));
  const results = c.actionResults?.[domain] ?? [];
  for (const r of results)
    out.push(
      h(3, r.title),
      ...r.body
        .split(/\n{2,}/)
        .filter((x) => x.trim())
        .map((para) => p(para)),
    );
  return out;
}
