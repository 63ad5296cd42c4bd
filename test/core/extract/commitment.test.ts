import { describe, expect, it } from 'vitest';
import { doc, ids, profileOf } from './helpers.js';

const arch = (body: string) => doc('docs/architecture.md', 'architecture', `# Architecture\n\n${body}\n`);

describe('commitment versus mention', () => {
  it.each([
    [
      'negation: instead of',
      '## Infrastructure and Deployment\n\nWe deploy to Railway instead of Heroku.\n\nRailway hosts everything.',
      'heroku',
      'rejected',
    ],
    ['negation: rather than', '## Deployment\n\nUse Render rather than Kubernetes.', 'kubernetes', 'rejected'],
    ['rejected after the name', '## Deployment\n\nKubernetes was rejected as too complex.', 'kubernetes', 'rejected'],
    ['future phase', '## Deployment\n\nWe could later move to Kubernetes in Phase 3.', 'kubernetes', 'future'],
    ['post-MVP parenthesis', '## Deployment\n\nKubernetes (post-MVP) for scaling.', 'kubernetes', 'future'],
    ['example list', '## Deployment\n\nAny CI tool works, e.g. Jenkins, CircleCI.', 'jenkins', 'example'],
    ['code block', '## Deployment\n\n```yaml\nimage: mongo:7\nuses: MongoDB\n```', 'mongodb', 'code'],
    ['conditional', '## Deployment\n\nA Redis cache if needed.', 'redis', 'conditional'],
    ['TBD', '## Deployment\n\n- **CI/CD Platform:** TBD (GitHub Actions, GitLab CI).', 'github-actions', 'conditional'],
    // One of several options laid out under its own label, with its pros and cons; the recommended one is the pick.
    [
      'an unchosen option',
      '## Platform Choice\n\n**Option 1: Heroku (Recommended)**\n\n- **Pros:** simple\n\n**Option 2: AWS Full Stack**\n\n- **Pros:** services such as Kinesis\n\n**Platform:** Heroku',
      'kinesis',
      'alternative',
    ],
  ])('%s', (_name, body, id, reason) => {
    const p = profileOf(arch(body));
    const all = [...p.cloudProviders, ...p.compute, ...p.dataStores, ...p.ciCd].map((f) => f.id);
    expect(all).not.toContain(id);
    expect(p.mentions.find((m) => m.id === id)?.reason).toBe(reason);
  });

  it('a rejection cancels one loose statement, never a stated choice', () => {
    const assumptions = '## Technical Assumptions\n\nAgents publish to RabbitMQ topics.\n\nEvents flow through RabbitMQ between agents.';
    expect(ids(profileOf(arch(assumptions)).dataStores)).toEqual(['rabbitmq']);
    const loose = arch(`## Decisions\n\n- **Kafka over RabbitMQ**: stronger ordering.\n\n${assumptions}`);
    expect(ids(profileOf(loose).dataStores)).not.toContain('rabbitmq');
    const stack = doc(
      'docs/tech-stack.md',
      'tech-stack',
      '# Tech Stack\n\n| Category | Technology |\n| --- | --- |\n| Queue | RabbitMQ |\n',
    );
    expect(ids(profileOf(arch('## Decisions\n\n- Kafka over RabbitMQ for the trade feed.'), stack).dataStores)).toContain('rabbitmq');
  });

  it('an alternatives section is never a commitment', () => {
    const p = profileOf(arch('## Alternatives Considered\n\n### Hosting\n\n| Category | Technology |\n| --- | --- |\n| Cloud | Azure |\n'));
    expect(ids(p.cloudProviders)).toEqual([]);
    expect(p.mentions.find((m) => m.id === 'azure')?.reason).toBe('alternative');
  });

  it('a comparison table commits only its chosen row', () => {
    const p = profileOf(
      arch(
        '## Data\n\n| Option | Pros | Cons | Decision |\n| --- | --- | --- | --- |\n| MongoDB | flexible | no joins | |\n| PostgreSQL | relational | | ✅ Selected |\n',
      ),
    );
    expect(ids(p.dataStores)).toEqual(['postgresql']);
    expect(p.mentions.map((m) => m.id)).toContain('mongodb');
  });

  it('a tool kept for local development only is not committed', () => {
    const p = profileOf(
      doc(
        'docs/tech-stack.md',
        'tech-stack',
        '# Tech Stack\n\n| Category | Technology | Purpose |\n| --- | --- | --- |\n| Container | Docker | Local development |\n',
      ),
    );
    expect(ids(p.compute)).toEqual([]);
  });

  it('weighs by section: one stack row commits, one prose mention does not', () => {
    const row = doc(
      'docs/tech-stack.md',
      'tech-stack',
      '# Tech Stack\n\n| Category | Technology |\n| --- | --- |\n| Database | MongoDB |\n',
    );
    expect(ids(profileOf(row).dataStores)).toEqual(['mongodb']);
    const prose = doc('docs/prd.md', 'prd', '# P\n\n## Goals\n\nOur users like MongoDB dashboards.\n');
    expect(ids(profileOf(prose).dataStores)).toEqual([]);
  });

  it('two medium statements commit', () => {
    const p = profileOf(arch('## Infrastructure and Deployment\n\nServices run on Fly.io machines.\n\n## Hosting\n\nFly.io provides TLS.'));
    expect(ids(p.cloudProviders)).toEqual(['fly-io']);
  });

  it('keeps evidence sorted by file and line with short quotes', () => {
    const long = 'x'.repeat(400);
    const p = profileOf(
      doc(
        'docs/tech-stack.md',
        'tech-stack',
        `# Tech Stack\n\n| Category | Technology | Notes |\n| --- | --- | --- |\n| DB | PostgreSQL | ${long} |\n`,
      ),
      arch('## Deployment\n\n- **Database:** PostgreSQL 16 managed'),
    );
    const ev = p.dataStores[0].evidence;
    expect(ev.map((e) => e.file)).toEqual(['docs/architecture.md', 'docs/tech-stack.md']);
    expect(ev.every((e) => e.quote.length <= 160)).toBe(true);
  });

  it('never reads the prior output as evidence', () => {
    const prior = doc(
      'docs/infrastructure-architecture.md',
      'prior-output',
      '# Infra\n\n| Category | Technology |\n| --- | --- |\n| Cloud | AWS |\n',
    );
    expect(ids(profileOf(prior).cloudProviders)).toEqual([]);
  });
});
