import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readProject } from '../../src/io/read-project.js';
import { planningLocations } from '../../src/io/bmad-layout.js';
import { extractProfile } from '../../src/core/extract/extract-profile.js';

const FIXTURES = join(__dirname, '..', 'fixtures', 'layouts');
const read = (name: string) => readProject(join(FIXTURES, name), { parseCache: false });
const roles = (name: string) =>
  read(name)
    .docs.map((d) => `${d.path} ${d.role}`)
    .sort();

describe('BMAD layouts', () => {
  it.each([
    ['v4-sharded', ['docs/architecture/tech-stack.md tech-stack', 'docs/prd/index.md prd', 'docs/prd/requirements.md prd']],
    ['v4-custom-paths', ['planning/product.md prd', 'planning/system.md architecture']],
    ['v6-early', ['_bmad-output/planning-artifacts/architecture.md architecture', '_bmad-output/planning-artifacts/prd.md prd']],
    [
      'v6-9',
      [
        '_bmad-output/planning-artifacts/architecture/architecture-quillmark-2026-03-04/ARCHITECTURE-SPINE.md architecture',
        '_bmad-output/planning-artifacts/prds/prd-quillmark-2026-03-02/addendum.md prd',
        '_bmad-output/planning-artifacts/prds/prd-quillmark-2026-03-02/prd.md prd',
      ],
    ],
  ])('%s: reads the planning documents, not stories, reviews or reports', (name, want) => {
    expect(roles(name)).toEqual(want);
  });

  it.each([
    ['v4-sharded', 'Lantern Ledger', ['render'], ['postgresql']],
    ['v4-custom-paths', 'Harbor Hours', ['azure'], []],
    ['v6-early', 'Tidepool Tickets', ['fly-io'], ['sqlite']],
    ['v6-9', 'Quillmark', ['cloudflare'], []],
  ])('%s: extracts the name and the stack', (name, project, clouds, stores) => {
    const { profile } = extractProfile(read(name).docs);
    expect(profile.projectName?.value).toBe(project);
    expect(profile.cloudProviders.map((f) => f.id)).toEqual(clouds);
    expect(profile.dataStores.map((f) => f.id)).toEqual(stores);
  });

  it("v6.9: the spine's stack table and AD rules commit, FR and NFR ids key the evidence", () => {
    const { profile } = extractProfile(read('v6-9').docs);
    expect(profile.compute.map((f) => f.id)).toContain('cloudflare-workers');
    expect(profile.nfrs.map((n) => n.id)).toEqual(['NFR-1']);
    expect(profile.availabilityTarget?.value).toBe(99.9);
  });

  it('a config path that leaves the project is ignored', () => {
    const where = planningLocations(join(FIXTURES, 'v4-custom-paths'));
    expect(where.files).toEqual(['planning/product.md', 'planning/system.md']);
    expect(where.roles).toEqual({ 'planning/product.md': 'prd', 'planning/system.md': 'architecture' });
  });
});
