// Environments and their promotion chain, from the layout's typed stages or a three-stage default.
import type { InfraModel } from '../types.js';
import type { DecisionLookup } from './decision-lookup.js';

type Env = InfraModel['environments'][number];

const PURPOSE: Record<string, string> = {
  local: 'Developer machines: run the stack locally against containers or emulators',
  dev: 'Integration of merged work; may be reset at any time',
  test: 'Automated and exploratory testing against production-like services',
  qa: 'Quality assurance and acceptance testing',
  staging: 'Production-like rehearsal of each release, with production-shaped data volumes but no real personal data',
  prod: 'Serves real users; changes arrive only through the pipeline',
  preview: 'Short-lived environment per pull request, torn down on merge',
};
const NAME: Record<string, string> = {
  local: 'Local',
  dev: 'Development',
  test: 'Test',
  qa: 'QA',
  staging: 'Staging',
  prod: 'Production',
  preview: 'Preview',
};

export function deriveEnvironments(l: DecisionLookup, isolation: string, platformHasPreviews: boolean): Env[] {
  // The layout's stages; without a layout decision, the usual three.
  const chain: string[] = [...(l.attrs('environments.layout').stages ?? ['dev', 'staging', 'prod'])];
  const envs: Env[] = [];
  if (!l.isNone('environments.local-dev')) {
    const local = l.get('environments.local-dev');
    envs.push({
      id: 'local',
      name: NAME.local,
      purpose: local ? `${PURPOSE.local} (${local.choiceTitle})` : PURPOSE.local,
      isolation: 'developer machine, no production credentials',
      promotesTo: null,
    });
  }
  const previews = l.get('environments.previews') ? l.attrs('environments.previews').previews === true : platformHasPreviews;
  if (previews)
    envs.push({
      id: 'preview',
      name: NAME.preview,
      purpose: PURPOSE.preview,
      isolation: 'ephemeral, seeded test data only',
      promotesTo: null,
    });
  chain.forEach((id, i) =>
    envs.push({ id, name: NAME[id] ?? id, purpose: PURPOSE[id] ?? id, isolation, promotesTo: chain[i + 1] ?? null }),
  );
  return envs;
}
