// The consistency pass: each pair of input statements that cannot both hold yields a red concern, and no decision overrides either.
import { describe, expect, it } from 'vitest';
import { decideAll } from '../../../src/core/decide/decide.js';
import { deriveModel } from '../../../src/core/model/derive-model.js';
import { reviewArchitecture } from '../../../src/core/review/review.js';
import { makeProfile, type ProfileSpec } from '../../helpers/make-profile.js';

const nfr = (...texts: string[]) => texts.map((text) => ({ text }));

/** Invented inputs, one per impossible pair: the concern id expected, its level, and the stated choices that must stay. */
const CASES: [string, ProfileSpec, string, 'red', Record<string, string>][] = [
  [
    '99.99 % and "the whole platform runs in a single region"',
    { cloudProviders: ['aws'], availability: 99.99, nfrs: nfr('The whole platform runs in a single region (eu-west-1).') },
    'statements-cannot-hold@availability-vs-one-region',
    'red',
    { 'cloud.region-strategy': 'single-region-multi-az' },
  ],
  [
    '99.95 % and "all services are deployed in a single availability zone"',
    { cloudProviders: ['aws'], availability: 99.95, nfrs: nfr('All services are deployed in a single availability zone.') },
    'statements-cannot-hold@availability-vs-one-zone',
    'red',
    { 'cloud.region-strategy': 'single-region-single-zone' },
  ],
  [
    '99.9 % and "the application runs on a single server"',
    { cloudProviders: ['hetzner'], availability: 99.9, nfrs: nfr('The application runs on a single server with Docker Compose.') },
    'statements-cannot-hold@availability-vs-one-instance',
    'red',
    { 'cloud.primary-platform': 'hetzner', 'compute.scaling': 'fixed-capacity', 'cloud.region-strategy': 'single-region-single-zone' },
  ],
  [
    'RPO zero and nightly snapshots',
    { cloudProviders: ['aws'], dataStores: ['postgresql'], rpoMinutes: 0, nfrs: nfr('Nightly database snapshots are kept for 30 days.') },
    'statements-cannot-hold@rpo-vs-backups',
    'red',
    { 'data.backup': 'logical-dumps' },
  ],
  [
    'RPO of 15 minutes and daily backups',
    { cloudProviders: ['aws'], dataStores: ['postgresql'], rpoMinutes: 15, nfrs: nfr('Backups are taken daily at 02:00.') },
    'statements-cannot-hold@rpo-vs-backups',
    'red',
    { 'data.backup': 'logical-dumps' },
  ],
  [
    'RTO of 15 minutes and a pilot-light DR strategy',
    { cloudProviders: ['aws'], rtoMinutes: 15, nfrs: nfr('DR strategy: pilot light in a second region.') },
    'statements-cannot-hold@rto-vs-dr-tier',
    'red',
    { 'dr.strategy-tier': 'pilot-light' },
  ],
  [
    'RTO of one hour and disaster recovery by backup and restore',
    { cloudProviders: ['aws'], rtoMinutes: 60, nfrs: nfr('Disaster recovery follows a backup & restore approach.') },
    'statements-cannot-hold@rto-vs-dr-tier',
    'red',
    { 'dr.strategy-tier': 'backup-restore' },
  ],
  [
    'a budget of 20 USD a month and a stated AWS design with a managed database',
    { cloudProviders: ['aws'], compute: ['ecs'], dataStores: ['postgresql'], budget: 20 },
    'budget-below-fixed-cost@budget',
    'red',
    { 'cloud.primary-platform': 'aws', 'compute.runtime': 'ecs', 'data.primary-database': 'postgresql' },
  ],
];

function run(spec: ProfileSpec) {
  const p = makeProfile(spec);
  const d = decideAll(p);
  return { d, concerns: reviewArchitecture(p, d, deriveModel(p, d)) };
}

describe('consistency pass: statements that cannot all hold', () => {
  it.each(CASES)('%s', (_name, spec, id, level, kept) => {
    const { d, concerns } = run(spec);
    const c = concerns.find((k) => k.id === id);
    expect(c?.level, concerns.map((k) => `${k.id} ${k.level}`).join('; ')).toBe(level);
    // Both statements are named with their lines, and the ways out are offered, not taken.
    expect(c!.message).toMatch(/docs\/spec\.md:\d+/);
    expect(c!.mitigation).toMatch(/relax|raise/i);
    expect(c!.mitigation).toMatch(/accept/i);
    // No decision overrides a stated choice to make the pair hold.
    for (const [point, choice] of Object.entries(kept)) expect(d.find((x) => x.id === point)?.choice, point).toBe(choice);
    // The pair is raised once: no second rule repeats it in other words.
    const about = concerns.filter(
      (k) => k.level === 'red' && (k.rule === 'statements-cannot-hold' || /availability|rto|rpo|budget/.test(k.rule)),
    );
    expect(about.map((k) => k.id)).toEqual([id]);
  });

  it.each<[string, ProfileSpec]>([
    ['99.9 % in one region', { cloudProviders: ['aws'], availability: 99.9, nfrs: nfr('Production runs in one region.') }],
    ['99.5 % on one server', { cloudProviders: ['hetzner'], availability: 99.5, nfrs: nfr('Everything runs on a single server.') }],
    ['RTO of 4 hours and backup and restore', { cloudProviders: ['aws'], rtoMinutes: 240, nfrs: nfr('DR: backup and restore.') }],
    [
      '"backup and restore" without disaster recovery is not a DR tier',
      { cloudProviders: ['aws'], rtoMinutes: 30, nfrs: nfr('Backup and restore scripts live in ops/.') },
    ],
    ['a single time zone is not a zone', { cloudProviders: ['aws'], availability: 99.95, nfrs: nfr('Users work in a single time zone.') }],
  ])('both hold: %s', (_name, spec) => {
    expect(run(spec).concerns.filter((k) => k.rule === 'statements-cannot-hold')).toEqual([]);
  });
});
