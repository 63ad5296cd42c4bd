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
  it.each<[string, string, 'cloudProviders' | 'dataStores' | 'ciCd' | 'iacTools' | 'compute', string[]]>([
    ['two hosts for the workers', '| Workers | containers on Railway/Fly.io |', 'cloudProviders', []],
    ['two managed Postgres hosts', '| Database host | Supabase/Neon |', 'cloudProviders', []],
    ['two pipelines', '| CI/CD | GitHub Actions/GitLab CI |', 'ciCd', []],
    ['two IaC tools', '| Infrastructure as code | Terraform / Pulumi |', 'iacTools', []],
    ['a multi-cloud list means all of them', '| Provider | Multi-cloud (AWS/Azure/GCP) |', 'cloudProviders', ['aws', 'azure', 'gcp']],
    ['a database and its host are different kinds', '| Database | PostgreSQL/Supabase |', 'dataStores', ['postgresql']],
    // Two managed runtimes for the same workload leave the runtime open, and the provider both live in stays chosen.
    ['a container service or a managed cluster', '| Containers | AWS ECS/EKS |', 'compute', []],
    ['the provider of both options stays', '| Containers | AWS ECS/EKS |', 'cloudProviders', ['aws']],
    ["two providers' clusters", '| Containers | GKE/EKS |', 'compute', []],
    ["two providers' clusters leave the provider open", '| Containers | GKE/EKS |', 'cloudProviders', []],
    ['a container service and the engine it runs on', '| Containers | ECS/Fargate |', 'compute', ['ecs', 'fargate']],
    ['a function service beside a container service', '| Compute | Lambda/ECS |', 'compute', ['aws-lambda', 'ecs']],
    ['containers and their orchestrator work together', '| Runtime | Docker/Kubernetes |', 'compute', ['docker', 'kubernetes']],
    ['a store and its extension', '| Database | PostgreSQL/pgvector |', 'dataStores', ['pgvector', 'postgresql']],
    ['a host and its pipeline', '| CI/CD | GitHub/GitHub Actions |', 'ciCd', ['github-actions']],
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
