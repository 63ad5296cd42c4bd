// Renders the six diagrams from the model, always in the same order.
import type { InfraModel } from '../../types.js';
import { dataFlow } from './data-flow.js';
import { deploymentPipeline } from './deployment-pipeline.js';
import type { Diagram } from './diagram.js';
import { environmentPromotion } from './environment-promotion.js';
import { infrastructureStrategy } from './infrastructure-strategy.js';
import { networkTopology } from './network-topology.js';
import { securityBoundaries } from './security-boundaries.js';

export function renderDiagrams(m: InfraModel): Diagram[] {
  return [infrastructureStrategy(m), networkTopology(m), dataFlow(m), deploymentPipeline(m), environmentPromotion(m), securityBoundaries(m)];
}
