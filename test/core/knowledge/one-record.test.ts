// A technology added as ONE catalogue record, no code: extracted from a tech stack table, chosen, modelled, drawn, costed and spelled in validate; and the traits it carries (previews, autoscaling, API-only access, backend as a service, a HIPAA attestation, a CI tool) are what later stages read.
import { afterEach, describe, expect, it } from 'vitest';
import { builtinCatalogue, useCatalogue } from '../../../src/core/knowledge/active.js';
import { Catalogue } from '../../../src/core/knowledge/catalogue.js';
import { mergeCatalogue } from '../../../src/core/knowledge/merge.js';
import type { TechRecord } from '../../../src/core/knowledge/types.js';
import { parseDocument } from '../../../src/core/ingest/parse-markdown.js';
import { buildArchitecture } from '../../../src/core/pipeline/build-architecture.js';
import { validateDocument } from '../../../src/core/validate/validate-document.js';
import { namesTech } from '../../../src/core/validate/tech-spellings.js';
import { findAction } from '../../../src/core/actions/registry.js';

interface Case {
  /** The stack table row's category cell. */
  row: string;
  record: TechRecord;
  /** The decision point that picks it. */
  point: string;
  /** Where the model keeps it. */
  modelled: 'compute' | 'dataStores' | 'platform';
}

const price = { low: 7, high: 70, asOf: '2026-01', source: 'invented for the test' };
const rec = (r: Omit<TechRecord, 'aliases' | 'price'>): TechRecord => ({ ...r, price, aliases: [{ terms: [r.name] }] });

const CASES: Case[] = [
  {
    row: 'Hosting',
    point: 'cloud.primary-platform',
    modelled: 'platform',
    record: rec({
      id: 'quayside',
      name: 'Quayside',
      kind: 'paas',
      category: 'cloudProviders',
      slots: ['hosting-platform', 'runtime'],
      role: 'paas',
    }),
  },
  {
    row: 'Database',
    point: 'data.primary-database',
    modelled: 'dataStores',
    record: rec({
      id: 'tidestore',
      name: 'Tidestore',
      kind: 'managed-service',
      category: 'dataStores',
      slots: ['database'],
      role: 'relational',
    }),
  },
  {
    row: 'Messaging',
    point: 'data.messaging',
    modelled: 'dataStores',
    record: rec({ id: 'ferrymq', name: 'FerryMQ', kind: 'managed-service', category: 'dataStores', slots: ['queue'], role: 'queue' }),
  },
  {
    row: 'Cache',
    point: 'data.cache',
    modelled: 'dataStores',
    record: rec({ id: 'moorcache', name: 'Moorcache', kind: 'managed-service', category: 'dataStores', slots: ['cache'], role: 'cache' }),
  },
  {
    row: 'Compute',
    point: 'compute.runtime',
    modelled: 'compute',
    record: rec({
      id: 'berthbox',
      name: 'Berthbox',
      kind: 'managed-service',
      provider: 'aws',
      category: 'compute',
      slots: ['runtime'],
      role: 'container',
    }),
  },
];

const stack = (c: Case) => `# Architecture

The Slipway service takes bookings for 400 users and stores them.

## Tech Stack

| Category | Technology |
| --- | --- |
| Cloud | ${c.modelled === 'platform' ? c.record.name : 'AWS'} |
| Language | TypeScript |
| Backend | NestJS |
| ${c.row} | ${c.record.name} |
`;

afterEach(() => useCatalogue(null));

describe.each(CASES.map((c) => [c.record.id, c] as const))('%s, added as one catalogue record', (id, c) => {
  const run = () => {
    useCatalogue(new Catalogue(mergeCatalogue(builtinCatalogue().data, { technologies: [c.record] })));
    const built = buildArchitecture({ docs: [parseDocument('docs/architecture.md', 'architecture', stack(c))], date: '2026-01-15' });
    const document = built.files.find((f) => f.kind === 'document')!.content;
    return { built, document };
  };

  it('is extracted from the tech stack table, chosen and modelled', () => {
    const { built } = run();
    expect(built.profile[c.record.category].map((f) => f.id)).toContain(id);
    expect(built.decisions.find((d) => d.id === c.point)?.choice).toBe(id);
    const m = built.model;
    const techs = c.modelled === 'platform' ? [m.platform.primary] : m[c.modelled].map((x) => x.tech);
    expect(techs).toContain(id);
  });

  it('is drawn in a diagram and costed from its price band', () => {
    const { built } = run();
    expect(built.diagrams.some((d) => d.source.includes(c.record.name))).toBe(true);
    expect(built.model.costLines.some((l) => l.basis.includes(c.record.name))).toBe(true);
  });

  it('is spelled correctly by validate', () => {
    const { built, document } = run();
    expect(namesTech(document, id)).toBe(true);
    const report = validateDocument({ path: 'docs/infrastructure-architecture.md', text: document, profile: built.profile, files: [] });
    expect(report.findings.filter((f) => f.id === 'consistency-missing-commitment').map((f) => f.message)).toEqual([]);
    // Without the record the same name is only an unknown technology: the catalogue record is what made it known.
    useCatalogue(null);
    expect(builtinCatalogue().knows(c.record.name)).toBe(false);
  });
});

/** A stack table with the given rows under the Slipway service (HIPAA data when `hipaa`). */
const stackOf = (rows: [string, string][], hipaa = false, users = 400) => `# Architecture

The Slipway service takes bookings for ${users} users and stores them.${hipaa ? ' It stores patient health records (PHI) under HIPAA.' : ''}

## Tech Stack

| Category | Technology |
| --- | --- |
${rows.map(([k, v]) => `| ${k} | ${v} |`).join('\n')}
`;

interface TraitCase {
  what: string;
  /** The records, with the trait (or attestation) under test; `without` is the same records lacking it. */
  records: TechRecord[];
  without: TechRecord[];
  rows: [string, string][];
  hipaa?: boolean;
  users?: number;
  /** What the run shows, as ids: it must differ between the two catalogues. */
  read: (b: ReturnType<typeof buildArchitecture>) => unknown;
  withTrait: unknown;
  withoutTrait: unknown;
}

const strip = (r: TechRecord, key: 'traits' | 'attestations' | 'slots', keep?: (x: string) => boolean): TechRecord =>
  key === 'attestations' ? { ...r, attestations: undefined } : { ...r, [key]: (r[key] as string[]).filter((x) => keep?.(x) ?? false) };

const previewHost = rec({
  id: 'harbourpages',
  name: 'Harbourpages',
  kind: 'paas',
  category: 'cloudProviders',
  slots: ['hosting-platform', 'runtime'],
  role: 'paas',
  traits: ['per-change-previews'],
});
const scaler = rec({
  id: 'tidalpods',
  name: 'Tidalpods',
  kind: 'managed-service',
  provider: 'aws',
  category: 'compute',
  slots: ['runtime'],
  role: 'container',
  traits: ['autoscaling'],
});
const apiStore = rec({
  id: 'keelstore',
  name: 'Keelstore',
  kind: 'global-saas',
  category: 'dataStores',
  slots: ['database'],
  role: 'document',
  traits: ['public-endpoint-by-default', 'api-only-access'],
});
const backend = rec({
  id: 'quaybase',
  name: 'Quaybase',
  kind: 'paas',
  category: 'cloudProviders',
  slots: ['hosting-platform', 'database'],
  role: 'document',
});
const attested = rec({
  id: 'jettycloud',
  name: 'Jettycloud',
  kind: 'paas',
  category: 'cloudProviders',
  slots: ['hosting-platform', 'runtime'],
  role: 'paas',
  attestations: { hipaa: 'plan' },
});
const ci = rec({ id: 'slipci', name: 'SlipCI', kind: 'global-saas', category: 'ciCd', slots: ['ci-cd'] });

const baaControl = (b: ReturnType<typeof buildArchitecture>) => {
  const r = findAction('security-compliance')!.run({ profile: b.profile, decisions: b.decisions, model: b.model, domain: 'security' });
  return r.table!.find((x) => x[1].startsWith('Business associate agreement'))?.[3];
};

const TRAIT_CASES: TraitCase[] = [
  {
    what: 'per-change-previews: the platform builds each pull request',
    records: [previewHost],
    without: [strip(previewHost, 'traits')],
    rows: [
      ['Hosting', 'Harbourpages'],
      ['Frontend', 'Next.js'],
    ],
    read: (b) => b.decisions.find((d) => d.id === 'environments.previews')?.choice,
    withTrait: 'per-pr-previews',
    withoutTrait: 'shared-staging',
  },
  {
    what: 'autoscaling: the runtime adds replicas on load',
    records: [scaler],
    without: [strip(scaler, 'traits')],
    rows: [
      ['Cloud', 'AWS'],
      ['Backend', 'NestJS'],
      ['Compute', 'Tidalpods'],
    ],
    users: 4000,
    read: (b) => b.decisions.find((d) => d.id === 'compute.scaling')?.choice,
    withTrait: 'horizontal-autoscaling',
    withoutTrait: 'fixed-capacity',
  },
  {
    what: 'api-only-access: a public endpoint that is the provider API is no open database port',
    records: [apiStore],
    without: [strip(apiStore, 'traits', (t) => t !== 'api-only-access')],
    rows: [
      ['Hosting', 'Render'],
      ['Backend', 'NestJS'],
      ['Database', 'Keelstore'],
    ],
    read: (b) => b.concerns.filter((c) => c.rule === 'public-database-endpoint').map((c) => c.subject),
    withTrait: [],
    withoutTrait: ['keelstore'],
  },
  {
    what: 'hosting platform and database in one: a backend as a service, no server runtime',
    records: [backend],
    without: [strip(backend, 'slots', (s) => s !== 'database')],
    rows: [
      ['Platform', 'Quaybase'],
      ['Frontend', 'React'],
    ],
    read: (b) => b.decisions.find((d) => d.id === 'compute.runtime')?.rejected.some((r) => r.id === 'backend-as-a-service'),
    withTrait: false,
    withoutTrait: true,
  },
  {
    what: 'a HIPAA attestation on certain plans: the BAA control is partly met',
    records: [attested],
    without: [strip(attested, 'attestations')],
    rows: [
      ['Hosting', 'Jettycloud'],
      ['Backend', 'NestJS'],
    ],
    hipaa: true,
    read: baaControl,
    withTrait: 'partial',
    withoutTrait: 'gap',
  },
];

describe.each(TRAIT_CASES.map((c) => [c.what, c] as const))('one record, %s', (_what, c) => {
  const build = (records: TechRecord[]) => {
    useCatalogue(new Catalogue(mergeCatalogue(builtinCatalogue().data, { technologies: records })));
    return buildArchitecture({
      docs: [parseDocument('docs/architecture.md', 'architecture', stackOf(c.rows, c.hipaa, c.users))],
      date: '2026-01-15',
    });
  };
  it('the record with it: later stages read it from the catalogue', () => expect(c.read(build(c.records))).toEqual(c.withTrait));
  it('the same record without it: they behave otherwise', () => expect(c.read(build(c.without))).toEqual(c.withoutTrait));
});

describe('a CI/CD tool added as one record', () => {
  it('is the delivery pipeline, named by its record', () => {
    useCatalogue(new Catalogue(mergeCatalogue(builtinCatalogue().data, { technologies: [ci] })));
    const rows: [string, string][] = [
      ['Cloud', 'AWS'],
      ['Backend', 'NestJS'],
      ['CI/CD', 'SlipCI'],
    ];
    const b = buildArchitecture({ docs: [parseDocument('docs/architecture.md', 'architecture', stackOf(rows))], date: '2026-01-15' });
    expect(b.model.pipelines.map((p) => [p.tool, p.name])).toEqual([['slipci', 'Delivery pipeline (SlipCI)']]);
  });
});
