// The design's own deployment statements: stated topology is read from them as from a requirement, and only when committed.
import { describe, expect, it } from 'vitest';
import { extractDeploymentStatements } from '../../../src/core/extract/deployment-statements.js';
import { ProfileView } from '../../../src/core/decide/profile-view.js';
import { statesOneInstance, statesOneRegion, statesPeriodicBackups, statedDrTier } from '../../../src/core/decide/stated-topology.js';
import { doc, profileOf } from './helpers.js';

const arch = (body: string) => doc('docs/architecture.md', 'architecture', `# Orchard Ledger Architecture\n\n${body}\n`);

describe('deployment statements of the architecture', () => {
  it.each<[string, string, ('region' | 'instance' | 'backups' | 'tier')[]]>([
    [
      'one region stated in the deployment section',
      '## Deployment\n\n- The whole stack is deployed to a single region (eu-central-1).',
      ['region'],
    ],
    [
      'one server stated in an infrastructure table row',
      '## Infrastructure\n\n| Item | Value |\n| --- | --- |\n| Hosting | runs on a single VPS at Hetzner |',
      ['instance'],
    ],
    [
      'nightly snapshots in the recovery section',
      '## Backup and Recovery\n\nNightly database snapshots are copied to object storage.',
      ['backups'],
    ],
    [
      'a DR tier named in the DR section',
      '## Disaster Recovery\n\nThe DR strategy is active-passive with a warm standby in a second region.',
      ['tier'],
    ],
    [
      'a region sentence outside any deployment section says nothing',
      '## Product Vision\n\nWe serve farmers in a single region of Kenya.',
      [],
    ],
    ['an option not taken is not the topology', '## Deployment\n\n- Option B (rejected): run everything on a single server.', []],
    ['a later phase is not today’s topology', '## Deployment\n\n- In a future phase we may deploy to a single region only for cost.', []],
  ])('%s', (_name, body, expected) => {
    const profile = profileOf(arch(body));
    const v = new ProfileView(profile);
    const got = [
      statesOneRegion(v) ? 'region' : null,
      statesOneInstance(v) ? 'instance' : null,
      statesPeriodicBackups(v) ? 'backups' : null,
      statedDrTier(v) ? 'tier' : null,
    ].filter(Boolean);
    expect(got).toEqual(expected);
  });

  it('keeps the line it read, and ignores a PRD (requirements are read as NFRs, not as the design)', () => {
    const stated = extractDeploymentStatements([arch('## Deployment\n\nAll services are deployed to a single region.')]);
    expect(stated.map((s) => s.evidence[0]!.line)).toEqual([5]);
    const prd = doc('docs/prd.md', 'prd', '# PRD\n\n## Deployment\n\nAll services are deployed to a single region.\n');
    expect(extractDeploymentStatements([prd])).toEqual([]);
  });
});

describe('deployment statements that do not state the production topology', () => {
  it.each([
    ['non-production scope', '## Deployment\n\nDevelopment and staging use a single-AZ database and one small task.'],
    ['a failure scenario', '## Availability\n\nSingle-AZ failure is absorbed by the multi-AZ database and tasks spread across zones.'],
    [
      'periodic snapshots beside point-in-time recovery',
      '## Backup and Recovery\n\nA daily snapshot is kept for 35 days, plus point-in-time recovery.',
    ],
  ])('%s', (_name, body) => {
    const v = new ProfileView(profileOf(arch(body)));
    expect([statesOneRegion(v), statesOneInstance(v), statesPeriodicBackups(v), statedDrTier(v)]).toEqual([null, null, null, null]);
  });
});
