import { describe, expect, it } from 'vitest';
import { doc, profileOf } from './helpers.js';

describe('project name', () => {
  it.each([
    ['the PRD title', [doc('docs/prd.md', 'prd', '# Moss Meter Product Requirements Document (PRD)\n\nText.')], 'Moss Meter'],
    ['a Project: line beats a heading', [doc('docs/prd.md', 'prd', '# Requirements\n\n**Project:** Ferry Finder\n')], 'Ferry Finder'],
    [
      'the PRD, not its brief or addendum',
      [
        doc('x/prds/p/addendum.md', 'prd', '# Addendum: stack notes\n'),
        doc('x/briefs/b/brief.md', 'prd', '# Product Brief: Old Name\n'),
        doc('x/prds/p/prd.md', 'prd', '# PRD: Kiln Log\n'),
      ],
      'Kiln Log',
    ],
    [
      'not an epic heading',
      [
        doc('docs/prd/epic-1.md', 'prd', '# Epic 1: Foundations\n'),
        doc('docs/architecture.md', 'architecture', '# Wren Tasks Architecture Document\n'),
      ],
      'Wren Tasks',
    ],
    ['not an architecture shard title', [doc('docs/architecture/deployment.md', 'architecture', '# Deployment\n')], null],
    ['a bold title line', [doc('docs/prd.md', 'prd', '**Product Requirements Document: Otter Rota**\n\n## Goals\n')], 'Otter Rota'],
  ])('%s', (_name, docs, want) => {
    expect(profileOf(...docs).projectName?.value ?? null).toBe(want);
  });
});
