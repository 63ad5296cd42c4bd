// Decision point: where data may live, from one pinned jurisdiction to per-tenant regional cells.
import { definePoint } from '../../define-point.js';
import { euRegions, regionsSpanJurisdictions } from '../../profile-view.js';
import { regions, listOf } from '../../criteria.js';
import { statedResidency } from '../../stated-residency.js';

export default definePoint({
  meta: {
    id: 'data.residency',
    domain: 'data',
    title: 'Data residency',
    question: 'Where may personal and business data be stored and processed?',
    docs: 'Residency rules (GDPR transfer rules, health-data laws, public-sector and customer contracts) decide where databases, backups, logs and even support tooling may sit. Pinning everything to one jurisdiction is simple and auditable; serving customers who each require their own jurisdiction means regional cells with duplicated stacks; with no constraint, region choice is free to follow latency and price.',
    assumption:
      'The inputs state no residency requirement; data was assumed free to live in the primary region. Check contracts and privacy law for the target markets.',
    traces: ['compliance', 'region'],
    check: (_d, m) =>
      regions(m).length
        ? `Every data store and backup is in ${listOf(regions(m))}, as the IaC state and the provider's resource list show.`
        : null,
  },
  options: [
    {
      id: 'single-jurisdiction',
      title: 'Pin all data to one region or jurisdiction',
      summary:
        'Databases, backups, logs and object storage stay in one region (or regions of one jurisdiction); sub-processors are chosen to match.',
      pros: ['Simple to explain to auditors and customers', 'One copy of the stack and its controls'],
      cons: ['Users far away see higher latency', 'Every vendor (logging, email, AI APIs) must be checked for the same residency'],
      costClass: 'low',
      complexity: 2,
      skills: ['data-processing agreements'],
      leans: { compliance: 2, simplicity: 1, cost: 1 },
      fits: [
        { when: (c) => euRegions(c.v), weight: 4, because: 'the data is placed in the EU' },
        {
          when: (c) => statedResidency(c.v.profile)[0]?.evidence ?? null,
          weight: 4,
          because: 'the inputs require data to stay in a named area',
        },
        {
          when: (c) => c.v.compliance('gdpr', 'hipaa', 'pci-dss', 'fedramp', 'nis2', 'dora'),
          weight: 3,
          because: 'the compliance regime constrains where data goes',
        },
        {
          when: (c) => (c.v.regions().length === 1 ? c.v.profile.regions[0].evidence : null),
          weight: 1,
          because: 'the inputs name a single region',
        },
      ],
    },
    {
      id: 'regional-cells',
      title: 'Per-tenant regional cells',
      summary:
        'A copy of the data tier (or the whole stack) per jurisdiction; each tenant is homed in one cell and its data never leaves it.',
      pros: ['Serves customers with different residency demands', 'Limits the blast radius of an incident to one cell'],
      cons: ['Several stacks to deploy, monitor and upgrade in step', 'Cross-cell reporting and tenant moves are hard'],
      costClass: 'high',
      complexity: 5,
      skills: ['multi-region deployment', 'tenant routing'],
      leans: { compliance: 2, resilience: 1, cost: -2, simplicity: -2, speed: -1 },
      attrs: { cellPerJurisdiction: true },
      fits: [
        {
          when: (c) => (c.v.anyCompliance() ? regionsSpanJurisdictions(c.v) : null),
          weight: 8,
          because: 'regulated data is served in several jurisdictions',
        },
        {
          when: (c) => (c.v.tenants() && regionsSpanJurisdictions(c.v) ? c.v.tenants() : null),
          weight: 3,
          because: 'tenants sit in different jurisdictions',
        },
      ],
    },
    {
      id: 'no-constraint',
      title: 'No residency constraint',
      summary: 'Region choice follows latency, price and service availability; data location is documented but not restricted.',
      pros: ['Free to use any region and any vendor', 'No duplicated stacks'],
      cons: [
        'A later residency demand from a customer or law means a migration',
        'Sub-processor locations still need listing for privacy notices',
      ],
      costClass: 'free',
      complexity: 1,
      skills: [],
      leans: { cost: 2, simplicity: 2, speed: 1, compliance: -2 },
      attrs: { none: true },
      fits: [
        {
          when: (c) => (c.v.anyCompliance() ? null : (c.v.profile.cloudProviders[0]?.evidence ?? [])),
          weight: 2,
          because: 'no compliance regime is named',
        },
        { when: (c) => c.v.anyCompliance(), weight: -4, because: 'a compliance regime is named' },
      ],
    },
  ],
});
