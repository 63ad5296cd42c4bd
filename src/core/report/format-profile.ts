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

/** How each demotion reads in the text output. */
const REASON_LABEL: Record<string, string> = {
  rejected: 'rejected or prohibited',
  alternative: 'alternative considered',
  future: 'future or later phase',
  example: 'example or hypothetical',
  code: 'only in code samples',
  conditional: 'optional or conditional',
  provenance: 'provenance (where code came from)',
  'dev-only': 'local, dev or test only',
  market: 'market or competitor context',
  cost: 'cost comparison',
  'no-obligation': 'named without an obligation',
  superseded: 'superseded by a later or more specific document',
  subject: 'what the product works on, not what it runs on',
};

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
  for (const [label, list] of [
    ['team skills', p.team.skills],
    ['team lacks', p.team.gaps ?? []],
  ] as const)
    if (list.length) line(`  ${label.padEnd(22)} ${list.map((s) => s.id).join(', ')}  ${at(list.flatMap((s) => s.evidence))}`);
  scalar('deployment strategy', p.deploymentStrategy ?? null);
  if (p.environments?.length)
    line(`  ${'environments'.padEnd(22)} ${p.environments.map((e) => `${e.id} (${at(e.evidence.slice(0, 1))})`).join(', ')}`);
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
  if (p.unknownTechnologies.length) {
    line();
    line('Named but not in the knowledge catalogue (carried as written)');
    for (const u of p.unknownTechnologies) line(`  ${u.name.padEnd(24)} ${u.slot.padEnd(18)} ${at(u.evidence)}`);
  }
  const weak = p.mentions.filter((m) => m.reason !== 'prior-output');
  if (weak.length) {
    line();
    line('Not taken as commitments, by reason');
    // One line per reason, so a reader sees at once what was demoted and why: "future: helm (prd.md:324)".
    const byReason = new Map<string, string[]>();
    // A name listed under two fields (a platform that is also its compute) is one demotion to the reader.
    for (const m of weak) byReason.set(m.reason, [...(byReason.get(m.reason) ?? []), `${m.id} (${at(m.evidence.slice(0, 1))})`]);
    for (const [reason, items] of [...byReason.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1)))
      line(`  ${REASON_LABEL[reason] ?? reason}: ${[...new Set(items)].join(', ')}`);
  }
  if (decisions) {
    line();
    line('Decisions');
    for (const d of decisions)
      line(
        `  ${d.id.padEnd(34)} ${d.choice.padEnd(22)} ${d.basis}${d.evidence.length ? `  ${at(d.evidence.map((e) => ({ ...e, quote: '' })))}` : ''}`,
      );
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
