// Per-platform defaults, used when a decision point did not run or said nothing concrete: the family's record in the catalogue.
import { familyOf } from '../decide/platform-family.js';
import { kb } from '../knowledge/active.js';
import type { PlatformOperations } from '../knowledge/types.js';

export type PlatformDefaults = PlatformOperations;

export function platformDefaults(platform: string | null): PlatformDefaults {
  return kb().platformFamily(familyOf(platform)).operations;
}

export { familyOf };
