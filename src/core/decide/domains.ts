// The twelve infrastructure domains of the workflow, in the order a session walks them.
import type { DomainId } from '../types.js';

export interface DomainInfo {
  id: DomainId;
  title: string;
  purpose: string;
}

export const DOMAINS: DomainInfo[] = [
  {
    id: 'cloud',
    title: 'Cloud Strategy & Platform Selection',
    purpose:
      'Where the system runs and how many providers it depends on. Every later choice inherits the services, limits and prices of this platform, so it is the hardest decision to undo.',
  },
  {
    id: 'network',
    title: 'Network Architecture',
    purpose:
      'How traffic reaches the system and moves inside it: segmentation into zones, the edge (CDN, WAF, ingress) and private paths to data. It sets the blast radius of a breach and the latency users feel.',
  },
  {
    id: 'compute',
    title: 'Compute Architecture',
    purpose:
      'What runs the code: containers, functions, platform services or machines, and how they scale. It fixes the unit of deployment, the scaling model and most of the operating effort.',
  },
  {
    id: 'data',
    title: 'Data Architecture & Storage',
    purpose:
      'Where state lives: the primary database, caches, object storage, messaging, backups and residency. Data outlives every other component, so mistakes here are the most expensive to correct.',
  },
  {
    id: 'security',
    title: 'Security Architecture',
    purpose:
      'Who may do what, and how secrets, data and traffic are protected: identity, secrets management, encryption, perimeter and supply-chain controls, mapped to the compliance regimes that apply.',
  },
  {
    id: 'observability',
    title: 'Observability',
    purpose:
      'How the team knows the system is healthy and finds out why it is not: metrics, logs, traces, alerting and the service levels they measure.',
  },
  {
    id: 'cicd',
    title: 'CI/CD & Infrastructure as Code',
    purpose:
      'How a change travels from a commit to production: the pipeline platform, the IaC tool, the deployment strategy, GitOps and promotion gates.',
  },
  {
    id: 'dr',
    title: 'Disaster Recovery',
    purpose:
      'How the system comes back after losing a component, a zone or a region, within the stated recovery time (RTO) and data loss (RPO) objectives.',
  },
  {
    id: 'cost',
    title: 'Cost Optimisation',
    purpose:
      'What the architecture costs to run, who pays for which part, and the levers that keep the bill in line with the budget as usage grows.',
  },
  {
    id: 'environments',
    title: 'Environment Strategy',
    purpose: 'Which environments exist, how they are isolated from each other, and how a change is promoted from one to the next.',
  },
  {
    id: 'evolution',
    title: 'Infrastructure Evolution',
    purpose:
      'How the infrastructure changes as the product grows: scaling thresholds, migration paths and the technical debt taken on knowingly now.',
  },
  {
    id: 'collaboration',
    title: 'Cross-team Collaboration',
    purpose:
      'Who owns which part of the infrastructure, how application teams hand work to the platform, and how changes are reviewed and supported.',
  },
];

export function domainInfo(id: DomainId): DomainInfo {
  return DOMAINS.find((d) => d.id === id)!;
}
