// A stack row's notes can make the row depend on a condition or confine it to development; a tag after a slash run covers each name.
import { describe, expect, it } from 'vitest';
import { doc, ids, profileOf } from './helpers.js';

type Field = 'dataStores' | 'compliance' | 'services' | 'compute';
const stack = (row: string) =>
  profileOf(
    doc(
      'docs/architecture/tech-stack.md',
      'tech-stack',
      `# Tech Stack\n\n| Category | Technology | Purpose |\n| --- | --- | --- |\n${row}\n`,
    ),
  );

describe('conditions and scopes stated in a stack row', () => {
  it.each<[string, string, Field, string[], string | null]>([
    ['a conditional phase note', '| Cache | Redis | (Phase 2 conditional) |', 'dataStores', [], 'conditional'],
    ['"if required" in the purpose', '| Cache | Redis | If required for sessions |', 'dataStores', [], 'conditional'],
    ['"only if" in the purpose', '| Search | Elasticsearch | Only if the catalogue grows |', 'dataStores', [], 'conditional'],
    ['a plain purpose commits', '| Cache | Redis | Sessions and rate limits |', 'dataStores', ['redis'], null],
    [
      'a condition after a slash run covers each name',
      '| Privacy | GDPR/CCPA (if required) | Data subject rights |',
      'compliance',
      [],
      'conditional',
    ],
    [
      'a plain slash run of regimes commits both',
      '| Privacy | GDPR/CCPA compliance is required | Data subject rights |',
      'compliance',
      ['ccpa', 'gdpr'],
      null,
    ],
    ['local development only', '| Database | SQLite | Local development only |', 'dataStores', [], 'dev-only'],
    ['local dev', '| Database | SQLite | local dev |', 'dataStores', [], 'dev-only'],
    ['testing only', '| Containers | Docker | Testing only |', 'compute', [], 'dev-only'],
    [
      'a category cell that names a condition is still the slot',
      '| Conditional features | Redis | Sessions |',
      'dataStores',
      ['redis'],
      null,
    ],
  ])('%s', (_n, row, field, want, reason) => {
    const p = stack(row);
    expect(ids(p[field])).toEqual(want);
    const reasons = [...new Set(p.mentions.filter((m) => m.category === field).map((m) => m.reason))];
    expect(reasons).toEqual(reason ? [reason] : []);
  });
});
