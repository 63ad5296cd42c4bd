// A common-word catalogue spelling after an unknown proper noun is that product's name, carried as an unknown technology.
import { describe, expect, it } from 'vitest';
import { doc, ids, profileOf } from './helpers.js';

const stack = (tech: string) =>
  profileOf(
    doc(
      'docs/architecture/tech-stack.md',
      'tech-stack',
      `# Tech Stack\n\n| Category | Technology | Version | Purpose |\n| --- | --- | --- | --- |\n| Database | ${tech} | 2.x | Primary store |\n`,
    ),
  );

describe('a catalogue spelling that ends a longer product name', () => {
  it.each([
    ['Quokka SQL Server', [], ['quokka-sql-server']],
    ['Zephyr Cloud Storage', [], ['zephyr-cloud-storage']],
    ['SQL Server', ['sql-server'], []],
    ['Microsoft SQL Server', ['sql-server'], []],
    ['Azure SQL Server', ['sql-server'], []],
    ['Managed SQL Server', ['sql-server'], []],
    ['Amazon RDS for SQL Server', ['sql-server'], []],
    ['Google Cloud Storage', ['gcs'], []],
    // A brand word in the spelling names the product whatever stands before it.
    ['Quokka PostgreSQL', ['postgresql'], []],
  ])('%s', (tech, stores, unknown) => {
    const p = stack(tech);
    expect(ids(p.dataStores)).toEqual(stores);
    expect(ids(p.unknownTechnologies)).toEqual(unknown);
  });

  it('reads the owned tail in prose too', () => {
    const p = profileOf(
      doc('docs/architecture.md', 'architecture', '# Design\n\n## Data\n\nVersioned tables live in Quokka SQL Server.\n'),
    );
    expect(ids(p.dataStores)).toEqual([]);
  });
});
