// The whole alias table, one list in a fixed order.
import type { AliasEntry } from './alias-entry.js';
import { CLOUD_ALIASES } from './clouds.js';
import { DATA_STORE_ALIASES } from './data-stores.js';
import { COMPUTE_ALIASES } from './compute.js';
import { IAC_ALIASES, CICD_ALIASES } from './delivery.js';
import { COMPLIANCE_ALIASES } from './compliance.js';
import { LANGUAGE_ALIASES } from './languages.js';
import { FRAMEWORK_ALIASES } from './frameworks.js';
import { SERVICE_ALIASES } from './services.js';

export const ALL_ALIASES: AliasEntry[] = [
  ...CLOUD_ALIASES, ...DATA_STORE_ALIASES, ...COMPUTE_ALIASES, ...IAC_ALIASES, ...CICD_ALIASES,
  ...COMPLIANCE_ALIASES, ...LANGUAGE_ALIASES, ...FRAMEWORK_ALIASES, ...SERVICE_ALIASES,
];

export type { AliasEntry } from './alias-entry.js';
