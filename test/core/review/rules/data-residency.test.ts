// Table-driven cases for the data-residency reviewer rule: inputs that must raise it (at a level) and inputs that must not.
import { describe, expect, it } from 'vitest';
import { caseOf, type Extra } from '../rule-cases.js';
import { runRule, worst, type RuleCase, expectWellFormed, messageIds } from '../run-rule.js';
import { decideAll } from '../../../../src/core/decide/decide.js';
import { deriveModel } from '../../../../src/core/model/derive-model.js';
import { reviewArchitecture } from '../../../../src/core/review/review.js';
import { doc, profileOf } from '../../extract/helpers.js';

const ID = 'data-residency';

describe(ID, () => {
  it.each<[string, RuleCase & Extra, 'red' | 'yellow' | 'green' | 'none', string[]]>([
    [
      'explicit EU residency, a US backup region the design chose',
      {
        profile: { compliance: ['gdpr'] },
        model: {
          regions: [
            { id: 'eu-west-1', role: 'primary' },
            { id: 'us-east-1', role: 'backup' },
          ],
        },
        residency: true,
      },
      'red',
      ['chosenOutside'],
    ],
    [
      'GDPR with an EU region, US secondary',
      {
        profile: { compliance: ['gdpr'], regions: ['eu-west-1'] },
        model: {
          regions: [
            { id: 'eu-west-1', role: 'primary' },
            { id: 'us-east-1', role: 'secondary' },
          ],
        },
      },
      'yellow',
      ['placedOutsideEu'],
    ],
    [
      'GDPR, no region anywhere',
      { profile: { compliance: ['gdpr'] }, model: { regions: [{ id: 'primary-region', role: 'primary' }] } },
      'yellow',
      ['noRegion'],
    ],
    [
      'GDPR, everything in the EU',
      {
        profile: { compliance: ['gdpr'], regions: ['eu-west-1'] },
        model: {
          regions: [
            { id: 'eu-west-1', role: 'primary' },
            { id: 'eu-central-1', role: 'backup' },
          ],
        },
      },
      'none',
      [],
    ],
    ['no GDPR, US region', { profile: { regions: ['us-east-1'] }, model: { regions: [{ id: 'us-east-1', role: 'primary' }] } }, 'none', []],
    [
      'explicit EU residency and a region not chosen yet',
      { profile: { compliance: ['gdpr'] }, model: { regions: [{ id: 'primary-region', role: 'primary' }] }, residency: true },
      'yellow',
      ['regionUnchosen'],
    ],
  ])('%s', (_name, c, level, ids) => {
    const concerns = runRule(ID, caseOf(c));
    expect(messageIds(concerns)).toEqual(ids);
    expect(worst(concerns)).toBe(level);
    expectWellFormed(ID, concerns);
  });
});

/** An invented AWS design whose deployment section names a region, and a PRD constraint that binds data to an area. */
const architecture = (region: string) =>
  `# Architecture\n\n## Tech Stack\n\n| Category | Technology |\n| --- | --- |\n| Cloud | AWS |\n| Compute | ECS Fargate |\n| Database | PostgreSQL |\n\n## Deployment\n\nProduction is deployed to the ${region} region.\n`;
const prd = (constraint: string) => `# PRD\n\n## Constraints\n\n- ${constraint}\n`;

describe(`${ID} beyond the EU, on invented documents`, () => {
  it.each<[string, string, string, string, 'red' | 'yellow' | 'none']>([
    ['Canada stated, a US region stated', 'us-east-1', 'Customer data must stay in Canada.', 'statedOutside', 'red'],
    ['Canada stated, the Canadian region stated', 'ca-central-1', 'Customer data must stay in Canada.', '', 'none'],
    [
      'Australian sovereignty, Singapore stated',
      'ap-southeast-1',
      'Australian data sovereignty: records must be stored in Australia.',
      'statedOutside',
      'red',
    ],
    [
      'Australian sovereignty, Sydney stated',
      'ap-southeast-2',
      'Australian data sovereignty: records must be stored in Australia.',
      '',
      'none',
    ],
    ['US-only, an EU region stated', 'eu-west-1', 'All data must be hosted US-only.', 'statedOutside', 'red'],
    ['UK, Ireland stated', 'eu-west-1', 'All personal data must remain in the UK.', 'statedOutside', 'red'],
    ['UK, London stated', 'eu-west-2', 'All personal data must remain in the UK.', '', 'none'],
    ['India, a US region stated', 'us-east-2', 'Customer data must be stored in India.', 'statedOutside', 'red'],
    [
      'a law the catalogue carries (PIPEDA), a US region',
      'us-west-2',
      'Personal information must be stored in line with PIPEDA residency rules.',
      'statedOutside',
      'red',
    ],
  ])('%s', (_name, region, constraint, messageId, level) => {
    const profile = profileOf(
      doc('docs/architecture.md', 'architecture', architecture(region)),
      doc('docs/prd.md', 'prd', prd(constraint)),
    );
    const decisions = decideAll(profile);
    const concerns = reviewArchitecture(profile, decisions, deriveModel(profile, decisions)).filter(
      (c) => c.id.startsWith(`${ID}@`) && c.messageId !== 'regionUnchosen',
    );
    expect(worst(concerns), concerns.map((c) => c.message).join('; ')).toBe(level);
    expect(concerns.map((c) => c.messageId ?? '')).toEqual(messageId ? [messageId] : []);
    if (level === 'red') {
      const [k] = concerns;
      // The concern names both statements: the residency constraint in the PRD and the region in the architecture.
      expect(k.evidence.facts.map((f) => f.file).sort()).toEqual(['docs/architecture.md', 'docs/prd.md']);
      expect(k.id).toBe(`${ID}@${region}`);
      expectWellFormed(ID, concerns);
    }
  });
});
