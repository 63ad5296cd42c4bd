// Chooses which decisions get an ADR and gives each a stable number and file name.
import { findPoint } from '../../decide/registry.js';
import { kebabId } from '../../model/model-ids.js';
import type { Decision } from '../../types.js';
import { ADR_DIR, type AdrRef } from '../render-context.js';

/** Key decision categories the handoff must cover; the first point present in each group is taken. */
const REQUIRED: string[][] = [
  ['cloud.primary-platform'],
  ['compute.runtime'],
  ['network.topology', 'network.edge'],
  ['data.primary-database', 'data.database-hosting'],
  ['security.identity', 'security.secrets'],
  ['cicd.pipeline-platform'],
  ['cicd.iac-tool'],
  ['dr.strategy-tier', 'dr.failover'],
  ['cost.pricing-model', 'cost.guardrails'],
];

/** Where numbering starts and which numbers other people's ADRs already hold (defaults: 1, none). */
export interface AdrNumbers {
  start?: number;
  reserved?: readonly number[];
}

export function selectAdrs(decisions: Decision[], numbers: AdrNumbers = {}): AdrRef[] {
  const want = new Set<string>();
  for (const d of decisions) if (findPoint(d.id)?.meta.adr) want.add(d.id);
  for (const group of REQUIRED) {
    const d = group.map((id) => decisions.find((x) => x.id === id)).find((x) => !!x);
    if (d) want.add(d.id);
  }
  const chosen = decisions.filter((d) => want.has(d.id));
  const reserved = new Set(numbers.reserved ?? []);
  let next = Math.max(1, numbers.start ?? 1);
  return chosen.map((d) => {
    const pointTitle = findPoint(d.id)?.meta.title ?? d.question;
    while (reserved.has(next)) next++;
    const number = next++;
    return {
      number,
      decisionId: d.id,
      title: `${pointTitle}: ${d.choiceTitle}`,
      path: `${ADR_DIR}/${String(number).padStart(4, '0')}-${kebabId(d.id.replace('.', '-'), 'decision')}.md`,
    };
  });
}
