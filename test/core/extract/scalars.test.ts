import { describe, expect, it } from 'vitest';
import { doc, ids, profileOf } from './helpers.js';
import { parseDuration } from '../../../src/core/extract/recovery-objectives.js';

const prd = (body: string) => doc('docs/prd.md', 'prd', `# Acme Portal Product Requirements Document (PRD)\n\n${body}\n`);
const arch = (body: string) => doc('docs/architecture.md', 'architecture', `# Acme Architecture\n\n${body}\n`);

describe('architecture style', () => {
  it.each([
    [
      '## Technical Assumptions\n\n### Service Architecture\n\n**CRITICAL DECISION:** Microservices approach with dedicated services.',
      'microservices',
    ],
    [
      '## Technical Assumptions\n\n### Service Architecture: API-First Monolith\n\nStart with a Django monolith, easy future microservices extraction.',
      'monolith',
    ],
    [
      '## Technical Assumptions\n\n### Service Architecture\n\nThe system keeps its domain-driven microservices within monolith approach.',
      'modular-monolith',
    ],
  ])('PRD Service Architecture is decisive: %#', (body, want) => {
    expect(profileOf(prd(body)).architectureStyle?.value).toBe(want);
  });

  it('an explicit "Architectural Style:" statement beats scattered words', () => {
    const p = profileOf(
      arch(
        '1. **Architectural Style**: **Event-Driven Architecture** with CQRS\n\nSome microservices are mentioned. Microservices everywhere.',
      ),
    );
    expect(p.architectureStyle?.value).toBe('event-driven');
  });

  it('a "-first" principle counts as a statement', () => {
    expect(profileOf(arch('We adopt a **Serverless-first approach**.\n\nServerless functions run the API.')).architectureStyle?.value).toBe(
      'serverless',
    );
  });

  it.each([
    [
      '- **Microservices architecture management** - map how services call each other\n- Visualize microservices architecture as one system',
    ],
    [
      '- Parse monolith codebases and show their modules\n- Microservices architecture support for multi-repo projects\n- Microservices architecture discovery across repositories',
    ],
  ])('a style the product works on is not its own style: %#', (body) => {
    expect(profileOf(prd(body)).architectureStyle).toBeNull();
  });

  it('the own style still counts beside the styles the product works on', () => {
    const p = profileOf(
      arch('Visualize microservices architectures for users.\n\n**Architecture Style:** Modular monolith with clear module seams.'),
    );
    expect(p.architectureStyle?.value).toBe('modular-monolith');
  });

  it("beside an architecture document, the PRD's passing style words are features, its principles still count", () => {
    const features = prd(
      '- FR12: Users can trace calls across a microservices architecture\n- NFR-4: Loads 40 repositories at once (microservices architecture)',
    );
    const quiet = arch('## Components\n\nA web client talks to one API process.');
    expect(profileOf(features).architectureStyle?.value).toBe('microservices');
    expect(profileOf(features, quiet).architectureStyle).toBeNull();
    expect(profileOf(prd('- **Serverless-First**: every job runs as a function'), quiet).architectureStyle?.value).toBe('serverless');
  });

  it.each([
    // The sentence sets one style aside for another: the corrected one stands.
    [
      '1. **Architectural Style**: **Layered Monolith** - one process. This is not a classic monolith but a "modular monolith".',
      'modular-monolith',
    ],
    ['The core runs as one deployable. It is not microservices but a modular monolith with strict module borders.', 'modular-monolith'],
    // A style word used as the label of its own definition.
    [
      '## Patterns\n\n- Jamstack: the core architectural style, pages built ahead of time.\n- Serverless functions for the API.',
      'jamstack',
    ],
  ])('a correction or a definition states the style: %#', (body, want) => {
    expect(profileOf(arch(body)).architectureStyle?.value).toBe(want);
  });

  it("at equal strength the architecture's statement beats the PRD's", () => {
    const brief = prd('## Technical Assumptions\n\n### Service Architecture: Serverless\n\nOne function per route.');
    const design = arch('## Patterns\n\n- Jamstack: the core architectural style.\n');
    expect(profileOf(brief, design).architectureStyle?.value).toBe('jamstack');
    expect(profileOf(brief).architectureStyle?.value).toBe('serverless');
  });

  it.each([
    ['The Heron portal employs a cloud-native serverless architecture on managed services.', 'serverless'],
    ['The platform will be built as an event-driven, serverless architecture around one queue.', 'event-driven'],
    ['Heron follows a modular monolith architecture: one deployable, strict module seams.', 'modular-monolith'],
  ])("the design's statement of what the system is built as beats the brief's Service Architecture: %#", (summary, want) => {
    const brief = prd('## Technical Assumptions\n\n### Service Architecture\n\nMicroservices, one per bounded context.');
    expect(profileOf(brief, arch(`## Technical Summary\n\n${summary}`)).architectureStyle?.value).toBe(want);
    expect(profileOf(brief).architectureStyle?.value).toBe('microservices');
  });

  it.each([
    [
      'the brief says it',
      prd('## Technical Assumptions\n\n### Service Architecture\n\nMicroservices.\n\nIt employs a serverless architecture.'),
    ],
    [
      'no verb states it',
      arch('## Notes\n\nA serverless architecture diagram is on the wiki.\n\n### Service Architecture\n\nMicroservices.'),
    ],
  ])('a passing "<style> architecture" does not override a decision when %s', (_why, only) => {
    const brief = prd('## Technical Assumptions\n\n### Service Architecture\n\nMicroservices, one per bounded context.');
    expect(profileOf(brief, only).architectureStyle?.value).toBe('microservices');
  });

  it('a single passing adjective is not a style', () => {
    expect(profileOf(arch('## Patterns\n\n**Event-Driven Architecture**\n- Pattern: loose coupling')).architectureStyle).toBeNull();
  });
});

describe('repository strategy', () => {
  it.each([
    ['### Repository Structure: Monorepo\n\nOne repo.', 'monorepo'],
    ['- Package Management: npm workspaces for dependency management\n- Turborepo for builds', 'monorepo'],
    ['**Repository Strategy:** polyrepo, one repository per service', 'polyrepo'],
  ])('%#', (body, want) => {
    expect(profileOf(prd(body)).repositoryStrategy?.value).toBe(want);
  });
});

describe('availability target', () => {
  it('prefers the NFR figure and records the disagreement as a conflict', () => {
    const p = profileOf(
      prd(
        '## Goals\n\n- Achieve 99%+ system uptime\n\n## Requirements\n\n**NFR1:** The system shall maintain 99.5% uptime.\n\n## Technical Assumptions\n\n- Hosting with redundancy for 99.9% availability',
      ),
    );
    expect(p.availabilityTarget?.value).toBe(99.5);
    const c = p.conflicts.find((x) => x.field === 'availabilityTarget');
    expect(c?.ids).toEqual(['99', '99.5', '99.9']);
  });

  it('ignores percentages that are not availability', () => {
    expect(profileOf(prd('- 90% test coverage\n- 95% accuracy of transcription')).availabilityTarget).toBeNull();
  });
});

describe('RTO and RPO', () => {
  it.each([
    ['RTO: 4 hours', { value: '4 hours', minutes: 240 }],
    ['Recovery Time Objective (RTO) < 5 minutes', { value: '< 5 minutes', minutes: 5 }],
    ['RTO of 30 min', { value: '30 min', minutes: 30 }],
    ['RTO within 1 day', { value: 'within 1 day', minutes: 1440 }],
  ])('%s', (text, want) => {
    const p = profileOf(prd(`## Requirements\n\n- ${text}`));
    expect({ value: p.rto?.value, minutes: p.rto?.minutes }).toEqual(want);
  });

  it('reads RPO separately', () => {
    const p = profileOf(prd('## Requirements\n\n- RPO: 15 minutes, RTO: 2 hours'));
    expect(p.rpo?.minutes).toBe(15);
    expect(p.rto?.minutes).toBe(120);
  });

  it('parses bare durations', () => {
    expect(parseDuration('under 2 hrs')).toEqual({ value: 'under 2 hrs', minutes: 120 });
  });
});

describe('NFR ids', () => {
  it.each([
    ['**NFR1:** The system shall respond within 2 seconds.', 'NFR1', 'performance'],
    ['NFR-3: All data encrypted at rest with AES-256.', 'NFR-3', 'security'],
    ['NF1: Uptime of 99.9% monthly.', 'NF1', 'availability'],
    ['**NFR-REL-1:** CloudFront must maintain 99.9% availability', 'NFR-REL-1', 'availability'],
    ['<a id="NFR_X"></a>**NFR33: Privacy** GDPR compliance for user data.', 'NFR33', 'compliance'],
  ])('%s', (line, id, category) => {
    const p = profileOf(prd(`## Non Functional\n\n${line}`));
    expect(p.nfrs.map((n) => [n.id, n.category])).toEqual([[id, category]]);
  });
});

describe('budget and team', () => {
  it.each([
    ['Infrastructure must stay under $500/month.', 500, 'USD'],
    ['MVP cost €35-45/month scaling later.', 45, 'EUR'],
    ['Stay within $2-3K monthly', 3000, 'USD'],
    ['Monthly budget: £200', 200, 'GBP'],
  ])('budget: %s', (text, monthly, currency) => {
    expect(profileOf(prd(text)).budget.map((b) => [b.monthly, b.currency])).toEqual([[monthly, currency]]);
  });

  it.each([
    ['A team of 3 engineers builds it.', 3],
    ['Built by a solo developer.', 1],
    ['A two-person team maintains it.', 2],
  ])('team size: %s', (text, size) => {
    expect(profileOf(prd(text)).team.size?.value).toBe(size);
  });

  it('reads skills named with roles', () => {
    expect(ids(profileOf(prd('We have two backend engineers and one DevOps engineer.')).team.skills)).toEqual(['backend', 'devops']);
  });
});

describe('regions, compliance, project name, scale', () => {
  it('keeps region codes and committed geographies, dropping a broad one covered by a narrower one', () => {
    const p = profileOf(
      arch(
        '- **Deployment Regions:** us-west-2 (primary), us-east-1 (failover)\n- Backend: Railway EU-West (Ireland) for data residency, EU regions',
      ),
    );
    expect(ids(p.regions)).toEqual(['eu-west', 'us-east-1', 'us-west-2']);
  });

  it('does not commit a regime only named as not applicable, nor WCAG', () => {
    const p = profileOf(
      prd('## Requirements\n\n- HIPAA is not applicable to this product.\n- WCAG 2.2 AA accessibility.\n- GDPR compliance for EU users.'),
    );
    expect(ids(p.compliance)).toEqual(['gdpr']);
  });

  it('cleans the project name', () => {
    expect(profileOf(prd('Intro')).projectName?.value).toBe('Acme Portal');
  });

  it('reads scale figures', () => {
    const p = profileOf(prd('- Support 100 concurrent users\n- 10,000 transactions per minute\n- 50-100 tenants initially'));
    expect(p.scale.map((s) => [s.kind, s.value])).toEqual([
      ['concurrent-users', 100],
      ['tenants', 100],
      ['transactions-per-minute', 10000],
    ]);
  });
});

describe('scale of a later phase', () => {
  it.each([
    [
      'a later-phase list item',
      '## Scaling\n\n1. Phase 1 (now):\n   - about 200 concurrent users\n2. Phase 3 (cluster):\n   - about 20,000 concurrent users\n',
    ],
    ['a future section', '## Scaling\n\nAbout 200 concurrent users.\n\n## Future growth\n\nAbout 20,000 concurrent users by year five.\n'],
  ])('%s is not the load the system is sized for', (_name, body) => {
    const p = profileOf(arch(body));
    expect(p.scale.map((s) => [s.kind, s.value])).toEqual([['concurrent-users', 200]]);
  });
});

describe('constraints and conflicts', () => {
  it('reads prohibitions from guidelines with canonical subjects, and flags a committed prohibited technology', () => {
    const g = doc(
      'docs/infrastructure/guidelines.md',
      'guidelines',
      '# Guidelines\n\n- Kubernetes must not be used.\n- All workloads must run on AWS.\n- Prefer managed services.',
    );
    const s = doc(
      'docs/tech-stack.md',
      'tech-stack',
      '# Tech Stack\n\n| Category | Technology |\n| --- | --- |\n| Orchestration | Kubernetes |\n',
    );
    const p = profileOf(g, s);
    expect(p.constraints.map((c) => [c.kind, c.subjects])).toEqual([
      ['prohibit', ['kubernetes']],
      ['must', ['aws']],
      ['prefer', []],
    ]);
    expect(p.conflicts.some((c) => c.field === 'constraints' && c.ids.includes('kubernetes'))).toBe(true);
  });

  it('flags two primary clouds committed in different documents', () => {
    const a = doc('docs/tech-stack.md', 'tech-stack', '# Tech Stack\n\n| Category | Technology |\n| --- | --- |\n| Cloud | AWS |\n');
    const b = doc('docs/architecture.md', 'architecture', '# A\n\n- **Cloud Provider:** Microsoft Azure\n- **Hosting:** Azure');
    expect(profileOf(a, b).conflicts.find((c) => c.field === 'cloudProviders')?.ids).toEqual(['aws', 'azure']);
  });

  it('keeps Technical Assumptions statements with topic and subjects', () => {
    const p = profileOf(prd('## Technical Assumptions\n\n- **Database:** PostgreSQL on Supabase\n- **Hosting:** Vercel'));
    expect(p.technicalAssumptions.map((t) => [t.topic, t.subjects])).toEqual([
      ['Database', ['postgresql', 'supabase']],
      ['Hosting', ['vercel']],
    ]);
  });
});
