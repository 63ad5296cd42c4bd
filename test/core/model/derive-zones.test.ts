// Trust boundaries are named for what sits in them in this project: the edge and runtime products, the units, the pipeline tool.
import { describe, expect, it } from 'vitest';
import { deriveTrustBoundaries } from '../../../src/core/model/derive-zones.js';
import { store, unit } from '../../helpers/make-model.js';
import { networkTopology } from '../../../src/core/render/diagrams/network-topology.js';
import { makeDecisions, makeModel } from '../../helpers/make-model.js';

const parts = {
  clients: [],
  compute: [
    unit('site', 'cloudfront', { name: 'Harbour site', zone: 'edge', role: 'frontend' }),
    unit('quay', 'ecs', { name: 'Quay API' }),
    unit('tally', 'ecs', { name: 'Tally worker', role: 'worker' }),
  ],
  dataStores: [store('ledger', 'postgresql', { name: 'Ledger DB' })],
  externalServices: [],
  flows: [],
};
const pipelines = [{ id: 'delivery', name: 'Delivery', tool: 'github-actions', stages: [] }];

describe('trust boundary names', () => {
  const names = new Map(deriveTrustBoundaries(parts, pipelines).map((b) => [b.id, b.name]));
  it.each([
    ['edge-boundary', 'Edge: TLS and request filtering at Amazon CloudFront'],
    ['application-boundary', 'Application: authenticated workloads on Amazon ECS'],
    ['data-boundary', 'Data: reachable only from Quay API and Tally worker'],
    ['management-boundary', 'Management: GitHub Actions and operator access'],
  ])('%s is %s', (id, name) => {
    expect(names.get(id)).toBe(name);
  });
});

describe('network topology ingress', () => {
  it('draws the chosen ingress by its name where the public zone has no unit of its own', () => {
    const m = makeModel({ zones: [{ id: 'public', name: 'Public subnet', kind: 'public' }, ...makeModel().zones] });
    const ingress = makeDecisions({ 'network.ingress': 'alb' }, { id: 'network.ingress', choiceTitle: 'Harbour load balancer' });
    expect(networkTopology(m, ingress).source).toContain('"Harbour load balancer"');
    expect(networkTopology(m).source).toMatch(/Load balancer \/ platform/);
  });
});
