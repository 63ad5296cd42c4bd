// Table-driven cases for the compliance-attestation reviewer rule: inputs that must raise it (at a level) and inputs that must not.
import { describe, expect, it } from 'vitest';
import { store, unit } from '../../../helpers/make-model.js';
import { caseOf, type Extra } from '../rule-cases.js';
import { runRule, worst, type RuleCase, expectWellFormed } from '../run-rule.js';

const ID = 'compliance-attestation';

describe(ID, () => {
  it.each<[string, RuleCase & Extra, 'red' | 'yellow' | 'green' | 'none', string?, RegExp?]>([
    [
      'HIPAA on Supabase on the stated free tier: the plan lacks the BAA',
      {
        profile: { compliance: ['hipaa'], nfrs: [{ text: 'We start on the Supabase free tier.' }] },
        model: { platform: { primary: 'supabase', providers: ['supabase'] } },
      },
      'red',
      'statedPlanLacksPaper',
      /^Move supabase from the free tier to the plan/,
    ],
    [
      'HIPAA on Supabase on a stated enterprise plan',
      {
        profile: { compliance: ['hipaa'], nfrs: [{ text: 'Supabase enterprise plan with the BAA signed.' }] },
        model: { platform: { primary: 'supabase', providers: ['supabase'] } },
      },
      'none',
    ],
    [
      'HIPAA with PHI on AWS and only the static front end on Vercel: no PHI flow through Vercel',
      {
        profile: { compliance: ['hipaa'] },
        model: {
          platform: { primary: 'aws', providers: ['aws', 'vercel'] },
          compute: [unit('web', 'vercel', { role: 'frontend' }), unit('api', 'ecs')],
          dataStores: [store('db', 'postgresql')],
        },
      },
      'none',
    ],
    [
      'HIPAA with the API on Vercel, plan unstated: a question',
      {
        profile: { compliance: ['hipaa'] },
        model: { platform: { primary: 'vercel', providers: ['vercel'] }, compute: [unit('api', 'vercel', { role: 'api' })] },
      },
      'yellow',
      'planUnstated',
      /^Pick the vercel plan or contract that includes the Business Associate Agreement/,
    ],
    [
      'HIPAA on a stated platform with no BAA',
      {
        profile: { compliance: ['hipaa'], cloudProviders: ['digitalocean'] },
        model: { platform: { primary: 'digitalocean', providers: ['digitalocean'] } },
      },
      'red',
      'noPaper',
    ],
    [
      'HIPAA on a platform with no BAA the design picked (the inputs name none): a question, pick another',
      { profile: { compliance: ['hipaa'] }, model: { platform: { primary: 'digitalocean', providers: ['digitalocean'] } } },
      'yellow',
      'chosenNoPaper',
      /^Pick a platform that signs the Business Associate Agreement/,
    ],
    [
      'PCI-DSS on a stated PaaS with no AoC',
      {
        profile: { compliance: ['pci-dss'], cloudProviders: ['railway'] },
        model: { platform: { primary: 'railway', providers: ['railway'] } },
      },
      'red',
    ],
    [
      'HIPAA on a platform that offers a BAA on some plans',
      { profile: { compliance: ['hipaa'] }, model: { platform: { primary: 'supabase', providers: ['supabase'] } } },
      'yellow',
    ],
    ['HIPAA on AWS', { profile: { compliance: ['hipaa'] } }, 'none'],
    [
      'no regulated regime on a PaaS',
      { profile: { compliance: ['gdpr'] }, model: { platform: { primary: 'railway', providers: ['railway'] } } },
      'none',
    ],
  ])('%s', (_name, c, level, messageId, mitigation) => {
    const concerns = runRule(ID, caseOf(c));
    expect(worst(concerns)).toBe(level);
    if (messageId) expect(concerns.map((k) => k.messageId)).toEqual([messageId]);
    // The way out starts from where the finding does: the stated plan, the unstated one, or the design's own pick.
    if (mitigation) expect(concerns[0].mitigation).toMatch(mitigation);
    expectWellFormed(ID, concerns);
  });
});
