// A stack table row commits the technology in its technology column; a name in its rationale column is a neighbour.
import { describe, expect, it } from 'vitest';
import { doc, ids, profileOf } from './helpers.js';

const stack = (rows: string) =>
  doc(
    'docs/architecture/tech-stack.md',
    'tech-stack',
    `# Tech Stack\n\n| Category | Technology | Purpose | Rationale |\n| --- | --- | --- | --- |\n${rows}\n`,
  );

describe('stack table columns', () => {
  it.each([
    [
      'technology column commits',
      '| ORM | Ormly | Models | Typed queries |\n| Migrations | Alembic | Schema changes | Versioned |',
      'alembic',
      true,
    ],
    [
      'rationale naming a neighbour does not',
      '| Migrations | Flyway | Schema changes | Pairs well with SQLAlchemy models |',
      'sqlalchemy',
      false,
    ],
    ['rationale naming a build tool does not', '| Unit tests | Vitest | Tests | Fast, Vite-powered runner |', 'vite', false],
    [
      'purpose listing the parts of the choice still counts',
      '| Platform | Cloudflare | Pages, Workers, R2 for hosting | Edge |',
      'r2',
      true,
    ],
  ])('%s', (_name, rows, id, committed) => {
    const p = profileOf(stack(rows));
    const all = [...p.frameworks, ...p.dataStores].map((f) => f.id);
    expect(all.includes(id)).toBe(committed);
  });

  it('a rationale cell still counts as much as a plain table row', () => {
    // Two rationale cells that name the same library add up like two table rows would.
    const rows = '| Tests | Jestly | Unit tests | Standard for React apps |\n| Lint | Linty | Style | Common in React projects |';
    const other = doc('docs/prd.md', 'prd', '# PRD\n\nThe web client is a React single-page app.\n\nReact renders the dashboard.\n');
    expect(ids(profileOf(stack(rows), other).frameworks)).toContain('react');
    expect(ids(profileOf(stack(rows)).frameworks)).not.toContain('react');
  });
});

describe("a stack table's category cell names the slot, not the choice", () => {
  it.each([
    ['a platform scoping the slot', '| Ingress (K8s) | Quillgate 3 | Routes traffic | Fast |', 'compute', 'kubernetes'],
    ['a word spelled like a framework', '| Payment Rails | Ledgerline | Settlement | Direct |', 'frameworks', 'rails'],
    ['a store scoping the slot', '| Cache (Redis) | Tidecache | Sessions | Managed |', 'dataStores', 'redis'],
  ])('%s', (_why, row, field, id) => {
    expect(ids(profileOf(stack(row))[field as 'compute'])).not.toContain(id);
  });

  it('the same name in the technology column is the choice', () => {
    expect(ids(profileOf(stack('| Orchestration | Kubernetes | Runs the pods | Portable |')).compute)).toContain('kubernetes');
  });
});

describe('libraries a stack table names are frameworks', () => {
  it.each([
    ['State Management', 'Zustand', 'zustand'],
    ['Server State', 'TanStack Query', 'tanstack-query'],
    ['Data Fetching', 'React Query', 'tanstack-query'],
    ['Task Queue', 'Celery', 'celery'],
    ['Validation', 'Pydantic', 'pydantic'],
    ['ORM', 'SQLModel', 'sqlmodel'],
    ['ORM', 'EF Core', 'entity-framework-core'],
    ['UI Components', 'Angular Material', 'angular-material'],
    ['Reactive', 'RxJS', 'rxjs'],
    ['State (mobile)', 'Riverpod', 'riverpod'],
    ['Agents', 'CrewAI', 'crewai'],
    ['Agent Framework', 'Agno', 'agno'],
    ['Async Runtime', 'Tokio', 'tokio'],
    ['CLI', 'Typer', 'typer'],
    ['Components', 'Headless UI', 'headless-ui'],
    ['Translations', 'i18next', 'i18next'],
    ['Adapter', 'OpenNext', 'opennext'],
  ])('%s | %s', (category, tech, id) => {
    const p = profileOf(stack(`| ${category} | ${tech} | for the app | chosen |`));
    expect(ids(p.frameworks)).toContain(id);
  });
});
