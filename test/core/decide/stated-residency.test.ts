// Residency statements on invented text: which areas each binds data to, and which regions honour them (catalogue data).
import { describe, expect, it } from 'vitest';
import { honoursResidency, statedResidency } from '../../../src/core/decide/stated-residency.js';
import { makeProfile } from '../../helpers/make-profile.js';

const areasOf = (text: string, as: 'must' | 'nfr' = 'must') => {
  const p = makeProfile(as === 'nfr' ? { nfrs: [{ text }] } : {});
  if (as === 'must')
    p.constraints.push({
      id: 'c1',
      kind: 'must',
      text,
      subjects: [],
      source: 'requirements',
      evidence: [{ file: 'docs/prd.md', line: 4, quote: text }],
    });
  return statedResidency(p).flatMap((s) => s.areas);
};

describe('statedResidency', () => {
  it.each<[string, string, 'must' | 'nfr', string[]]>([
    ['a country in words', 'Customer data must stay in Canada.', 'must', ['ca']],
    ['a demonym with sovereignty', 'Australian data sovereignty applies to every record.', 'nfr', ['australia']],
    ['an acronym with -only', 'Hosting is US-only for all personal data.', 'nfr', ['us']],
    ['a country inside the EU legal area', 'All personal data must remain in the UK.', 'must', ['united-kingdom']],
    ['India', 'Customer data must be stored in India.', 'must', ['india']],
    ['the EU', 'Data residency: EU only.', 'nfr', ['eu']],
    ['a law the catalogue carries, by name', 'Personal information must be stored under PIPEDA residency rules.', 'nfr', ['ca']],
    [
      'a law and a sovereignty word without placement bind nothing',
      'Data handling is PIPEDA-compliant, with export for data sovereignty.',
      'nfr',
      [],
    ],
    ['GDPR names no residency area (transfers are judged apart)', 'Personal data must be stored in line with GDPR.', 'must', []],
    ['the broader area wins over a country inside it', 'Data must stay in the EU, ideally in Germany.', 'must', ['eu']],
    ['two separate areas: either honours it', 'Data must be stored in Canada or the United States.', 'must', ['us', 'ca']],
    ['the pronoun us is not the United States', 'Let us store data where it is cheapest; residency is not a concern for us.', 'nfr', []],
    ['an area named without binding words', 'Most of our users live in Canada... and marketing targets Europe.', 'nfr', []],
    ['a binding word without an area', 'Data residency requirements are to be confirmed.', 'must', []],
  ])('%s', (_name, text, as, areas) => {
    expect(areasOf(text, as).sort()).toEqual([...areas].sort());
  });
});

describe('honoursResidency (region records of knowledge/regions.yaml)', () => {
  const s = (areas: string[]) => ({ text: '', evidence: [], areas });
  it.each<[string, string[], boolean | null]>([
    ['ca-central-1', ['ca'], true],
    ['us-east-1', ['ca'], false],
    ['ap-southeast-2', ['australia'], true],
    ['ap-southeast-1', ['australia'], false],
    ['australia', ['australia'], true],
    ['apac', ['australia'], null],
    ['eu-west-2', ['united-kingdom'], true],
    ['eu-west-1', ['united-kingdom'], false],
    ['eu-west-1', ['eu'], true],
    ['us-east-1', ['eu'], false],
    ['us-east-1', ['us', 'ca'], true],
    ['centralindia', ['india'], true],
    ['somewhere-unknown', ['ca'], null],
  ])('%s in %j', (region, areas, expected) => {
    expect(honoursResidency(region, s(areas))).toBe(expected);
  });
});
