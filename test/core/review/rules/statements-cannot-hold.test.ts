// Pairs of input statements that cannot both hold: each yields a red concern naming both, and no decision overrides either.
import { describe, expect, it } from 'vitest';
import { decideAll } from '../../../../src/core/decide/decide.js';
import { deriveModel } from '../../../../src/core/model/derive-model.js';
import { reviewArchitecture } from '../../../../src/core/review/review.js';
import { makeProfile, type ProfileSpec } from '../../../helpers/make-profile.js';

const ID = 'statements-cannot-hold';
const oneRegion = { text: 'The whole platform runs in a single region (eu-west-1).' };
const nightly = { text: 'Nightly database snapshots are kept for 30 days.' };

function run(spec: ProfileSpec) {
  const p = makeProfile(spec);
  const d = decideAll(p);
  const concerns = reviewArchitecture(p, d, deriveModel(p, d));
  return { d, concerns, choice: (id: string) => d.find((x) => x.id === id)?.choice };
}

describe(ID, () => {
  it.each<[string, ProfileSpec, string | null, string | null, [string, string]?]>([
    [
      '99.99 % and one region: red, and the region strategy stays in one region',
      { cloudProviders: ['aws'], availability: 99.99, nfrs: [oneRegion] },
      'availability-vs-one-region',
      'targetBeyondOneRegion',
      ['cloud.region-strategy', 'single-region-multi-az'],
    ],
    [
      'RPO zero and nightly snapshots: red, and the nightly backups stay the backup scheme',
      { cloudProviders: ['aws'], dataStores: ['postgresql'], rpoMinutes: 0, nfrs: [nightly] },
      'rpo-vs-backups',
      'rpoBeyondBackups',
      ['data.backup', 'logical-dumps'],
    ],
    [
      'RPO of an hour and nightly snapshots: red, and the nightly backups are not replaced by point-in-time recovery',
      { cloudProviders: ['aws'], dataStores: ['postgresql'], rpoMinutes: 60, nfrs: [nightly] },
      'rpo-vs-backups',
      'rpoBeyondBackups',
      ['data.backup', 'logical-dumps'],
    ],
    [
      '99.95 % and one availability zone: red, and the region strategy stays in one zone',
      { cloudProviders: ['aws'], availability: 99.95, nfrs: [{ text: 'We deploy to a single AZ to keep costs down.' }] },
      'availability-vs-one-zone',
      'targetBeyondOneZone',
      ['cloud.region-strategy', 'single-region-single-zone'],
    ],
    [
      '99.9 % and one server: red, and the capacity stays fixed',
      { cloudProviders: ['aws'], availability: 99.9, nfrs: [{ text: 'The MVP is deployed to one VPS.' }] },
      'availability-vs-one-instance',
      'targetBeyondOneInstance',
      ['compute.scaling', 'fixed-capacity'],
    ],
    [
      'RTO of 5 minutes and a warm standby: red, and the warm standby stays the tier',
      { cloudProviders: ['aws'], rtoMinutes: 5, nfrs: [{ text: 'Disaster recovery uses a warm-standby copy in us-west-2.' }] },
      'rto-vs-dr-tier',
      'rtoBeyondTier',
      ['dr.strategy-tier', 'warm-standby'],
    ],
    [
      'RTO of 5 minutes and active-active: both hold',
      { cloudProviders: ['aws'], rtoMinutes: 5, nfrs: [{ text: 'The DR tier is active-active across two regions.' }] },
      null,
      null,
    ],
    ['RPO of a day and nightly snapshots: both hold', { cloudProviders: ['aws'], rpoMinutes: 1440, nfrs: [nightly] }, null, null],
    ['99.9 % in one region: both hold', { cloudProviders: ['aws'], availability: 99.9, nfrs: [oneRegion] }, null, null],
    ['99.99 % with no region stated: not a contradiction in the inputs', { cloudProviders: ['aws'], availability: 99.99 }, null, null],
  ])('%s', (_name, spec, subject, messageId, kept) => {
    const { concerns, choice } = run(spec);
    const mine = concerns.filter((c) => c.rule === ID);
    if (!subject) {
      expect(mine).toEqual([]);
      return;
    }
    expect(mine.map((c) => [c.subject, c.level, c.messageId])).toEqual([[subject, 'red', messageId]]);
    // Both statements are cited (file:line each), so the reader sees which two lines disagree.
    const at = Object.keys(mine[0].data ?? {}).filter((k) => k.endsWith('At'));
    expect(at).toHaveLength(2);
    for (const k of at) expect(mine[0].data![k]).toMatch(/^docs\/spec\.md:\d+$/);
    expect(mine[0].message).not.toMatch(/\{\w+\}/);
    if (kept) expect(choice(kept[0])).toBe(kept[1]);
  });

  it('raises the one-region contradiction once, not again as an unreachable target', () => {
    const { concerns } = run({ cloudProviders: ['aws'], availability: 99.99, nfrs: [oneRegion] });
    expect(concerns.filter((c) => c.rule === 'availability-unreachable')).toEqual([]);
  });
});
