import { describe, expect, it } from 'vitest';
import { doc, ids, profileOf } from './helpers.js';

const arch = (body: string) => doc('docs/architecture.md', 'architecture', `# Wren Ledger Architecture\n\n${body}\n`);
const storageTable = (cell: string) =>
  `## Tech Stack\n\n| Category | Technology | Purpose |\n| --- | --- | --- |\n| Database | PostgreSQL | Ledger rows |\n| File Storage | ${cell} | Receipts |\n`;

describe('"<X>-compatible": the interface, unless a product of its slot answers it', () => {
  it.each([
    ['a bare interface in a stack row', storageTable('S3-compatible object storage'), ['postgresql', 's3']],
    ['a bare interface spelled with a space', storageTable('S3 compatible bucket storage'), ['postgresql', 's3']],
    ['a known product in the same row', storageTable('MinIO (S3-compatible)'), ['minio', 'postgresql']],
    ['an unknown product the bracket describes', storageTable('Quillbox Vault (S3-compatible, self-run)'), ['postgresql']],
    ['the interface kept as an option in the same row', storageTable('Local disk + S3-compatible, optional S3 later'), ['postgresql']],
    ['an optional interface', '## Storage\n\n- **File Storage:** optionally an S3-compatible bucket for exports', []],
    ['a later interface', '## Storage\n\n- **File Storage:** local disk; S3-compatible storage in Phase 2', []],
  ])('%s', (_why, body, want) => {
    expect(ids(profileOf(arch(body)).dataStores)).toEqual(want);
  });

  it('a product of the same slot committed elsewhere answers the interface named in passing', () => {
    const body = `${storageTable('Cloudflare R2')}\n## Backups\n\n- **Cold storage:** S3-compatible archive of nightly dumps`;
    const p = profileOf(arch(body));
    expect(ids(p.dataStores)).toEqual(['postgresql', 'r2']);
    expect(p.mentions.find((m) => m.id === 's3')?.reason).toBe('example');
  });

  it("the interface does not bring its vendor's cloud with it", () => {
    const p = profileOf(arch(storageTable('S3-compatible object storage')));
    expect(ids(p.dataStores)).toContain('s3');
    expect(ids(p.cloudProviders)).not.toContain('aws');
  });

  it('a name the catalogue does not mark as an interface stays an example of likeness', () => {
    const p = profileOf(arch(storageTable('Heroku-compatible buildpacks on our own servers')));
    expect(ids(p.compute)).not.toContain('heroku');
  });
});
