// The profile fields the corpus labels score, with their names in labels.yaml.
export const SCORED_FIELDS = [
  ['cloudProviders', 'cloud_providers'],
  ['dataStores', 'data_stores'],
  ['compute', 'compute'],
  ['iacTools', 'iac_tools'],
  ['ciCd', 'ci_cd'],
  ['compliance', 'compliance'],
] as const;
