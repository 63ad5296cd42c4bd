// Two names of one exclusive slot joined by a slash are options; different slots, or a "multi-cloud" list, stay committed.
import { describe, expect, it } from 'vitest';
import { doc, ids, profileOf } from './helpers.js';

const stack = (...rows: string[]) =>
  profileOf(
    doc(
      'docs/architecture.md',
      'architecture',
      `# Orchard Architecture\n\n## Tech Stack\n\n| Layer | Choice |\n| - | - |\n${rows.map((r) => `${r}\n`).join('')}`,
    ),
  );

describe('slash-joined names', () => {
  it.each<[string, string, 'cloudProviders' | 'dataStores' | 'ciCd' | 'iacTools', string[]]>([
    ['two hosts for the workers', '| Workers | containers on Railway/Fly.io |', 'cloudProviders', []],
    ['two managed Postgres hosts', '| Database host | Supabase/Neon |', 'cloudProviders', []],
    ['two pipelines', '| CI/CD | GitHub Actions/GitLab CI |', 'ciCd', []],
    ['two IaC tools', '| Infrastructure as code | Terraform / Pulumi |', 'iacTools', []],
    ['a multi-cloud list means all of them', '| Provider | Multi-cloud (AWS/Azure/GCP) |', 'cloudProviders', ['aws', 'azure', 'gcp']],
    ['a database and its host are different kinds', '| Database | PostgreSQL/Supabase |', 'dataStores', ['postgresql']],
  ])('%s', (_n, row, field, want) => {
    expect(ids(stack(row)[field])).toEqual(want);
  });

  it('keeps the demoted names as mentions with a reason', () => {
    const p = stack('| Hosting | Render/Heroku |');
    expect(ids(p.cloudProviders)).toEqual([]);
    expect([...new Set(p.mentions.filter((m) => m.id === 'render' || m.id === 'heroku').map((m) => `${m.id}:${m.reason}`))].sort()).toEqual(
      ['heroku:conditional', 'render:conditional'],
    );
  });

  it('a platform named alone in the same stack is still committed', () => {
    expect(ids(stack('| Front-end hosting | Vercel |', '| Workers | Railway/Fly.io |').cloudProviders)).toEqual(['vercel']);
  });
});
