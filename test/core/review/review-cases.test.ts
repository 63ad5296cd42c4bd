// The review cases of a platform engineer, each on an invented project read from its own documents: the concern and its level.
import { describe, expect, it } from 'vitest';
import { decideAll } from '../../../src/core/decide/decide.js';
import { deriveModel } from '../../../src/core/model/derive-model.js';
import { reviewArchitecture } from '../../../src/core/review/review.js';
import { doc, profileOf } from '../extract/helpers.js';

const stack = (rows: [string, string][]) =>
  `## Tech Stack\n\n| Category | Technology |\n| --- | --- |\n${rows.map(([k, v]) => `| ${k} | ${v} |`).join('\n')}\n`;

/** [case, architecture.md, prd.md, concern id, level] */
/** Three environments on AWS whose resources are made by hand in the console: the same design with and without regulated data. */
const HAND_BUILT = `# Architecture\n\n${stack([
  ['Cloud', 'AWS'],
  ['Compute', 'ECS Fargate'],
  ['Database', 'PostgreSQL'],
])}\n\n## Technical Assumptions\n\n- We run development, staging and production.\n- Resources are created manually in the AWS console.\n`;

const CASES: [string, string, string, string, 'red' | 'yellow' | 'none'][] = [
  [
    'GKE for a team of two without Kubernetes experience',
    `# Architecture\n\n${stack([
      ['Cloud', 'GCP'],
      ['Orchestration', 'GKE'],
      ['Database', 'PostgreSQL'],
    ])}`,
    '# PRD\n\n## Team\n\nThe team is two developers with no Kubernetes experience.\n',
    'k8s-small-team@kubernetes',
    'red',
  ],
  [
    'a service mesh for the same team',
    `# Architecture\n\n${stack([
      ['Cloud', 'GCP'],
      ['Orchestration', 'GKE'],
      ['Service mesh', 'Istio'],
      ['Database', 'PostgreSQL'],
    ])}`,
    '# PRD\n\n## Team\n\nThe team is two developers with no Kubernetes experience.\n',
    'service-mesh-small-team@istio',
    'red',
  ],
  [
    'a budget below the fixed monthly cost of the stated AWS design',
    `# Architecture\n\n${stack([
      ['Cloud', 'AWS'],
      ['Compute', 'ECS Fargate'],
      ['Database', 'Amazon RDS for PostgreSQL'],
    ])}`,
    '# PRD\n\n## Constraints\n\n- The infrastructure budget is $30 per month.\n',
    'budget-below-fixed-cost@budget',
    'red',
  ],
  [
    'HIPAA data on the Supabase free tier',
    `# Architecture\n\n${stack([
      ['Backend', 'Supabase'],
      ['Frontend', 'React'],
    ])}\n\n## Technical Assumptions\n\n- We start on the Supabase free tier.\n`,
    '# PRD\n\n## Compliance\n\nPatient health records (PHI) are stored, so the system must comply with HIPAA.\n',
    'compliance-attestation@hipaa/supabase',
    'red',
  ],
  [
    'HIPAA data through an API on Vercel, plan unstated',
    `# Architecture\n\n${stack([
      ['Hosting', 'Vercel'],
      ['API', 'Vercel Functions'],
      ['Frontend', 'Next.js'],
      ['Database', 'Amazon RDS for PostgreSQL'],
    ])}`,
    '# PRD\n\n## Compliance\n\nPatient health records (PHI) are stored, so the system must comply with HIPAA.\n',
    'compliance-attestation@hipaa/vercel',
    'yellow',
  ],
  [
    'HIPAA on AWS with only the static front end on Vercel: no PHI flow through Vercel',
    `# Architecture\n\n${stack([
      ['Cloud', 'AWS'],
      ['API', 'ECS Fargate'],
      ['Database', 'Amazon RDS for PostgreSQL'],
      ['Static front end hosting', 'Vercel'],
      ['Frontend', 'React'],
    ])}`,
    '# PRD\n\n## Compliance\n\nPatient health records (PHI) are stored, so the system must comply with HIPAA.\n',
    'compliance-attestation@hipaa/vercel',
    'none',
  ],
  [
    'database credentials committed to the repository',
    `# Architecture\n\n${stack([
      ['Cloud', 'AWS'],
      ['Database', 'PostgreSQL'],
    ])}\n\n\`\`\`\nDATABASE_URL=postgres://app:Sup3rS3cret@db.example.net:5432/app\n\`\`\`\n`,
    '# PRD\n\nUsers book rooms online.\n',
    'secrets-in-repository@repository',
    'red',
  ],
  [
    'three environments whose resources are created by hand',
    HAND_BUILT,
    '# PRD\n\nUsers book rooms online.\n',
    'no-iac-multi-env@cicd.iac-tool',
    'yellow',
  ],
  [
    'the same by hand, with HIPAA data',
    HAND_BUILT,
    '# PRD\n\n## Compliance\n\nPatient health records (PHI) are stored, so the system must comply with HIPAA.\n',
    'no-iac-multi-env@cicd.iac-tool',
    'red',
  ],
  [
    'a 99.99 % target on a platform stated to run in one region',
    `# Architecture\n\n${stack([
      ['Cloud', 'AWS'],
      ['Compute', 'ECS Fargate'],
      ['Database', 'PostgreSQL'],
    ])}\n\n## Technical Assumptions\n\n- The whole platform runs in a single region (eu-west-1).\n`,
    '# PRD\n\n## Non-Functional Requirements\n\n- NFR1: Availability of 99.99% per month.\n',
    'statements-cannot-hold@availability-vs-one-region',
    'red',
  ],
  [
    'an RTO of 15 minutes with backups restored from scratch',
    `# Architecture\n\n${stack([
      ['Cloud', 'AWS'],
      ['Compute', 'ECS Fargate'],
      ['Database', 'PostgreSQL'],
    ])}\n\n## Technical Assumptions\n\n- Disaster recovery is backup and restore.\n`,
    '# PRD\n\n## Non-Functional Requirements\n\n- NFR1: Recovery time objective (RTO): 15 minutes.\n',
    'statements-cannot-hold@rto-vs-dr-tier',
    'red',
  ],
  [
    'a hosting platform the knowledge base does not know',
    `# Architecture\n\n${stack([
      ['Hosting platform', 'Zyphoria Cloud'],
      ['Database', 'PostgreSQL'],
    ])}`,
    '# PRD\n\nUsers book rooms online.\n',
    'unknown-technology@zyphoria-cloud',
    'yellow',
  ],
];

describe('review cases on invented projects', () => {
  it.each(CASES)('%s', (_name, architecture, prd, id, level) => {
    const profile = profileOf(doc('docs/architecture.md', 'architecture', architecture), doc('docs/prd.md', 'prd', prd));
    const decisions = decideAll(profile);
    const concerns = reviewArchitecture(profile, decisions, deriveModel(profile, decisions));
    const found = concerns.find((c) => c.id === id);
    expect(found?.level ?? 'none', concerns.map((c) => `${c.id} ${c.level}`).join('; ')).toBe(level);
    // Each concern rests on the lines it names.
    if (found) expect(found.evidence.facts.length + found.evidence.model.length).toBeGreaterThan(0);
  });
});
