// A stack row whose category names two slots joined by "+", "&", "and" or "/" fills both with what its platform supplies.
import { describe, expect, it } from 'vitest';
import { doc, ids, profileOf } from './helpers.js';
import { slotsNamed } from '../../../src/core/extract/slot-words.js';

const stack = (header: string, row: string) =>
  profileOf(
    doc('docs/architecture/tech-stack.md', 'tech-stack', `# Tech Stack\n\n${header}\n${header.replace(/[^|]+/g, ' --- ')}\n${row}\n`),
  );

describe('a stack row naming several slots', () => {
  it.each([
    ['the category cell joins hosting and CI/CD', '| Category | Technology |', '| Hosting + CI/CD | Vercel |', ['vercel-deployments']],
    [
      'a purpose cell joins them',
      '| Category | Technology | Version | Purpose |',
      '| Deploys | Vercel | Latest | Hosting & CI/CD |',
      ['vercel-deployments'],
    ],
    ['"and" joins them', '| Technology | Role |', '| Vercel | Hosting and pipeline |', ['vercel-deployments']],
    ['a slash joins them', '| Technology | Role |', '| Vercel | Hosting/CI/CD |', ['vercel-deployments']],
    ['hosting alone adds no pipeline', '| Category | Technology |', '| Hosting | Vercel |', []],
    ['a rationale naming CI/CD does not', '| Category | Technology | Rationale |', '| Hosting | Vercel | Plays well with any CI/CD |', []],
    ['a platform without a pipeline of its own adds none', '| Category | Technology |', '| Hosting + CI/CD | Netlify |', []],
    ['a future row adds nothing', '| Category | Technology | Notes |', '| Hosting + CI/CD | Vercel (later) | - |', []],
  ])('%s', (_n, header, row, want) => {
    expect(ids(stack(header, row).ciCd)).toEqual(want);
  });

  it.each([
    ['Hosting + CI/CD', ['hosting-platform', 'ci-cd']],
    ['Hosting/CI/CD', ['hosting-platform', 'ci-cd']],
    ['CI/CD', ['ci-cd']],
    ['Database and cache', ['database', 'cache']],
    ['Deployment', []],
  ])('slots named by %s', (cell, want) => {
    expect(slotsNamed(cell)).toEqual(want);
  });
});
