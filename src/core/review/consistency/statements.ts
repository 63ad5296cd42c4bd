// The statements the consistency pass judges: must and prohibit constraints, NFRs and Technical Assumptions, one per line.
import type { Evidence, Profile } from '../../types.js';

export interface Statement {
  /** Where it was read, for the verdict's table. */
  source: 'constraint' | 'nfr' | 'assumption' | 'target';
  text: string;
  evidence: Evidence[];
  /** Technologies it requires (a must constraint's subjects). */
  requires: string[];
  /** Technologies it refuses (a prohibit constraint's subjects, an assumption's refused ones). */
  refuses: string[];
  /** Technologies a Technical Assumption states for their role. */
  states: string[];
}

const keyOf = (e: readonly Evidence[], text: string) => (e[0] ? `${e[0].file}:${e[0].line}` : text);

/**
 * Every must and prohibit constraint, NFR and Technical Assumption, in that order, then each stated target (availability,
 * RTO, RPO, budget) read from a line that is none of them. A line read as several of them (a Technical Assumption is also a
 * constraint) is one statement with the subjects of each.
 */
export function statementsOf(profile: Profile): Statement[] {
  const byKey = new Map<string, Statement>();
  const add = (s: Statement) => {
    const k = keyOf(s.evidence, s.text);
    const prev = byKey.get(k);
    if (!prev) return void byKey.set(k, s);
    for (const f of ['requires', 'refuses', 'states'] as const) prev[f] = [...new Set([...prev[f], ...s[f]])];
  };
  for (const c of profile.constraints.filter((x) => x.kind === 'must' || x.kind === 'prohibit'))
    add({
      source: 'constraint',
      text: c.text,
      evidence: c.evidence,
      requires: c.kind === 'must' ? [...c.subjects] : [],
      refuses: c.kind === 'prohibit' ? [...c.subjects] : [],
      states: [],
    });
  for (const n of profile.nfrs) add({ source: 'nfr', text: n.text, evidence: n.evidence, requires: [], refuses: [], states: [] });
  for (const a of profile.technicalAssumptions) {
    const refused = a.negated ?? [];
    add({
      source: 'assumption',
      text: a.text,
      evidence: a.evidence,
      requires: [],
      refuses: [...refused],
      states: a.positive ?? a.subjects.filter((s) => !refused.includes(s)),
    });
  }
  // A target read from the design or a plain sentence is a statement too; on a line already kept it merges into it.
  const p = profile;
  const targets: [string, Evidence[]][] = [
    ...(p.availabilityTarget
      ? [[`Availability target ${p.availabilityTarget.value} %`, p.availabilityTarget.evidence] as [string, Evidence[]]]
      : []),
    ...(p.rto ? [[`RTO ${p.rto.value}`, p.rto.evidence] as [string, Evidence[]]] : []),
    ...(p.rpo ? [[`RPO ${p.rpo.value}`, p.rpo.evidence] as [string, Evidence[]]] : []),
    ...p.budget.map((b) => [`Monthly budget ${b.monthly} ${b.currency}`, b.evidence] as [string, Evidence[]]),
  ];
  for (const [text, evidence] of targets) add({ source: 'target', text, evidence, requires: [], refuses: [], states: [] });
  return [...byKey.values()];
}
