// An acronym after a framework belongs to it ("Angular CDK"), and unchosen "Option N:" headings scope what they list as alternatives.
import { describe, expect, it } from 'vitest';
import { doc, ids, profileOf } from './helpers.js';

const arch = (body: string) =>
  doc('docs/architecture.md', 'architecture', `# Architecture\n\n## Infrastructure and Deployment\n\n${body}\n`);

describe('an acronym right after a framework is part of it', () => {
  it.each([
    ['- **IaC Tool:** AWS CDK, one stack per environment', ['cdk']],
    ['- **UI toolkit:** Angular CDK for overlays and drag and drop', []],
  ])('%s', (line, want) => {
    expect(ids(profileOf(arch(line)).iacTools)).toEqual(want);
  });
});

describe('options laid out one by one', () => {
  it('the headings of unchosen options scope what they list; the recommended one stays', () => {
    const md =
      '## Platform Choice\n\n### Option A: Heroku (Recommended)\n\n- Managed Postgres included\n\n### Option B: Fly.io\n\n- Machines close to users\n\n## Decision\n\n**Platform:** Heroku on its EU region\n';
    const p = profileOf(doc('docs/architecture.md', 'architecture', `# Architecture\n\n${md}`));
    expect(ids(p.cloudProviders)).toEqual(['heroku']);
    expect(p.mentions.find((m) => m.id === 'fly-io')?.reason).toBe('alternative');
  });
});
