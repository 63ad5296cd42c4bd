// Groups the chosen platform into families so options can state what they need in one word.
import type { DecideContext } from './define-point.js';
import { HYPERSCALERS, PAAS } from './profile-view.js';

export type Family = 'aws' | 'azure' | 'gcp' | 'other-hyperscaler' | 'paas' | 'servers' | 'on-prem' | 'unknown';

export const PRIMARY_PLATFORM = 'cloud.primary-platform';

export function familyOf(platform: string | null): Family {
  if (!platform) return 'unknown';
  if (platform === 'aws' || platform === 'azure' || platform === 'gcp') return platform;
  if (HYPERSCALERS.includes(platform)) return 'other-hyperscaler';
  if (PAAS.includes(platform)) return 'paas';
  if (platform === 'on-prem') return 'on-prem';
  return 'servers';
}

/** The family of the platform chosen by `cloud.primary-platform`. */
export function family(c: DecideContext): Family {
  return familyOf(c.chosen(PRIMARY_PLATFORM));
}

/** A `rejectIf` helper: the option only exists on the given families. */
export function onlyOn(...families: Family[]) {
  return (c: DecideContext): string | null => {
    const f = family(c);
    return f === 'unknown' || families.includes(f) ? null : `needs ${families.join(' or ')}, and the platform is ${c.chosen(PRIMARY_PLATFORM)}`;
  };
}

/** True when the inputs commit to a hyperscaler or to Kubernetes: private networking exists to design. */
export function hasPrivateNetwork(c: DecideContext): boolean {
  const f = family(c);
  return f === 'aws' || f === 'azure' || f === 'gcp' || f === 'other-hyperscaler' || f === 'on-prem';
}
