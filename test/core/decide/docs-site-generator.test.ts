// A documentation-site generator named in a "platform" row is a framework the team builds a small site with, never a hosting platform.
import { describe, expect, it } from 'vitest';
import { decideAll } from '../../../src/core/decide/decide.js';
import { doc, profileOf } from '../extract/helpers.js';

const stack = (rows: string) =>
  doc('docs/architecture.md', 'architecture', `# Architecture\n\n## Tech Stack\n\n| Category | Technology |\n| --- | --- |\n${rows}`);

describe('docs site generators', () => {
  it.each<[string, string]>([
    ['a developer portal platform row', '| Hosting | AWS |\n| Dev Portal Platform | Docusaurus |\n'],
    ['a documentation platform row', '| Hosting | AWS |\n| Documentation Platform | Docusaurus |\n'],
  ])('%s: Docusaurus is a known framework, not a platform carried beside the choice', (_name, rows) => {
    const profile = profileOf(stack(rows));
    expect(profile.unknownTechnologies.map((u) => u.id)).not.toContain('docusaurus');
    const platform = decideAll(profile).find((d) => d.id === 'cloud.primary-platform')!;
    expect(platform.choice).toBe('aws');
    expect([platform.choice, ...platform.alsoCommitted]).not.toContain('docusaurus');
  });
});
