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
    ['not a section name as a loose document title', [doc('docs/api.md', 'architecture', '# API\n\nEndpoints.')], null],
    ['not a tech stack title', [doc('docs/tech-stack.md', 'tech-stack', '# Tech Stack\n\n| Category | Technology |')], null],
    [
      'the PRD title over a section-named architecture file',
      [doc('docs/api.md', 'architecture', '# API Specification\n'), doc('docs/requirements.md', 'prd', '# Heron Ledger PRD\n')],
      'Heron Ledger',
    ],
    [
      'a project title that ends in a section word',
      [doc('docs/architecture.md', 'architecture', '# Kite Tracker Backend Architecture\n')],
      'Kite Tracker Backend',
    ],
    ['a bold title line', [doc('docs/prd.md', 'prd', '**Product Requirements Document: Otter Rota**\n\n## Goals\n')], 'Otter Rota'],
  ])('%s', (_name, docs, want) => {
    expect(profileOf(...docs).projectName?.value ?? null).toBe(want);
  });
});
