// A technology added as ONE catalogue record, no code: extracted from a tech stack table, chosen, modelled, drawn, costed and spelled in validate.
import { afterEach, describe, expect, it } from 'vitest';
import { builtinCatalogue, useCatalogue } from '../../../src/core/knowledge/active.js';
import { Catalogue } from '../../../src/core/knowledge/catalogue.js';
import { mergeCatalogue } from '../../../src/core/knowledge/merge.js';
import type { TechRecord } from '../../../src/core/knowledge/types.js';
import { parseDocument } from '../../../src/core/ingest/parse-markdown.js';
import { buildArchitecture } from '../../../src/core/pipeline/build-architecture.js';
import { validateDocument } from '../../../src/core/validate/validate-document.js';
import { namesTech } from '../../../src/core/validate/tech-spellings.js';

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
