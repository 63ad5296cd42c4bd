// Decision point: what data non-production environments and tests run on.
import { definePoint } from '../../define-point.js';
import { inline, prod, stores } from '../../criteria.js';
import { chose } from '../../platform-family.js';

export default definePoint({
  meta: {
    id: 'environments.test-data',
    domain: 'environments',
    title: 'Test data',
    question: 'Where does the data in development, staging and automated tests come from?',
    docs: 'Copying production into staging is the quickest way to leak personal data and to fail an audit. Synthetic seed data is safe and repeatable; masked snapshots give realistic volumes and distributions when the masking is trustworthy; contract fixtures let services be tested against each other without shared databases.',
    assumption: 'The inputs do not describe test data; scripted synthetic seed data was assumed.',
    check: (d, m) => `A scan of ${stores(m)} outside ${prod(m)} finds no real personal data (${inline(d.choiceTitle)}).`,
  },
  options: [
    {
      id: 'synthetic-seed',
      title: 'Synthetic seed data',
      summary: 'Scripts and factories generate realistic but fake data for every environment and test run.',
      pros: ['No personal data outside production', 'Repeatable: any environment can be reset in minutes'],
      cons: ['Misses the odd shapes real data has', 'Seed scripts must evolve with the schema'],
      costClass: 'free',
      complexity: 1,
      skills: [],
      leans: { compliance: 2, simplicity: 1 },
      fits: [
        { when: (c) => c.v.compliance('hipaa', 'pci-dss'), weight: 5, because: 'health or card data must never leave production' },
        {
          when: (c) => c.v.compliance('gdpr', 'ccpa'),
          weight: 3,
          because: 'personal data must not be copied into test environments without a lawful basis',
        },
        { when: (c) => c.v.teamAtMost(3), weight: 1, because: 'simplest to keep working' },
      ],
    },
    {
      id: 'masked-snapshots',
      title: 'Masked production snapshots',
      summary: 'Production copies with personal fields masked or tokenised by an automated job before they reach staging.',
      pros: ['Realistic volumes for performance and migration tests', 'Finds bugs that only real data shapes trigger'],
      cons: ['Masking gaps leak personal data; needs review with each schema change', 'Large snapshots are slow and costly to move'],
      costClass: 'low',
      complexity: 3,
      skills: ['data masking'],
      leans: { resilience: 1, compliance: -1 },
      fits: [
        {
          when: (c) => chose(c, 'environments.layout', 'dev-staging-prod-plus'),
          weight: 2,
          because: 'the performance environment needs production-like volumes',
        },
        {
          when: (c) => c.v.scaleAtLeast('data-volume-gb', 500),
          weight: 2,
          because: 'data volume is large enough that synthetic data misses real behaviour',
        },
        { when: (c) => c.v.regulated(), weight: -3, because: 'regulated records are risky to copy even masked' },
      ],
    },
    {
      id: 'contract-fixtures',
      title: 'Contract tests and fixture data',
      summary:
        'Services are tested against recorded contracts (e.g. Pact, schema registries) and small fixtures instead of shared databases.',
      pros: ['Services test independently and fast', 'Catches breaking API and event changes before deploy'],
      cons: ['Contracts need ownership and a broker', 'Does not replace end-to-end checks'],
      costClass: 'free',
      complexity: 3,
      skills: ['contract testing'],
      leans: { speed: 1, resilience: 1 },
      fits: [
        { when: (c) => c.v.style('microservices'), weight: 4, because: 'independently deployed services need contracts between them' },
        { when: (c) => c.v.style('event-driven'), weight: 2, because: 'event schemas are contracts between producers and consumers' },
      ],
    },
  ],
});
