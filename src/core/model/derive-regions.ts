// Regions the system runs in: the inputs' regions first, then what the DR decisions require.
import type { InfraModel, Profile } from '../types.js';
import type { DecisionLookup } from './decision-lookup.js';
import { kebabId } from './model-ids.js';

type Region = InfraModel['regions'][number];

export function deriveRegions(profile: Profile, l: DecisionLookup, assumptions: string[]): Region[] {
  const regions: Region[] = [];
  // The region the documents lean on most is the primary; the profile lists regions alphabetically.
  const byWeight = [...profile.regions].sort((a, b) => b.evidence.length - a.evidence.length || b.confidence - a.confidence);
  for (const r of byWeight) {
    const id = kebabId(r.id, 'region');
    if (!regions.some((x) => x.id === id)) regions.push({ id, role: regions.length === 0 ? 'primary' : 'secondary' });
  }
  if (regions.length === 0) {
    regions.push({ id: 'primary-region', role: 'primary' });
    assumptions.push(
      'No region is named in the inputs; choose the primary region closest to most users and inside any residency boundary.',
    );
  }
  const tier = l.attrs('dr.strategy-tier').tier;
  const layout = l.attrs('cloud.region-strategy').regions;
  const needsSecondary =
    tier === 'pilot-light' ||
    tier === 'warm-standby' ||
    tier === 'active-active' ||
    layout === 'multi-region-passive' ||
    layout === 'multi-region-active';
  if (needsSecondary && !regions.some((r) => r.role === 'secondary')) regions.push({ id: 'secondary-region', role: 'secondary' });
  const crossRegionBackup = l.attrs('dr.backup-location').crossRegionBackup === true || l.attrs('data.backup').crossRegionBackup === true;
  if (crossRegionBackup && !regions.some((r) => r.role !== 'primary')) regions.push({ id: 'backup-region', role: 'backup' });
  return regions;
}
