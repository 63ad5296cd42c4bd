import { describe, expect, it } from 'vitest';
import { decideAll, emptyUserInput } from '../../../src/core/decide/decide.js';
import { deriveModel } from '../../../src/core/model/derive-model.js';
import { isBlocked, reviewArchitecture } from '../../../src/core/review/review.js';
import { parseTracking } from '../../../src/core/review/tracking.js';
import { makeDecisions, makeModel, store, unit } from '../../helpers/make-model.js';
import { makeProfile } from '../../helpers/make-profile.js';

const hipaaOnServers = () => ({
  profile: makeProfile({ compliance: ['hipaa'], cloudProviders: ['digitalocean'] }),
  model: makeModel({
    platform: { primary: 'digitalocean', providers: ['digitalocean'] },
    compute: [unit('app', 'docker')],
    dataStores: [store('db', 'postgresql')],
  }),
});

describe('the feasibility gate', () => {
  it('blocks while a red concern is open', () => {
    const { profile, model } = hipaaOnServers();
    const concerns = reviewArchitecture(profile, [], model);
    const red = concerns.find((c) => c.id === 'compliance-attestation@hipaa/digitalocean');
    expect(red?.level).toBe('red');
    expect(red?.status).toBe('open');
    expect(isBlocked(concerns)).toBe(true);
  });

  it('unblocks when the red concern is accepted with a justification, not without one', () => {
    const { profile, model } = hipaaOnServers();
    const withReason = parseTracking(
      'concerns:\n  - id: compliance-attestation@hipaa/*\n    status: accepted\n    justification: PHI stays in the EHR; this host only sees appointment times.\n',
      'f',
    );
    const accepted = reviewArchitecture(profile, [], model, withReason.tracking);
    expect(accepted.find((c) => c.rule === 'compliance-attestation')?.status).toBe('accepted');
    expect(isBlocked(accepted)).toBe(false);

    const noReason = parseTracking('concerns:\n  - id: compliance-attestation@hipaa/digitalocean\n    status: accepted\n', 'f');
    expect(noReason.diagnostics).toHaveLength(1);
    expect(isBlocked(reviewArchitecture(profile, [], model, noReason.tracking))).toBe(true);
  });

  it('unblocks when a revised decision removes the cause', () => {
    const profile = makeProfile({ availability: 99.99, cloudProviders: ['aws'], dataStores: ['postgresql'] });
    const single = {
      ...emptyUserInput(),
      choices: { 'cloud.region-strategy': 'single-region-multi-az', 'dr.strategy-tier': 'backup-restore' },
    };
    const before = decideAll(profile, single);
    const blocked = reviewArchitecture(profile, before, deriveModel(profile, before));
    expect(blocked.find((c) => c.id === 'availability-unreachable@availability-target')?.level).toBe('red');
    const user = {
      ...emptyUserInput(),
      choices: { 'cloud.region-strategy': 'multi-region-active-passive', 'dr.strategy-tier': 'warm-standby' },
    };
    const after = decideAll(profile, user);
    const revised = reviewArchitecture(profile, after, deriveModel(profile, after));
    expect(revised.find((c) => c.rule === 'availability-unreachable')).toBeUndefined();
  });

  it('unblocks a hand-made model when the hosting decision is revised', () => {
    const profile = makeProfile({ rpoMinutes: 5 });
    const model = makeModel({ dataStores: [{ ...makeModel().dataStores[0], backup: 'nightly dump', pointInTime: false }] });
    const red = reviewArchitecture(profile, makeDecisions({ 'dr.strategy-tier': 'backup-restore' }), model);
    expect(isBlocked(red)).toBe(true);
    const ok = reviewArchitecture(profile, makeDecisions({ 'dr.strategy-tier': 'warm-standby', 'data.backup': 'continuous-pitr' }), model);
    expect(isBlocked(ok)).toBe(false);
  });

  it('keeps the synthetic id when unrelated inputs change', () => {
    const a = hipaaOnServers();
    const b = hipaaOnServers();
    // Unrelated edits: lines move, other facts appear.
    for (const f of b.profile.compliance) f.evidence = f.evidence.map((e) => ({ ...e, line: e.line + 40 }));
    b.profile.languages.push({ id: 'python', evidence: [{ file: 'docs/tech-stack.md', line: 3, quote: 'Python' }], confidence: 0.9 });
    b.model.externalServices.push({ id: 'stripe', name: 'Stripe' });
    const ids = (x: ReturnType<typeof hipaaOnServers>) => reviewArchitecture(x.profile, [], x.model).map((c) => c.id);
    expect(ids(b)).toEqual(ids(a));
  });

  it('is deterministic', () => {
    const { profile, model } = hipaaOnServers();
    expect(JSON.stringify(reviewArchitecture(profile, [], model))).toBe(JSON.stringify(reviewArchitecture(profile, [], model)));
  });
});
