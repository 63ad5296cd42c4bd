// Environments and their promotion chain, from the environment decisions or a three-stage default.
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
const NAME: Record<string, string> = { local: 'Local', dev: 'Development', test: 'Test', qa: 'QA', staging: 'Staging', prod: 'Production', preview: 'Preview' };

/** Reads the stage names out of a layout option id such as `dev-staging-prod`. */
function stagesFrom(choice: string | null): string[] {
  if (!choice) return ['dev', 'staging', 'prod'];
  const words = choice.split('-');
  const out: string[] = [];
  const add = (id: string) => { if (!out.includes(id)) out.push(id); };
  for (const w of words) {
    if (w === 'dev' || w === 'development') add('dev');
    else if (w === 'test' || w === 'testing') add('test');
    else if (w === 'qa' || w === 'uat') add('qa');
    else if (w === 'staging' || w === 'stage' || w === 'preprod') add('staging');
    else if (w === 'prod' || w === 'production') add('prod');
  }
  if (words.includes('single') || words.includes('one')) return ['prod'];
  if (!out.includes('prod')) add('prod');
  if (out.length === 1 && !words.includes('single')) return ['staging', 'prod'];
  return out;
}

export function deriveEnvironments(l: DecisionLookup, isolation: string, platformHasPreviews: boolean): Env[] {
  const chain = stagesFrom(l.choice('environments.layout'));
  const envs: Env[] = [];
  if (!l.isNone('environments.local-dev')) {
    const local = l.get('environments.local-dev');
    envs.push({ id: 'local', name: NAME.local, purpose: local ? `${PURPOSE.local} (${local.choiceTitle})` : PURPOSE.local, isolation: 'developer machine, no production credentials', promotesTo: null });
  }
  const previews = l.get('environments.previews') ? !!l.component('environments.previews') : platformHasPreviews;
  if (previews) envs.push({ id: 'preview', name: NAME.preview, purpose: PURPOSE.preview, isolation: 'ephemeral, seeded test data only', promotesTo: null });
  chain.forEach((id, i) => envs.push({ id, name: NAME[id] ?? id, purpose: PURPOSE[id] ?? id, isolation, promotesTo: chain[i + 1] ?? null }));
  return envs;
}
