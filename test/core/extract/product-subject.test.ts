import { describe, expect, it } from 'vitest';
import { doc, ids, profileOf } from './helpers.js';

const prd = (title: string, body: string) => doc('docs/prd.md', 'prd', `# ${title} Product Requirements Document (PRD)\n\n${body}\n`);

const body =
  '## Requirements\n\n- FR1: The system shall list every Redis cluster in the account.\n- FR2: Admins can flush a Redis cluster after a confirmation.\n\n## Infrastructure and Deployment\n\n- **Compute:** AWS Lambda, which reads Redis clusters through their API.';

describe('a product named for what it works on', () => {
  it.each([
    ['Redis Fleet Manager', [], ['aws-lambda']],
    ['Redis Cluster Dashboard', [], ['aws-lambda']],
    // Without a tool noun the name says nothing about a subject.
    ['Redis Fleet', ['redis'], ['aws-lambda']],
  ])('%s', (title, stores, compute) => {
    const p = profileOf(prd(title, body));
    expect(ids(p.dataStores)).toEqual(stores);
    expect(ids(p.compute)).toEqual(compute);
    if (stores.length === 0) expect(p.mentions.find((m) => m.id === 'redis')?.reason).toBe('subject');
  });

  it('a stack table row still commits the subject', () => {
    const stack = '\n\n## Tech Stack\n\n| Category | Technology |\n| --- | --- |\n| Cache | Redis |\n';
    expect(ids(profileOf(prd('Redis Fleet Manager', body + stack)).dataStores)).toEqual(['redis']);
  });
});
