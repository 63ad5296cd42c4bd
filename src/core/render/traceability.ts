// Requirements-to-decisions traceability: shared evidence lines first, then the points that answer a requirement's kind.
import type { Decision, Evidence, Profile } from '../types.js';
import { uniqueConstraints } from './facts.js';
import { keyEvidence } from './decision-prose.js';
import { findPoint } from '../decide/registry.js';
import { decisionsNamedIn } from './named-technology-trace.js';
import { code, type Cell } from './md.js';

export interface TraceRow {
  /** Which fact the row traces ('availability', 'nfr:NFR3', 'constraint:<text>'…), then the keys of rows merged into it. */
  keys: string[];
  requirement: string;
  kind: string;
  evidence: Evidence[];
  decisions: string[];
}

// A requirement of a kind traces to the points that declare they answer it (PointMeta.traces).
const answers = (category: string) => (d: Decision) =>
  (findPoint(d.id)?.meta.traces as readonly string[] | undefined)?.includes(category) ?? false;

/** The requirement's line is one the decision rests on: its commitment or strongest reasons, or a line few decisions cite.
 * A line that backs many decisions (a stack table's platform row) would trace every requirement on it to all of them. */
function sameLine(ev: Evidence[], d: Decision, citedBy: Map<string, number>): boolean {
  const key = keyOf(d);
  return ev.some(
    (e) =>
      key.some((x) => x.file === e.file && x.line === e.line) ||
      ((citedBy.get(`${e.file}:${e.line}`) ?? 0) <= 3 && d.evidence.some((x) => x.file === e.file && x.line === e.line)),
  );
}

// Every requirement asks the same questions of the same decisions: the answers are kept per decision list and decision,
// so a long requirements list costs one pass over the evidence, not one per requirement.
const citedByCache = new WeakMap<Decision[], Map<string, number>>();
type Line = { file: string; line: number };
const keyCache = new WeakMap<Decision, Line[]>();

function keyOf(d: Decision): Line[] {
  const cached = keyCache.get(d);
  if (cached) return cached;
  const k = keyEvidence(d, 3);
  keyCache.set(d, k);
  return k;
}

/** How many decisions cite each file:line. */
function citedByOf(decisions: Decision[]): Map<string, number> {
  let citedBy = citedByCache.get(decisions);
  if (citedBy) return citedBy;
  citedBy = new Map<string, number>();
  for (const d of decisions)
    for (const k of new Set(d.evidence.map((x) => `${x.file}:${x.line}`))) citedBy.set(k, (citedBy.get(k) ?? 0) + 1);
  citedByCache.set(decisions, citedBy);
  return citedBy;
}

function link(ev: Evidence[], category: string, decisions: Decision[], subjects: string[] = [], text = ''): string[] {
  const ids = new Set<string>();
  const citedBy = citedByOf(decisions);
  for (const d of decisions) if (sameLine(ev, d, citedBy)) ids.add(d.id);
  for (const d of decisions)
    if (subjects.some((s) => d.choice === s || d.alsoCommitted.includes(s) || d.options.some((o) => o.id === s))) ids.add(d.id);
  for (const d of decisions.filter(answers(category))) ids.add(d.id);
  for (const id of decisionsNamedIn(text, decisions)) ids.add(id);
  const order = new Map(decisions.map((d, i) => [d.id, i]));
  return [...ids].sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
}

export function traceRows(pr: Profile, decisions: Decision[]): TraceRow[] {
  const rows: TraceRow[] = [];
  if (pr.availabilityTarget)
    rows.push({
      keys: ['availability'],
      requirement: `Availability ${pr.availabilityTarget.value} %`,
      kind: 'target',
      evidence: pr.availabilityTarget.evidence,
      decisions: link(pr.availabilityTarget.evidence, 'availability', decisions),
    });
  if (pr.rto)
    rows.push({
      keys: ['rto'],
      requirement: `RTO ${pr.rto.value}`,
      kind: 'target',
      evidence: pr.rto.evidence,
      decisions: link(pr.rto.evidence, 'recovery', decisions),
    });
  if (pr.rpo)
    rows.push({
      keys: ['rpo'],
      requirement: `RPO ${pr.rpo.value}`,
      kind: 'target',
      evidence: pr.rpo.evidence,
      decisions: link(pr.rpo.evidence, 'recovery', decisions),
    });
  pr.scale.forEach((s, i) =>
    rows.push({
      keys: [`scale:${i}`],
      requirement: s.text,
      kind: 'scale',
      evidence: s.evidence,
      decisions: link(s.evidence, 'scalability', decisions),
    }),
  );
  pr.budget.forEach((b, i) =>
    rows.push({
      keys: [`budget:${i}`],
      requirement: `Budget ${b.text}`,
      kind: 'budget',
      evidence: b.evidence,
      decisions: link(b.evidence, 'cost', decisions),
    }),
  );
  for (const r of pr.regions)
    rows.push({
      keys: [`region:${r.id}`],
      requirement: `Region ${r.id}`,
      kind: 'region',
      evidence: r.evidence,
      decisions: link(r.evidence, 'region', decisions),
    });
  for (const c of pr.compliance)
    rows.push({
      keys: [`compliance:${c.id}`],
      requirement: c.id.toUpperCase(),
      kind: 'compliance',
      evidence: c.evidence,
      decisions: link(c.evidence, 'compliance', decisions),
    });
  for (const n of pr.nfrs)
    rows.push({
      keys: [`nfr:${n.id}`],
      requirement: `${n.id}: ${n.text}`,
      kind: `NFR (${n.category})`,
      evidence: n.evidence,
      decisions: link(n.evidence, n.category, decisions, [], n.text),
    });
  for (const k of uniqueConstraints(pr))
    rows.push({
      keys: [`constraint:${k.text}`],
      requirement: k.text,
      kind: `constraint (${k.kind})`,
      evidence: k.evidence,
      decisions: link(k.evidence, 'constraint', decisions, k.subjects, k.text),
    });
  pr.technicalAssumptions.forEach((a, i) =>
    rows.push({
      keys: [`assumption:${i}`],
      requirement: a.text,
      kind: `technical assumption (${a.topic})`,
      evidence: a.evidence,
      decisions: link(a.evidence, 'other', decisions, a.subjects, a.text),
    }),
  );
  // One row per requirement: the same sentence read twice (a constraint that is also an NFR or an assumption) is one row.
  const seen = new Map<string, TraceRow>();
  for (const r of rows) {
    const key = r.requirement
      .replace(/^[A-Za-z]*\d*: /, '')
      .trim()
      .toLowerCase();
    const prev = seen.get(key);
    if (!prev) {
      seen.set(key, r);
      continue;
    }
    prev.keys.push(...r.keys);
    for (const id of r.decisions) if (!prev.decisions.includes(id)) prev.decisions.push(id);
    prev.evidence = [...prev.evidence, ...r.evidence.filter((e) => !prev.evidence.some((x) => x.file === e.file && x.line === e.line))];
  }
  return [...seen.values()];
}

/** The row that traces one fact (its own, or the row it was merged into), by key. */
export function traceOf(rows: readonly TraceRow[], key: string): TraceRow | undefined {
  return rows.find((r) => r.keys.includes(key));
}

/** The decisions a fact traces to, as a table cell: ids in code, or 'not traced'; '—' for a fact no row traces. */
export function decisionsCell(rows: readonly TraceRow[], key: string): Cell {
  const row = traceOf(rows, key);
  if (!row) return '—';
  return row.decisions.length ? row.decisions.flatMap((id, i) => (i ? [', ', code(id)] : [code(id)])) : 'not traced';
}
