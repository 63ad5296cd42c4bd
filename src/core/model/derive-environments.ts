// Environments and their promotion chain, from the layout's typed stages or a three-stage default.
import type { InfraModel } from '../types.js';
import type { DecisionLookup } from './decision-lookup.js';
import { kb } from '../knowledge/active.js';

type Env = InfraModel['environments'][number];

/** A stage's display name and purpose from the catalogue; a stage it lacks keeps its id for both. */
const stage = (id: string): { name: string; purpose: string; isolation?: string } => kb().stage(id) ?? { name: id, purpose: id };

export function deriveEnvironments(l: DecisionLookup, isolation: string, platformHasPreviews: boolean, shipped = false): Env[] {
  // The layout's stages; without a layout decision, the usual three; software others install is proven and published, not deployed.
  const chain: string[] = shipped ? ['ci', 'release'] : [...(l.attrs('environments.layout').stages ?? ['dev', 'staging', 'prod'])];
  const envs: Env[] = [];
  if (!l.isNone('environments.local-dev')) {
    const local = l.get('environments.local-dev');
    const l0 = stage('local');
    envs.push({
      id: 'local',
      name: l0.name,
      purpose: local ? `${l0.purpose} (${local.choiceTitle})` : l0.purpose,
      isolation: 'developer machine, no production credentials',
      promotesTo: null,
    });
  }
  const previews = !shipped && (l.get('environments.previews') ? l.attrs('environments.previews').previews === true : platformHasPreviews);
  if (previews)
    envs.push({
      id: 'preview',
      name: stage('preview').name,
      purpose: stage('preview').purpose,
      isolation: 'ephemeral, seeded test data only',
      promotesTo: null,
    });
  chain.forEach((id, i) =>
    envs.push({
      id,
      name: stage(id).name,
      purpose: stage(id).purpose,
      isolation: stage(id).isolation ?? isolation,
      promotesTo: chain[i + 1] ?? null,
    }),
  );
  return envs;
}
