import { describe, expect, it } from 'vitest';
import { doc } from './helpers.js';
import { assertionStatus, isCommitment } from '../../../src/core/extract/assertion-status.js';

/** The status of the first occurrence of `name` in the first block of `markdown` that holds it. */
function statusOf(markdown: string, name: string): string {
  const d = doc('docs/architecture.md', 'architecture', markdown);
  const block = d.blocks.find((b) => b.text.includes(name) && b.type !== 'heading');
  if (!block) throw new Error(`no block holds ${name}`);
  const start = block.text.indexOf(name);
  return assertionStatus(d, block, start, start + name.length);
}

const prose = (sentence: string) => `# Design\n\n## Platform\n\n${sentence}\n`;

describe('assertion status of a mention', () => {
  it.each([
    ['committed', prose('The API runs on Quokka Cloud in two zones.'), 'Quokka Cloud'],
    ['planned', prose('A search index on Zephyr is planned for the MVP.'), 'Zephyr'],
    ['future', prose('We could later move the workers to Zephyr in phase 3.'), 'Zephyr'],
    ['future', '# Design\n\n## Hosting\n\n- Future: a Zephyr chart for customers.\n', 'Zephyr'],
    ['future', '# Design\n\n## Deferred\n\n- Zephyr for full-text search.\n', 'Zephyr'],
    ['future', '# Design\n\n## Non-Goals\n\n- Running on Zephyr.\n', 'Zephyr'],
    ['future', '# Design\n\n| Area | Now | Future |\n| --- | --- | --- |\n| Search | Postgres | Zephyr |\n', 'Zephyr'],
    ['optional', prose('A Zephyr cache if needed.'), 'Zephyr'],
    ['optional', '# Design\n\n## Hosting\n\n- Optional: Zephyr for previews.\n', 'Zephyr'],
    ['optional', '# Design\n\n## Compliance\n\n- Zephyr compliance considerations for card data.\n', 'Zephyr'],
    ['optional', prose('Zephyr readiness is tracked for a later audit.'), 'Zephyr'],
    ['optional', prose('Zephyr where applicable to stored records.'), 'Zephyr'],
    ['committed', '# Design\n\n## Compliance\n\n- Zephyr compliance for user privacy is required.\n', 'Zephyr'],
    ['optional', prose('Hosting: a cloud platform (Quokka, Zephyr, or Mistral).'), 'Zephyr'],
    ['optional', prose('Compute: Zephyr Run (Quokka), Mistral Boxes, or Orca VMs.'), 'Quokka'],
    ['optional', prose('Hosting: a cloud platform (Quokka, Zephyr, or Mistral).'), 'Quokka'],
    ['optional', prose('Hosting: a cloud platform (Quokka or Zephyr).'), 'Quokka'],
    ['optional', prose('Hosting: a cloud platform (Quokka or Zephyr).'), 'Zephyr'],
    ['optional', '# Design\n\n| Layer | Technology |\n| --- | --- |\n| Framework | Quokka or Zephyr |\n', 'Zephyr'],
    ['optional', prose('Errors go to Quokka Sentinel or Zephyr.'), 'Zephyr'],
    ['committed', prose('Sessions live in memory or Zephyr.'), 'Zephyr'],
    ['committed', prose('Targets are customer-managed Zephyr hosts or infrastructure that runs Docker.'), 'Zephyr'],
    ['future', '# Design\n\n## Compliance\n\n- Zephyr Seal: deferred to the enterprise tier post-MVP.\n', 'Zephyr'],
    ['provenance', prose('A calm look inspired by developer tools (Quokka, Zephyr dashboards).'), 'Zephyr'],
    ['alternative', prose('Alternatives considered include Zephyr.'), 'Zephyr'],
    ['alternative', '# Design\n\n| Need | Chosen | Rejected |\n| --- | --- | --- |\n| Queue | Mistral MQ | Zephyr |\n', 'Zephyr'],
    ['hypothetical', prose('Any store works, e.g. Zephyr, as long as it speaks SQL.'), 'Zephyr'],
    ['hypothetical', prose('Imagine the team ran everything on Zephyr instead.'), 'Zephyr'],
    ['hypothetical', prose('Compose is enough now; this can be migrated to a sturdier tool like Zephyr or Quokka.'), 'Quokka'],
    ['future', prose('As it grows, the stack can be migrated to Zephyr.'), 'Zephyr'],
    ['future', prose('Releases roll out in place. Zephyr with its traffic shifter is a candidate for later.'), 'Zephyr'],
    ['provenance', prose("The proxy is built on Zephyr's open-source gateway framework."), 'Zephyr'],
    ['provenance', prose('Our scheduler is a fork of Zephyr.'), 'Zephyr'],
    ['dev-only', prose('Zephyr for local development only.'), 'Zephyr'],
    ['dev-only', prose('End-to-end tests run only in Zephyr.'), 'Zephyr'],
    ['dev-only', '# Design\n\n## Testing\n\n- **E2E tests:** only in Zephyr boxes\n', 'Zephyr'],
    ['dev-only', '# Design\n\n## Setup\n\n- Local development: Zephyr on each laptop\n', 'Zephyr'],
    ['committed', '# Design\n\n## Setup\n\n- Production: Zephyr in two zones\n', 'Zephyr'],
    ['dev-only', prose('Our E2E test pattern (Zephyr-based, one box per run) stays.'), 'Zephyr'],
    ['dev-only', prose('Build files: a Makefile, zephyr.test.yml (two stub peers).'), 'zephyr'],
    ['committed', prose('The API (Zephyr-based) serves the tests results page.'), 'Zephyr'],
    ['negated', '# Design\n\n| Rejected here | Why |\n| --- | --- |\n| ❌ Quokka / Zephyr | Premature |\n', 'Zephyr'],
    ['negated', '# Design\n\n## Choices\n\n- ✗ Zephyr: not needed for one server\n', 'Zephyr'],
    ['committed', '# Design\n\n| Need | Pick |\n| --- | --- |\n| Queue | ✅ Zephyr |\n', 'Zephyr'],
    ['market', prose('Reciprocal rank fusion is used by Quokka, Zephyr and Mistral for hybrid search.'), 'Zephyr'],
    ['committed', prose('The index used by the API is Zephyr.'), 'Zephyr'],
    ['dev-only', '# Design\n\n| Tool | Local | Production |\n| --- | --- | --- |\n| Store | Zephyr | Quokka DB |\n', 'Zephyr'],
    ['market', prose('Competitors such as Zephyr serve 40 million users.'), 'Zephyr'],
    ['cost-delta', prose('A Zephyr read replica would add $40 a month.'), 'Zephyr'],
    ['future', prose('Hosting: Quokka Compose (MVP) → Zephyr (Phase 2/3)'), 'Zephyr'],
    ['committed', prose('Hosting: Quokka Compose (MVP) → Zephyr (Phase 2/3)'), 'Quokka Compose'],
    ['future', prose('Growth path: one server → Mistral Swarm → Zephyr'), 'Zephyr'],
    ['committed', prose('Request flow: browser → Quokka Edge → Zephyr'), 'Zephyr'],
    ['negated', prose('We deploy to Quokka Cloud instead of Zephyr.'), 'Zephyr'],
    ['negated', prose('Zephyr was evaluated and rejected.'), 'Zephyr'],
    // A variant the product supports, one of several: not where this system runs.
    ['optional', prose('For tenant-run deployments, data stays on Zephyr hosts; for hosted ones, Quokka keeps it.'), 'tenant-run'],
    ['optional', prose('For Zephyr deployments, keys stay on site. For hosted deployments, Quokka holds them.'), 'Zephyr'],
    ['optional', prose('Settings for both hosted and Zephyr deployments live in one table.'), 'Zephyr'],
    ['committed', prose('For Zephyr deployments we keep the manifests in one folder.'), 'Zephyr'],
    ['optional', prose('Sign-in works with company directories for Zephyr options.'), 'Zephyr'],
    // A bracket that marks names as spares, and the tagged pick of an option list.
    ['alternative', prose('Platform: Quokka (web), Mistral Buckets + Zephyr (kiosk fallback)'), 'Zephyr'],
    ['alternative', prose('Platform: Quokka (web), Mistral Buckets + Zephyr (kiosk fallback)'), 'Mistral Buckets'],
    ['committed', prose('Platform: Quokka (web), Mistral Buckets + Zephyr (kiosk fallback)'), 'Quokka'],
    ['optional', prose('Search: Zephyr (optional)'), 'Zephyr'],
    ['committed', prose('Platform: Zephyr.app (recommended) or Quokka'), 'Zephyr'],
    ['alternative', prose('Platform: Zephyr.app (recommended) or Quokka'), 'Quokka'],
    ['optional', prose('Hosting: Quokka, Mist.io, or Zephyr (small API)'), 'Zephyr'],
    ['optional', prose('Hosting Options: Quokka, Zephyr, or similar (small API hosting)'), 'Quokka'],
    // Built so a name can come later, or produced by another tool.
    ['future', prose('Caching: in-process memory cache (Zephyr-ready interface)'), 'Zephyr'],
    ['future', prose('The cache sits behind an interface and can swap to Zephyr later.'), 'Zephyr'],
    ['provenance', prose('The stack code synthesizes Zephyr templates on every build.'), 'Zephyr'],
    ['hypothetical', prose('Health endpoints /live and /ready (Zephyr liveness/readiness probes).'), 'Zephyr'],
    ['committed', prose('The API runs on Zephyr with three replicas.'), 'Zephyr'],
  ])('%s: %j', (want, markdown, name) => {
    expect(statusOf(markdown, name)).toBe(want);
  });

  it('only committed and planned statements commit', () => {
    expect(['committed', 'planned', 'future', 'optional', 'negated'].filter((s) => isCommitment(s as never))).toEqual([
      'committed',
      'planned',
    ]);
  });

  it.each([
    ['alternative', '**Alternatives (not selected):**\n\n- **Zephyr CI** - heavier than we need\n'],
    ['alternative', 'Options considered:\n\n- Zephyr\n  - hosted in another region\n'],
    ['future', 'Later phases:\n\n1. Move the workers to Zephyr.\n'],
    ['hypothetical', 'For example:\n\n- a Zephyr bucket per tenant\n'],
    // In a quoted block too, and the label scopes only the list right after it.
    ['alternative', '> Rejected:\n>\n> - Zephyr\n'],
    // A table led in by a label is scoped the same way.
    ['future', '**Areas for Future Enhancement (Post-MVP):**\n\n| Feature | Technology |\n| --- | --- |\n| Builds | Zephyr |\n'],
    // A list item that is a label scopes the items nested under it.
    ['future', '1. **Phase 1 (today):**\n   - one server\n2. **Phase 3 (cluster):**\n   - a Zephyr cluster of five nodes\n'],
  ])('a lead-in label scopes the list after it as a heading would: %s', (want, body) => {
    expect(statusOf(`# Design\n\n## Pipeline\n\nWe use Quokka CI for every build.\n\n${body}`, 'Zephyr')).toBe(want);
  });

  it('a lead-in label scopes only its own list, and a plain label changes nothing', () => {
    const md = '# Design\n\n## Pipeline\n\nRejected:\n\n- Zephyr\n\nWe run:\n\n- Quokka CI\n\n- Mistral\n';
    expect(statusOf(md, 'Quokka CI')).toBe('committed');
    expect(statusOf(md, 'Mistral')).toBe('committed');
    const phases = '# Design\n\n## Scaling\n\n1. Phase 1 (today):\n   - Zephyr on one server\n2. Phase 2 (later):\n   - Quokka Swarm\n';
    expect(statusOf(phases, 'Zephyr')).toBe('committed');
    expect(statusOf(phases, 'Quokka Swarm')).toBe('future');
    const plain = '# Design\n\n## Pipeline\n\nThe pipeline:\n\n- builds on Zephyr\n';
    expect(statusOf(plain, 'Zephyr')).toBe('committed');
  });

  it.each(['Bonus Features (Optional, Time Permitting)', 'Stretch Goals', 'Optional Enhancements'])(
    'a section of extras is not a commitment: %s',
    (title) => {
      const md = `# Brief\n\n## ${title}\n\n| Feature | Technology |\n| --- | --- |\n| Builds | Zephyr |\n`;
      expect(statusOf(md, 'Zephyr')).toBe('future');
    },
  );

  it('a label scopes only its own item', () => {
    const md = '# Design\n\n## Hosting\n\n- Future: Zephyr.\n- Quokka Cloud runs the API.\n';
    expect(statusOf(md, 'Quokka Cloud')).toBe('committed');
  });
});
