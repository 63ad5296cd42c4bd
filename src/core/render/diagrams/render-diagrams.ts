// Renders the six diagrams from the model, always in the same order.
import type { Decision, InfraModel, ProductArchetype } from '../../types.js';
import { buildRelease } from './build-release.js';
import { dataFlow } from './data-flow.js';
import { deploymentPipeline } from './deployment-pipeline.js';
import type { Diagram } from './diagram.js';
import { environmentPromotion } from './environment-promotion.js';
import { infrastructureStrategy } from './infrastructure-strategy.js';
import { networkTopology } from './network-topology.js';
import { securityBoundaries } from './security-boundaries.js';
import { compactEdges } from './compact-edges.js';

/**
 * A product the team does not host gets a build-and-release diagram in place of the network topology. The decisions
 * name what the model holds by id (the WAF, the chosen ingress drawn where the public zone has no unit of its own).
 */
export function renderDiagrams(m: InfraModel, archetype: ProductArchetype | null = null, decisions: readonly Decision[] = []): Diagram[] {
  const notHosted = !!archetype && archetype !== 'hosted-service';
  const second = notHosted ? buildRelease(m, archetype) : networkTopology(m, decisions);
  // Nothing hosted (the model's hosting fact): no sign-in, vault or encryption at rest of the team's to draw as controls.
  const hostedControls = !(m.hosting?.shipsOnly ?? (notHosted && m.compute.length === 0));
  return [
    infrastructureStrategy(m, decisions),
    second,
    dataFlow(m),
    deploymentPipeline(m),
    environmentPromotion(m),
    securityBoundaries(m, hostedControls, decisions),
  ].map((d) => ({
    ...d,
    source: compactEdges(d.source),
  }));
}
