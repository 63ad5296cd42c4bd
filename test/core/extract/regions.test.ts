// Regions from plain geographies (catalogue names and places), region codes and configuration settings.
import { describe, expect, it } from 'vitest';
import { doc, ids, profileOf } from './helpers.js';

const arch = (body: string) => doc('docs/architecture.md', 'architecture', `# Architecture\n\n## Hosting\n\n${body}\n`);
const regionsOf = (body: string) => ids(profileOf(arch(body)).regions);

describe('regions stated plainly', () => {
  it.each([
    ['a directed geography', '**Hosting regions:** West US (primary), North Europe (standby)', ['north-europe', 'west-us']],
    ['a geography and its direction after it', 'The service is deployed to US-West for the pilot.', ['us-west']],
    ['a geography by its name', 'Customer data must stay in the Asia-Pacific region.', ['apac']],
    ['a country named for residency', 'Patient records: the data stays in Denmark.', ['denmark']],
    ['an acronym with "only"', 'Storage is EU only; backups follow the same rule.', ['eu']],
    ['the pronoun is not the country', 'The hosting team told us the region is chosen later.', []],
    ['a place with no hosting or residency context', 'Our first customers are bakeries in Germany.', []],
    ['a city that locates the region code beside it', 'Region: lon1 (London) for the droplets.', ['lon1']],
    [
      'a country beside a region code of its area',
      'Hosting region: eu-west-1.\n\nResidency matters because the pilot customers are in Ireland.',
      ['eu-west-1'],
    ],
    ['a broad geography beside a region inside it', 'Hosting in the EU: the database region is eu-central-1.', ['eu-central-1']],
    ['a later phase is not a region', 'Phase 2 may add hosting in Canada.', []],
  ])('%s', (_name, body, expected) => {
    expect(regionsOf(body)).toEqual(expected);
  });

  it.each([
    ['a Terraform provider region', 'provider "aws" {\n  region = "ap-southeast-2"\n}', ['ap-southeast-2']],
    ['a setting that is not a region code', 'locals {\n  region = "primary"\n}', []],
    ['a platform config region list', '{\n  "regions": ["zzq1", "yyb2"],\n  "env": {}\n}', ['yyb2', 'zzq1']],
    ['a YAML region list', 'regions: [eu-north-9]', ['eu-north-9']],
    ['a region list of words', '"regions": ["all", "primary"]', []],
    ['a list under another key', '"zones": ["zzq1"]', []],
  ])('reads %s from configuration', (_name, code, expected) => {
    expect(regionsOf(`\`\`\`hcl\n${code}\n\`\`\``)).toEqual(expected);
  });
});
