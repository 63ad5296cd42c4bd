// A second site the design keeps for data only (no compute running) rules out the tiers that keep a running copy there.
import { describe, expect, it } from 'vitest';
import { decideAll } from '../../../src/core/decide/decide.js';
import { doc, profileOf } from '../extract/helpers.js';

const design = (deployment: string) =>
  doc(
    'docs/architecture.md',
    'architecture',
    `# Orchard Ledger Architecture\n\n## Tech Stack\n\n| Category | Technology |\n| --- | --- |\n| Cloud | AWS |\n| Compute | ECS Fargate |\n| Database | Amazon RDS for PostgreSQL |\n\n## Deployment\n\n${deployment}\n\n## Non-Functional Requirements\n\n- NFR4: recovery time objective (RTO) of 30 minutes and recovery point objective (RPO) of 15 minutes.\n`,
  );

describe('the DR tier keeps to a data-only second site', () => {
  it.each<[string, string, string[]]>([
    [
      'a second region holding backup copies only',
      '- Regions: one primary region; a second region holds backup copies only.',
      ['warm-standby', 'active-active'],
    ],
    [
      'no compute running there in normal operation',
      '- The recovery region has the network and registry replica, with no compute running in normal operation.',
      ['warm-standby', 'active-active'],
    ],
    [
      'no running workloads',
      '- Regions: primary (all workloads); secondary (replicated snapshots, no running workloads).',
      ['warm-standby', 'active-active'],
    ],
    ['a backup schedule is not a data-only site', '- Backups only run at night, to keep the database fast by day.', []],
    ['nothing said about the second site', '- The API runs on ECS across two zones.', []],
  ])('%s', (_name, deployment, refused) => {
    const tier = decideAll(profileOf(design(deployment))).find((d) => d.id === 'dr.strategy-tier')!;
    const rejected = tier.rejected.map((r) => r.id).filter((id) => id === 'warm-standby' || id === 'active-active');
    expect(rejected.sort()).toEqual([...refused].sort());
    if (refused.length) expect(refused).not.toContain(tier.choice);
  });
});
