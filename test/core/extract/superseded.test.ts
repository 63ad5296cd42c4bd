import { describe, expect, it } from 'vitest';
import { doc, ids, profileOf } from './helpers.js';

const prd = (body: string) => doc('docs/prd.md', 'prd', `# Kestrel Product Requirements Document (PRD)\n\n${body}\n`);
const arch = (body: string) => doc('docs/architecture.md', 'architecture', `# Kestrel Architecture\n\n${body}\n`);

const stack = '## Tech Stack\n\n| Category | Technology | Purpose |\n| --- | --- | --- |\n| Deployment | Heroku | Hosts the API |\n';

describe('which document wins when they disagree on a platform', () => {
  it('the design replaces a platform the brief assumed and the design never names', () => {
    const brief = prd(
      '## Technical Assumptions\n\n- The service must be packaged with Docker for deployment.\n- Docker images are built on every merge.',
    );
    const design = arch('## Platform and Infrastructure Choice\n\n- **Platform:** Vercel\n- **Key Services:** Vercel Edge Network');
    const p = profileOf(brief, design);
    expect(ids(p.compute)).toEqual(['vercel']);
    expect(p.mentions.find((m) => m.id === 'docker')?.reason).toBe('superseded');
  });

  it.each([
    ['no design document commits a platform', arch('## Overview\n\nA small API.')],
    ['the design names it too', arch('## Deployment\n\n- **Platform:** Vercel\n\nLocal runs may use Docker.')],
  ])("the brief's platform stands when %s", (_why, design) => {
    const brief = prd(
      '## Technical Assumptions\n\n- The service must be packaged with Docker for deployment.\n- Docker images are built on every merge.',
    );
    expect(ids(profileOf(brief, design).compute)).toContain('docker');
  });

  it('of two copies of one section, the copy that agrees with the stack table stands', () => {
    const design = arch(
      `${stack}\n## Deployment\n\n### Strategy\n\n- **Platform:** Heroku\n\n## Data\n\nTables.\n\n## Deployment\n\n### Strategy\n\n- **Platform:** AWS Lambda behind Amazon API Gateway\n`,
    );
    const p = profileOf(design);
    expect(ids(p.compute)).toEqual(['heroku']);
    expect(p.mentions.find((m) => m.id === 'aws-lambda')?.reason).toBe('superseded');
  });

  it('sections of one title under different parents are not copies of each other', () => {
    const twoParents = arch(
      `${stack}\n## API\n\n### Deployment\n\n- **Platform:** Heroku\n\n## Jobs\n\n### Deployment\n\n- **Platform:** AWS Lambda on a schedule\n`,
    );
    expect(ids(profileOf(twoParents).compute)).toEqual(['aws-lambda', 'heroku']);
  });
});
