// Prints a profile for a person: grouped facts, each with file:line, then conflicts and warnings.
import type { Decision, Diagnostic, Evidence, ListFact, Profile } from '../types.js';

const at = (e: Evidence[]) => [...new Set(e.map((x) => `${x.file}:${x.line}`))].slice(0, 3).join(', ');

const LISTS: [keyof Profile, string][] = [
  ['cloudProviders', 'Clouds and platforms'],
  ['compute', 'Compute'],
  ['dataStores', 'Data stores'],
  ['iacTools', 'Infrastructure as code'],
  ['ciCd', 'CI/CD'],
  ['compliance', 'Compliance'],
  ['regions', 'Regions'],
  ['languages', 'Languages'],
  ['frameworks', 'Frameworks'],
  ['services', 'Identity, secrets and telemetry services'],
];

export function formatProfile(p: Profile, diagnostics: Diagnostic[], decisions?: Decision[]): string {
  const out: string[] = [];
  const line = (s = '') => out.push(s);
  line(`Project: ${p.projectName?.value ?? '(unnamed)'}`);
  line(`Sources: ${p.sources.map((s) => `${s.file} (${s.role})`).join(', ')}`);
  line();
  line('Architecture');
  const scalar = (label: string, f: { value: unknown; evidence: Evidence[] } | null, suffix = '') =>
    line(`  ${label.padEnd(22)} ${f ? `${f.value}${suffix}  ${at(f.evidence)}` : '—'}`);
  scalar('product archetype', p.productArchetype);
  scalar('style', p.architectureStyle);
  scalar('repository', p.repositoryStrategy);
  scalar('availability target', p.availabilityTarget, ' %');
  scalar('RTO', p.rto);
  scalar('RPO', p.rpo);
  scalar('team size', p.team.size);
  for (const [key, title] of LISTS) {
    const facts = p[key] as ListFact[];
    line();
    line(`${title}${facts.length ? '' : ': none found'}`);
    for (const f of facts) line(`  ${f.id.padEnd(24)} ${at(f.evidence)}`);
  }
  if (p.scale.length) {
    line();
    line('Scale');
    for (const s of p.scale) line(`  ${s.kind.padEnd(24)} ${s.value}  "${s.text}"  ${at(s.evidence)}`);
  }
  if (p.budget.length) {
    line();
    line('Budget');
    for (const b of p.budget) line(`  ${b.monthly} ${b.currency}/month  "${b.text}"  ${at(b.evidence)}`);
  }
  if (p.nfrs.length) {
    line();
    line('Non-functional requirements');
    for (const n of p.nfrs) line(`  ${n.id.padEnd(8)} [${n.category}] ${n.text.slice(0, 90)}  ${at(n.evidence)}`);
  }
  if (p.constraints.length) {
    line();
    line('Constraints');
    for (const c of p.constraints) line(`  ${c.kind.padEnd(8)} ${c.text.slice(0, 90)}  ${at(c.evidence)}`);
  }
  const weak = p.mentions.filter((m) => m.reason !== 'prior-output');
  if (weak.length) {
    line();
    line('Mentioned but not committed');
    for (const m of weak) line(`  ${m.id.padEnd(24)} ${m.reason.padEnd(12)} ${at(m.evidence)}`);
  }
  if (decisions) {
    line();
    line('Decisions');
    for (const d of decisions) line(`  ${d.id.padEnd(34)} ${d.choice.padEnd(22)} ${d.basis}${d.evidence.length ? `  ${at(d.evidence.map((e) => ({ ...e, quote: '' })))}` : ''}`);
  }
  if (p.conflicts.length) {
    line();
    line('Conflicts');
    for (const c of p.conflicts) line(`  ${c.field}: ${c.message}  ${at(c.evidence)}`);
  }
  const warnings = diagnostics.filter((d) => d.severity !== 'info');
  if (warnings.length) {
    line();
    line('Warnings');
    for (const d of warnings) line(`  ${d.file ?? ''}${d.line ? `:${d.line}` : ''} ${d.message}${d.hint ? ` — ${d.hint}` : ''}`);
  }
  return `${out.join('\n')}\n`;
}
