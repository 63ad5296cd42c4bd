// Detects contradictions between documents: rival primary clouds, and prohibited technology committed elsewhere.
import type { Conflict, ConstraintFact, ListFact, Profile } from '../types.js';
import { sortEvidence } from './evidence.js';
import { kb } from '../knowledge/active.js';
import type { TechKind } from '../knowledge/types.js';

/** Kinds of platform that host a whole system; two of them committed in separate documents is a contradiction. */
const PRIMARY_KINDS: TechKind[] = ['hyperscaler', 'server-host', 'on-premises'];
const isPrimary = (id: string) => PRIMARY_KINDS.includes(kb().kindOf(id) as TechKind);

const key = (e: { file: string; line: number }) => `${e.file}:${e.line}`;

export function cloudConflicts(clouds: ListFact[]): Conflict[] {
  const primaries = clouds.filter((c) => isPrimary(c.id));
  if (primaries.length < 2) return [];
  // Named together in one statement ("AWS/Azure/GCP") is a deliberate multi-cloud choice, not a contradiction.
  const shared = primaries.every((a) =>
    primaries.every((b) => a === b || a.evidence.some((e) => b.evidence.some((f) => key(e) === key(f)))),
  );
  if (shared) return [];
  const ids = primaries.map((c) => c.id).sort();
  return [
    {
      field: 'cloudProviders',
      message: `documents commit to different primary platforms (${ids.join(', ')})`,
      ids,
      evidence: sortEvidence(primaries.flatMap((c) => c.evidence)),
    },
  ];
}

export function prohibitionConflicts(profile: Profile, constraints: ConstraintFact[]): Conflict[] {
  const committed = new Map<string, ListFact>();
  for (const list of [profile.cloudProviders, profile.dataStores, profile.compute, profile.iacTools, profile.ciCd])
    for (const f of list) committed.set(f.id, f);
  const out: Conflict[] = [];
  for (const c of constraints) {
    if (c.kind !== 'prohibit') continue;
    for (const id of c.subjects) {
      const fact = committed.get(id);
      if (!fact) continue;
      out.push({
        field: 'constraints',
        message: `${id} is prohibited ("${c.text.slice(0, 80)}") but committed elsewhere`,
        ids: [id, c.id],
        evidence: sortEvidence([...c.evidence, ...fact.evidence]),
      });
    }
  }
  return out;
}
