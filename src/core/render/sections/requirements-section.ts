// Requirements: NFRs with ids, compliance, scale and targets, and the cross-reference with the PRD's Technical Assumptions.
import type { RootContent } from 'mdast';
import { crossCheck } from '../../review/cross-check/cross-check.js';
import { techName } from '../../model/tech-catalog.js';
import { evidenceList } from '../evidence-links.js';
import { code, h, p, table, type Cell, type Inline } from '../md.js';
import { DOC_DIR, type RenderContext } from '../render-context.js';
import { budgetText, listOf } from '../facts.js';
import { decisionsCell, traceOf, traceRows } from '../traceability.js';

export function requirementsSection(c: RenderContext): RootContent[] {
  const pr = c.profile;
  const ev = (e: { file: string; line: number }[]) => evidenceList(DOC_DIR, e, 2);
  // Each requirement is listed once, here, with the decisions that answer it (the traceability the spec asks for).
  const trace = traceRows(pr, c.decisions);
  const ds = (key: string) => decisionsCell(trace, key);
  const out: RootContent[] = [h(2, 'Infrastructure Requirements')];
  out.push(h(3, 'Targets and constraints'));
  const rows: Cell[][] = [];
  if (pr.availabilityTarget)
    rows.push(['Availability', `${pr.availabilityTarget.value} %`, ev(pr.availabilityTarget.evidence), ds('availability')]);
  if (pr.rto) rows.push(['Recovery time objective (RTO)', pr.rto.value, ev(pr.rto.evidence), ds('rto')]);
  if (pr.rpo) rows.push(['Recovery point objective (RPO)', pr.rpo.value, ev(pr.rpo.evidence), ds('rpo')]);
  pr.scale.forEach((s, i) => rows.push([`Scale (${s.kind})`, s.text, ev(s.evidence), ds(`scale:${i}`)]));
  pr.budget.forEach((b, i) => rows.push(['Budget', budgetText(b), ev(b.evidence), ds(`budget:${i}`)]));
  if (pr.team.size) rows.push(['Team size', String(pr.team.size.value), ev(pr.team.size.evidence), '—']);
  // Written as the documents state it ("no X experience"), so the row reads as a lack, never as a use of X.
  for (const g of pr.team.gaps ?? []) rows.push(['Team skills', `no ${g.id} experience`, ev(g.evidence), '—']);
  for (const r of pr.regions) rows.push(['Region', r.id, ev(r.evidence), ds(`region:${r.id}`)]);
  // The architecture style and how the code is kept are context, stated once in the Overview.
  if (rows.length) out.push(table(['Requirement', 'Value', 'Source', 'Decisions'], rows));
  else
    out.push(
      p(
        'The inputs state no availability, recovery, scale or budget targets; the defaults used are listed under Assumptions and Open Questions.',
      ),
    );

  out.push(h(3, 'Compliance and regulation'));
  if (pr.compliance.length)
    out.push(
      table(
        ['Regime', 'Source', 'Decisions'],
        pr.compliance.map((f) => [
          techName(f.id).toUpperCase() === f.id.toUpperCase() ? f.id.toUpperCase() : techName(f.id),
          ev(f.evidence),
          ds(`compliance:${f.id}`),
        ]),
      ),
    );
  else {
    const stores = listOf(c.model.dataStores.filter((d) => d.kind !== 'cache' && d.kind !== 'queue').map((d) => d.name));
    out.push(
      p(
        `No compliance regime is named in the inputs; confirm with the product owner whether ${stores || 'the system'} will hold personal or payment data.`,
      ),
    );
  }

  out.push(h(3, 'Non-functional requirements'));
  // An NFR no infrastructure decision answers (usability, code quality, a CLI's response time) is named, not restated.
  const bears = (n: (typeof pr.nfrs)[number]) => !!traceOf(trace, `nfr:${n.id}`)?.decisions.length;
  const traced = pr.nfrs.filter(bears);
  const other = pr.nfrs.filter((n) => !bears(n));
  if (traced.length)
    out.push(
      table(
        ['Id', 'Category', 'Requirement', 'Source', 'Decisions'],
        traced.map((n) => [code(n.id), n.category, n.text, ev(n.evidence), ds(`nfr:${n.id}`)]),
      ),
    );
  if (other.length)
    out.push(
      p(
        `${traced.length ? 'No infrastructure decision depends on the other' : 'No infrastructure decision depends on the'} ${other.length === 1 ? 'requirement' : `${other.length} requirements`}: `,
        ...byCategory(other).flatMap(([cat, ns], i): Inline[] => [
          i ? '; ' : '',
          ...ns.flatMap((n, j) => [j ? ', ' : '', code(n.id)]),
          cat === 'other' ? '' : ` (${cat})`,
        ]),
        ' (',
        ...evidenceList(
          DOC_DIR,
          other.flatMap((n) => n.evidence.slice(0, 1)),
          2,
          true,
        ),
        ').',
      ),
    );
  if (!pr.nfrs.length) out.push(p('The inputs list no non-functional requirements explicitly.'));

  out.push(h(3, 'Cross-reference with PRD Technical Assumptions'));
  const refs = crossCheck(pr, c.decisions, c.model);
  if (refs.rows.length)
    out.push(
      table(
        ['Topic', 'PRD statement', 'Verdict', 'Detail', 'Source'],
        refs.rows.map((r) => [r.topic, r.text, r.verdict, r.detail, ev(r.evidence)]),
      ),
    );
  if (refs.contextOnly && !refs.rows.length)
    out.push(
      p(
        `${refs.contextOnly} further statement${refs.contextOnly === 1 ? ' is' : 's are'} context only: no infrastructure decision depends on ${refs.contextOnly === 1 ? 'it' : 'them'}.`,
      ),
    );
  if (!refs.rows.length && !refs.contextOnly)
    out.push(
      p(
        'The PRD has no Technical Assumptions section that this tool could read; the decisions rest on the architecture and tech-stack documents instead.',
      ),
    );
  if (pr.conflicts.length) {
    out.push(h(3, 'Conflicts between the inputs'));
    out.push(
      table(
        ['Field', 'Conflict', 'Source'],
        pr.conflicts.map((k) => [k.field, k.message, ev(k.evidence)]),
      ),
    );
  }
  return out;
}

/** NFRs grouped by category, in the order each category first appears. */
function byCategory<T extends { category: string }>(ns: T[]): [string, T[]][] {
  const out = new Map<string, T[]>();
  for (const n of ns) out.set(n.category, [...(out.get(n.category) ?? []), n]);
  return [...out];
}
