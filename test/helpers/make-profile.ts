// Builds small Profiles for table-driven tests: ids become committed facts with synthetic evidence.
import { emptyProfile } from '../../src/core/extract/extract-profile.js';
import type { ListFact, Mention, NfrFact, ProductArchetype, Profile, ScaleFact, TechCategory } from '../../src/core/types.js';

export interface ProfileSpec {
  cloudProviders?: string[];
  dataStores?: string[];
  compute?: string[];
  iacTools?: string[];
  ciCd?: string[];
  compliance?: string[];
  languages?: string[];
  frameworks?: string[];
  /** Identity, telemetry, distribution and other services (app stores, Sentry, …). */
  services?: string[];
  regions?: string[];
  style?: string;
  archetype?: ProductArchetype;
  repo?: string;
  availability?: number;
  rtoMinutes?: number;
  rpoMinutes?: number;
  users?: number;
  concurrentUsers?: number;
  teamSize?: number;
  skills?: string[];
  /** Skills the documents say the team lacks. */
  teamGaps?: string[];
  budget?: number;
  prohibit?: string[];
  must?: string[];
  rejected?: string[];
  future?: { id: string; category: TechCategory }[];
  scale?: ScaleFact[];
  /** Requirements as written: text and category. */
  nfrs?: { text: string; category?: NfrFact['category'] }[];
}

const ev = (what: string) => [{ file: 'docs/spec.md', line: 1, quote: what }];
const facts = (ids: string[] = []): ListFact[] => ids.map((id) => ({ id, evidence: ev(id), confidence: 0.9 }));

export function makeProfile(s: ProfileSpec = {}): Profile {
  const p = emptyProfile();
  p.cloudProviders = facts(s.cloudProviders);
  p.dataStores = facts(s.dataStores);
  p.compute = facts(s.compute);
  p.iacTools = facts(s.iacTools);
  p.ciCd = facts(s.ciCd);
  p.compliance = facts(s.compliance);
  p.languages = facts(s.languages);
  p.frameworks = facts(s.frameworks);
  p.services = facts(s.services);
  p.regions = facts(s.regions);
  if (s.archetype) p.productArchetype = { value: s.archetype, evidence: ev(s.archetype), confidence: 0.9 };
  if (s.style) p.architectureStyle = { value: s.style, evidence: ev(s.style), confidence: 0.9 };
  if (s.repo) p.repositoryStrategy = { value: s.repo, evidence: ev(s.repo), confidence: 0.9 };
  if (s.availability !== undefined) p.availabilityTarget = { value: s.availability, evidence: ev(`${s.availability}%`), confidence: 0.9 };
  if (s.rtoMinutes !== undefined) p.rto = { value: `${s.rtoMinutes} minutes`, minutes: s.rtoMinutes, evidence: ev('RTO'), confidence: 0.9 };
  if (s.rpoMinutes !== undefined) p.rpo = { value: `${s.rpoMinutes} minutes`, minutes: s.rpoMinutes, evidence: ev('RPO'), confidence: 0.9 };
  if (s.users !== undefined) p.scale.push({ kind: 'users', value: s.users, text: `${s.users} users`, evidence: ev('users') });
  if (s.concurrentUsers !== undefined)
    p.scale.push({
      kind: 'concurrent-users',
      value: s.concurrentUsers,
      text: `${s.concurrentUsers} concurrent users`,
      evidence: ev('concurrent'),
    });
  if (s.scale) p.scale.push(...s.scale);
  if (s.teamSize !== undefined) p.team.size = { value: s.teamSize, evidence: ev('team'), confidence: 0.9 };
  p.team.skills = facts(s.skills);
  if (s.teamGaps) p.team.gaps = facts(s.teamGaps);
  if (s.budget !== undefined) p.budget.push({ monthly: s.budget, currency: 'USD', text: `$${s.budget}/month`, evidence: ev('budget') });
  for (const id of s.prohibit ?? [])
    p.constraints.push({
      id: `c-${id}`,
      kind: 'prohibit',
      text: `Do not use ${id}`,
      subjects: [id],
      source: 'guidelines',
      evidence: ev(`no ${id}`),
    });
  for (const id of s.must ?? [])
    p.constraints.push({
      id: `m-${id}`,
      kind: 'must',
      text: `Must use ${id}`,
      subjects: [id],
      source: 'guidelines',
      evidence: ev(`must ${id}`),
    });
  (s.nfrs ?? []).forEach((n, i) => p.nfrs.push({ id: `NFR${i + 1}`, text: n.text, category: n.category ?? 'other', evidence: ev(n.text) }));
  const mentions: Mention[] = [
    ...(s.rejected ?? []).map((id): Mention => ({ id, category: 'cloudProviders', reason: 'rejected', evidence: ev(`not ${id}`) })),
    ...(s.future ?? []).map((f): Mention => ({ id: f.id, category: f.category, reason: 'future', evidence: ev(`later ${f.id}`) })),
  ];
  p.mentions = mentions;
  return p;
}
