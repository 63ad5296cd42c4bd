// GitHub heading anchors, including duplicates and punctuation.
import { describe, expect, it } from 'vitest';
import { githubSlug, githubSlugger } from '../../../src/core/validate/github-slug.js';

describe('github slugs', () => {
  it.each([
    ['CI/CD Pipeline', 'cicd-pipeline'],
    ['Costs & Budget', 'costs--budget'],
    ['ADR-001: Use AWS CDK v2', 'adr-001-use-aws-cdk-v2'],
    ['Données & Sécurité', 'données--sécurité'],
    ['  Trim me  ', 'trim-me'],
  ])('%s → %s', (t, s) => expect(githubSlug(t)).toBe(s));
  it('numbers duplicates', () => {
    const slug = githubSlugger();
    expect(['A', 'A', 'A-1', 'A'].map(slug)).toEqual(['a', 'a-1', 'a-1-1', 'a-2']);
  });
});
