// Builds InfraModels and minimal decisions by hand for reviewer-rule tests: a healthy AWS baseline plus overrides.
import { findPoint } from '../../src/core/decide/registry.js';
import type { Decision, DomainId, InfraModel } from '../../src/core/types.js';

type Compute = InfraModel['compute'][number];
type Store = InfraModel['dataStores'][number];

export function unit(id: string, tech: string, over: Partial<Compute> = {}): Compute {
  return {
    id,
    name: id,
    tech,
    zone: 'private',
    scaling: 'horizontal autoscaling, at least two instances',
    scalingMode: 'autoscale',
    role: 'api',
    ...over,
  };
}

const KIND: Record<string, Store['kind']> = {
  postgresql: 'relational',
  mysql: 'relational',
  mongodb: 'document',
  dynamodb: 'document',
  firestore: 'document',
  convex: 'document',
  redis: 'cache',
  s3: 'object',
  sqs: 'queue',
  supabase: 'relational',
};

export function store(id: string, tech: string, over: Partial<Store> = {}): Store {
  return {
    id,
    name: id,
    tech,
    zone: 'data',
    kind: KIND[tech] ?? 'other',
    backup: 'automated daily backups with point-in-time recovery',
    pointInTime: true,
    encrypted: true,
    publicEndpoint: false,
    ...over,
  };
}

export const env = (id: string, promotesTo: string | null = null) => ({
  id,
  name: id,
  purpose: id,
  isolation: 'separate account',
  promotesTo,
});

/** A model a platform reviewer would pass: AWS, one region, managed Postgres, IaC, approvals, alerting. */
export function makeModel(over: Partial<InfraModel> = {}): InfraModel {
  return {
    project: 'Test',
    platform: { primary: 'aws', providers: ['aws'] },
    regions: [{ id: 'eu-west-1', role: 'primary' }],
    environments: [env('local'), env('staging', 'prod'), env('prod')],
    zones: [
      { id: 'edge', name: 'Edge', kind: 'edge' },
      { id: 'private', name: 'Private', kind: 'private' },
      { id: 'data', name: 'Data', kind: 'data' },
    ],
    compute: [unit('api', 'ecs')],
    dataStores: [store('db', 'postgresql')],
    externalServices: [],
    flows: [],
    pipelines: [
      {
        id: 'delivery-pipeline',
        name: 'Delivery',
        tool: 'github-actions',
        stages: [
          { id: 'build', name: 'Build', approval: false },
          { id: 'deploy-prod', name: 'Deploy to Production', approval: true },
        ],
      },
    ],
    trustBoundaries: [],
    security: {
      identity: { family: 'aws', role: 'identity' },
      secrets: { family: 'aws', role: 'secrets' },
      encryption: 'KMS',
      waf: { tech: 'aws-waf' },
    },
    observability: {
      metrics: { family: 'aws', role: 'metrics' },
      logs: { family: 'aws', role: 'logs' },
      traces: { family: 'aws', role: 'traces' },
      alerting: { family: 'aws', role: 'alerting' },
    },
    dr: { tier: 'Backup and restore', rtoMinutes: null, rpoMinutes: null, backupRegion: null },
    iac: 'terraform',
    costLines: [{ item: 'compute', monthlyLow: 40, monthlyHigh: 150, basis: 'test' }],
    ...over,
  };
}

/** Minimal decisions: point id → chosen option id (the domain is the id's first segment); attributes come from the registered option. */
export function makeDecisions(choices: Record<string, string>, extra: Partial<Decision> & { id?: string } = {}): Decision[] {
  return Object.entries(choices).map(([id, choice]) => ({
    id,
    domain: id.split('.')[0] as DomainId,
    question: id,
    choice,
    choiceTitle: choice,
    basis: 'scored',
    options: [],
    rejected: [],
    rationale: '',
    evidence: [{ file: 'docs/architecture.md', line: 7 }],
    assumptions: [],
    explain: [],
    conflicts: [],
    alsoCommitted: [],
    notes: [],
    attributes: { ...(findPoint(id)?.options.find((o) => o.id === choice)?.attrs ?? {}) },
    ...(extra.id === id ? extra : {}),
  }));
}
