// Decision point: where backups are kept, away from what they protect.
import { definePoint } from '../../define-point.js';
import { chose, family, settledOn } from '../../platform-family.js';
import { durableStores, regions } from '../../criteria.js';

const TIER = 'dr.strategy-tier';

export default definePoint({
  meta: {
    id: 'dr.backup-location',
    domain: 'dr',
    title: 'Backup location',
    question: 'Where do backup copies live: another zone, another region, or another provider?',
    docs: 'A backup only helps if the event that destroys the primary leaves it intact. Another zone covers hardware and data-centre faults; another region covers regional outages; another provider or an offline copy covers account compromise, ransomware and a provider failing you. Data-residency rules limit how far copies may travel.',
    assumption:
      'No backup location is stated; copies in another region of the same provider were assumed. Confirm residency limits before enabling replication.',
    traces: ['recovery'],
    check: (d, m) =>
      `Backup copies are listed in ${
        regions(m)
          .filter((r) => r !== m.regions[0]?.id)
          .join(', ') || 'the recovery location'
      } and a restore there succeeds.`,
  },
  options: [
    {
      id: 'same-region-other-zone',
      check: (_d, m) => `Backups of ${durableStores(m) ?? 'the data'} are listed in a second zone and restore there.`,
      attrs: { crossRegionBackup: false },
      title: 'Same region, another zone',
      summary: 'Backups and snapshots kept in the same region, replicated across availability zones (the provider default).',
      pros: ['Fast restores, no cross-region transfer fees', 'Keeps data inside one jurisdiction'],
      cons: ['A regional outage takes backups down with the primary', 'Same account: a compromised admin can delete both'],
      costClass: 'free',
      complexity: 1,
      skills: [],
      leans: { cost: 2, simplicity: 2, resilience: -1 },
      fits: [
        {
          when: (c) => (c.v.regions().length === 1 ? c.v.euResidency() : null),
          weight: 1,
          because: 'data must stay in the one EU region stated',
        },
        { when: (c) => c.v.budgetBelow(200), weight: 2, because: 'the budget is tight' },
      ],
    },
    {
      id: 'cross-region',
      attrs: { crossRegionBackup: true },
      title: 'Another region of the same provider',
      summary:
        'Backups copied (or databases replicated) to a second region, in a separate backup account or vault where the platform allows.',
      pros: ['Survives a regional outage; the basis for pilot light and warm standby', 'Managed copy features on every hyperscaler'],
      cons: ['Transfer and storage fees for the copy', 'Residency rules constrain which region may hold it'],
      costClass: 'low',
      complexity: 2,
      skills: ['cross-region backup policies'],
      leans: { resilience: 2, compliance: 1 },
      rejectIf: (c) => (family(c) === 'on-prem' ? 'an on-premises estate has no provider regions; a second site is an offsite copy' : null),
      fits: [
        { when: () => true, weight: 1, because: 'a backup should survive the loss of the primary region' },
        {
          when: (c) => chose(c, TIER, 'pilot-light', 'warm-standby', 'active-active'),
          weight: 4,
          because: 'the DR tier recovers in a second region',
        },
        { when: (c) => c.v.availabilityAtLeast(99.9), weight: 2, because: 'the availability target needs recovery from a regional loss' },
        { when: (c) => c.v.multiRegion(), weight: 2, because: 'the inputs already name more than one region' },
        { when: (c) => c.v.audited(), weight: 1, because: 'auditors expect geographically separate backups' },
      ],
    },
    {
      id: 'cross-provider-offsite',
      attrs: { crossRegionBackup: true },
      title: 'Another provider or offsite copy',
      summary:
        'Encrypted backups sent to a different provider or offline store (e.g. restic or pg_dump to object storage elsewhere), immutable where possible.',
      pros: ['Survives account compromise, ransomware and the provider itself', "Independent of any one vendor's backup features"],
      cons: ['You build and monitor the copy jobs and restores', 'Egress fees and a second set of credentials to protect'],
      costClass: 'low',
      complexity: 3,
      skills: ['backup scripting', 'encryption'],
      leans: { resilience: 2, simplicity: -1 },
      fits: [
        { when: (c) => settledOn(c, 'servers', 'on-prem'), weight: 4, because: 'self-run servers have no managed cross-region backup' },
        {
          when: (c) => settledOn(c, 'paas'),
          weight: 2,
          because: 'PaaS backups live in the same account as the data; an independent copy protects against losing the account',
        },
        {
          when: (c) => c.v.compliance('dora', 'nis2', 'iso27001'),
          weight: 2,
          because: 'the regime asks for resilience against provider and ransomware scenarios',
        },
      ],
    },
  ],
});
