// One section per domain: purpose, each decision with its options, recommendation, rationale and evidence.
import type { RootContent } from 'mdast';
import { domainInfo } from '../../decide/domains.js';
import type { Decision, DomainId } from '../../types.js';
import { evidenceList } from '../evidence-links.js';
import { code, emph, h, p, strong, table, ul } from '../md.js';
import { DOC_DIR, type RenderContext } from '../render-context.js';
import { domainDetails } from './domain-details.js';

function decisionBlock(d: Decision, adr: string | undefined): RootContent[] {
  const out: RootContent[] = [h(4, `${d.question} `, code(d.id))];
  out.push(table(['Option', 'Summary', 'Pros', 'Cons'], d.options.map((o) => [o.id === d.choice ? strong(`${o.title} (recommended)`) : o.title, o.summary, o.pros.join('; '), o.cons.join('; ')])));
  out.push(p(strong('Recommendation:'), ` ${d.choiceTitle}. ${d.rationale}`));
  out.push(p(strong('Evidence:'), ' ', ...evidenceList(DOC_DIR, d.evidence, 6), adr ? '. Recorded in ' : '', ...(adr ? [code(adr)] : [])));
  const extra = [...d.assumptions, ...d.conflicts.map((x) => `Conflict: ${x}`), ...d.notes];
  if (extra.length) out.push(ul(extra));
  return out;
}

export function domainSection(domain: DomainId, c: RenderContext): RootContent[] {
  const info = domainInfo(domain);
  const out: RootContent[] = [h(2, info.title), p(emph('Purpose:'), ` ${info.purpose}`)];
  const ds = c.decisions.filter((d) => d.domain === domain);
  if (ds.length) {
    out.push(h(3, 'Decisions'));
    for (const d of ds) out.push(...decisionBlock(d, c.adrs.find((a) => a.decisionId === d.id)?.path));
  } else {
    out.push(p('No decision points for this domain ran in this version of the knowledge base; the model below uses platform defaults, listed under Assumptions and Open Questions.'));
  }
  out.push(...domainDetails(domain, c.model));
  const notes = c.sectionNotes?.[domain] ?? [];
  if (notes.length) out.push(h(3, 'Notes from the session'), ...notes.map((n) => p(n)));
  const results = c.actionResults?.[domain] ?? [];
  for (const r of results) out.push(h(3, r.title), ...r.body.split(/\n{2,}/).filter((x) => x.trim()).map((para) => p(para)));
  return out;
}
