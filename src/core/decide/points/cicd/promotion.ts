// Decision point: what lets a release move from staging to production.
import { definePoint, type DecideContext } from '../../define-point.js';
import { prod, rehearsal, services } from '../../criteria.js';
import { settledOn } from '../../platform-family.js';

const mobile = (c: DecideContext) => c.v.committedAny('swift', 'expo', 'react-native', 'xcode-cloud', 'expo-eas', 'flutter');

export default definePoint({
  meta: {
    id: 'cicd.promotion',
    domain: 'cicd',
    scope: 'any',
    title: 'Promotion to production',
    question: 'Does a green build go to production automatically, after an approval, or on a release schedule?',
    docs: 'Promotion is the control point between testing and users. Continuous deployment keeps changes small and fast; a manual approval gate records who released what, which PCI-DSS, HIPAA and SOC 2 auditors look for; release trains suit software installed by customers or shipped through app stores.',
    assumption:
      'The inputs set no release control; automatic promotion after green checks was assumed. Add an approval gate if a compliance regime applies.',
    check: (_d, m) =>
      `${prod(m)} runs the same artefact digest of ${services(m)} that passed ${rehearsal(m)}; a deploy that skips ${rehearsal(m)} is refused.`,
  },
  options: [
    {
      id: 'auto-promote',
      attrs: { approvalGate: false },
      title: 'Automatic promotion on green checks',
      summary: 'Every merge that passes tests and staging checks is deployed to production without a human step.',
      pros: ['Small, frequent releases that are easy to debug and roll back', 'No release bottleneck on one approver'],
      cons: ['Needs trustworthy automated tests and fast rollback', 'Weak separation-of-duties evidence for auditors'],
      costClass: 'free',
      complexity: 2,
      skills: ['test automation'],
      leans: { speed: 2, simplicity: 1, compliance: -1 },
      fits: [
        { when: (c) => c.v.teamAtMost(5), weight: 2, because: 'a small team releases best in small increments' },
        { when: (c) => (c.v.anyCompliance() ? null : true), weight: 2, because: 'no compliance regime requires an approval record' },
        { when: (c) => settledOn(c, 'paas'), weight: 1, because: 'the PaaS rolls back a deploy in seconds' },
      ],
    },
    {
      id: 'manual-approval-gate',
      attrs: { approvalGate: true },
      title: 'Manual approval gate before production',
      summary: 'The pipeline pauses before production until a named approver (not the author) releases it; the approval is logged.',
      pros: ['Separation of duties and an audit record of every release', 'A last look at the plan and the change set'],
      cons: ['Releases wait for a person', 'Approvals become rubber stamps if changes are large'],
      costClass: 'free',
      complexity: 2,
      skills: [],
      leans: { compliance: 2, resilience: 1, speed: -1 },
      fits: [
        { when: (c) => c.v.regulated(), weight: 4, because: 'the regime expects a separation-of-duties record for production changes' },
        {
          when: (c) => c.v.compliance('soc2', 'iso27001', 'nis2'),
          weight: 3,
          because: 'auditors sample production changes for an approval',
        },
        { when: (c) => c.v.availabilityAtLeast(99.95), weight: 1, because: 'a high availability target warrants a release check' },
      ],
    },
    {
      id: 'release-trains',
      attrs: { approvalGate: false },
      title: 'Release trains and tagged releases',
      summary: 'Versions are cut and tagged on a cadence, with release notes, then installed or submitted as a unit.',
      pros: ['Customers and app stores get predictable, versioned releases', 'Each release is a tested, reproducible artefact'],
      cons: ['Fixes wait for the next train unless hot-fixed', 'Bigger batches carry more risk per release'],
      costClass: 'free',
      complexity: 2,
      skills: ['semantic versioning', 'release management'],
      leans: { compliance: 1, resilience: 1, speed: -1 },
      fits: [
        { when: (c) => c.v.committed('on-prem'), weight: 5, because: 'customers install the software themselves, so it ships as versions' },
        { when: mobile, weight: 4, because: 'app-store builds ship as reviewed, versioned releases' },
      ],
    },
  ],
});
