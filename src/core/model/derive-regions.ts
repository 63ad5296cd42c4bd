// Regions the system runs in: the inputs' regions first, then what the DR decisions require.
import type { InfraModel, Profile } from '../types.js';
import type { DecisionLookup } from './decision-lookup.js';
import { kebabId } from './model-ids.js';
import { kb } from '../knowledge/active.js';
import { areaName, statedResidency } from '../decide/stated-residency.js';

type Region = InfraModel['regions'][number];

export function deriveRegions(profile: Profile, l: DecisionLookup, assumptions: string[], platform: string | null = null): Region[] {
  const regions: Region[] = [];
  const tier = l.attrs('dr.strategy-tier').tier;
  const layout = l.attrs('cloud.region-strategy').regions;
  const needsSecondary =
    tier === 'pilot-light' ||
    tier === 'warm-standby' ||
    tier === 'active-active' ||
    layout === 'multi-region-passive' ||
    layout === 'multi-region-active';
  const crossRegionBackup = l.attrs('dr.backup-location').crossRegionBackup === true || l.attrs('data.backup').crossRegionBackup === true;
  // A further named region plays the role a decision gives it: a cell of its own jurisdiction, the standby, or the backup copy.
  const cells = l.attrs('data.residency').cellPerJurisdiction === true;
  const roleOfNext = (): Region['role'] | null => {
    if (cells) return 'primary';
    if (needsSecondary && !regions.some((x) => x.role === 'secondary')) return 'secondary';
    if (crossRegionBackup && !regions.some((x) => x.role === 'backup')) return 'backup';
    return null;
  };
  // The region the documents lean on most is the primary; the profile lists regions alphabetically.
  const byWeight = [...profile.regions].sort((a, b) => b.evidence.length - a.evidence.length || b.confidence - a.confidence);
  const unplaced: string[] = [];
  for (const r of byWeight) {
    const id = kebabId(r.id, 'region');
    if (regions.some((x) => x.id === id)) continue;
    const role = regions.length === 0 ? 'primary' : roleOfNext();
    if (role) regions.push({ id, role });
    else unplaced.push(r.id);
  }
  if (unplaced.length)
    assumptions.push(
      `The inputs also name ${unplaced.join(', ')}; the region strategy (${l.title('cloud.region-strategy', 'one region')}) and the DR tier keep production in ${regions[0].id}, so no standby is drawn there.`,
    );
  // A region the tool must pick under a residency statement is the platform's next catalogue region inside the area.
  const residency = statedResidency(profile);
  const areas = [...new Set(residency.flatMap((r) => r.areas))];
  const pickInside = (role: Region['role']): string | null => {
    if (!platform || !areas.length) return null;
    const r = kb()
      .regions()
      .find((x) => x.provider === platform && !regions.some((y) => y.id === x.id) && areas.some((a) => kb().inResidencyArea(x.id, a)));
    if (!r) return null;
    assumptions.push(
      `The inputs require data to stay in ${areas.map(areaName).join(' or ')}; the ${role} region is ${r.id} (${r.geography}), the catalogue's next region of the platform there.`,
    );
    return r.id;
  };
  if (regions.length === 0) {
    const inside = pickInside('primary');
    if (inside) regions.push({ id: inside, role: 'primary' });
    else {
      regions.push({ id: 'primary-region', role: 'primary' });
      assumptions.push(
        'No region is named in the inputs; choose the primary region closest to most users and inside any residency boundary.',
      );
    }
  }
  if (needsSecondary && !regions.some((r) => r.role === 'secondary'))
    regions.push({ id: pickInside('secondary') ?? 'secondary-region', role: 'secondary' });
  if (crossRegionBackup && !regions.some((r) => r.role !== 'primary'))
    regions.push({ id: pickInside('backup') ?? 'backup-region', role: 'backup' });
  return regions;
}
