import { describe, expect, it } from 'vitest';
import { decideOne } from '../../../../helpers/decide-one.js';
import type { ProfileSpec } from '../../../../helpers/make-profile.js';

const ID = 'data.backup';

describe(ID, () => {
  it.each<[string, ProfileSpec, string, string[]]>([
    [
      'managed database: PITR',
      { cloudProviders: ['aws'], compute: ['ecs'], dataStores: ['postgresql'], availability: 99.9 },
      'managed-pitr',
      [],
    ],
    [
      'on-prem servers: restic/Borg',
      { cloudProviders: ['on-prem'], compute: ['docker-compose', 'vms'], iacTools: ['ansible'], dataStores: ['postgresql'] },
      'restic-borg',
      ['managed-pitr'],
    ],
    [
      'operator on Kubernetes: WAL archiving',
      {
        cloudProviders: ['aws', 'azure', 'gcp'],
        compute: ['kubernetes', 'eks', 'gke', 'aks'],
        iacTools: ['helm'],
        dataStores: ['postgresql'],
        ciCd: ['github-actions'],
      },
      'wal-archiving',
      [],
    ],
    [
      'multi-region on AWS: cross-region replication',
      { cloudProviders: ['aws'], dataStores: ['postgresql'], regions: ['us-east-1', 'us-west-2'] },
      'cross-region-replication',
      [],
    ],
    [
      'short RPO rules out dumps',
      { cloudProviders: ['railway'], dataStores: ['postgresql'], rpoMinutes: 15 },
      'managed-pitr',
      ['logical-dumps', 'restic-borg'],
    ],
  ])('%s', (_name, spec, choice, rejected) => {
    const d = decideOne(ID, spec);
    expect(d.choice).toBe(choice);
    expect(d.options.length).toBeGreaterThanOrEqual(2);
    const ruledOut = d.rejected.map((r) => r.id);
    for (const r of rejected) expect(ruledOut).toContain(r);
    expect(ruledOut).not.toContain(d.choice);
  });
});
