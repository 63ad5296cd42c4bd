// Decision point (release): how the pipeline that signs and publishes releases is protected.
import { definePoint } from '../../define-point.js';
import { archetypeIs } from '../../release-signals.js';

export default definePoint({
  meta: {
    id: 'cicd.release-security',
    domain: 'cicd',
    scope: 'release',
    title: 'Release pipeline and runner security',
    question: 'Who can trigger a release, where do signing and publish credentials live, and which runners may touch them?',
    docs: 'Whoever controls the release job controls every user’s machine: signing keys and publish tokens are the product’s most valuable secrets. Short-lived credentials from the CI identity (OIDC, trusted publishing), a protected release environment with a reviewer, and ephemeral runners keep a compromised pull request or dependency from shipping.',
    assumption: 'The inputs set no release controls; a protected release job with short-lived credentials was assumed.',
    check: () =>
      'A workflow run from a pull request or an unprotected branch cannot read the signing key or publish token; a release needs a protected tag.',
  },
  options: [
    {
      id: 'protected-release-oidc',
      title: 'Protected release job with short-lived credentials',
      summary:
        'Releases run only from protected tags in a release environment with a required reviewer, on ephemeral hosted runners, using OIDC trusted publishing and a signing key held by the CI identity or a cloud KMS.',
      pros: ['No long-lived publish token to steal', 'A second person approves every release'],
      cons: ['Setting up trusted publishing per registry', 'Release needs a reviewer to be available'],
      costClass: 'free',
      complexity: 2,
      skills: ['CI environments and OIDC'],
      leans: { compliance: 2, resilience: 1 },
      fits: [
        {
          when: (c) => archetypeIs(c, 'client-app', 'embedded-device', 'self-hosted-distributable', 'library-or-cli'),
          weight: 2,
          because: 'the release job signs what runs on machines the team does not control',
        },
        { when: (c) => c.v.anyCompliance(), weight: 2, because: 'a compliance regime expects release approval' },
      ],
      attrs: { approvalGate: true },
    },
    {
      id: 'repository-secrets',
      title: 'Release tokens in repository secrets',
      summary: 'Publish tokens and signing keys stored as CI repository secrets, used by any workflow on the default branch.',
      pros: ['Minutes to set up', 'Works with every registry and store'],
      cons: ['Any workflow change on the branch can read the keys', 'Long-lived tokens must be rotated by hand'],
      costClass: 'free',
      complexity: 1,
      skills: ['CI secrets'],
      leans: { simplicity: 2, compliance: -2 },
      // Never preferred on a fit: convenience is not a reason to leave publish keys readable by every workflow.
      fits: [],
    },
    {
      id: 'isolated-signing-runner',
      title: 'Isolated signing runner with a hardware key',
      summary:
        'Builds run on ephemeral runners; only the final signing step runs on a dedicated, isolated runner holding the key in an HSM or hardware token.',
      pros: ['The key never leaves the hardware', 'Fits firmware and notarisation keys auditors ask about'],
      cons: ['A runner and a token for the team to look after', 'A single runner can stall releases'],
      costClass: 'low',
      complexity: 4,
      skills: ['self-hosted CI runners', 'hardware security modules'],
      leans: { compliance: 2, simplicity: -2 },
      fits: [
        {
          when: (c) => c.v.compliance('fedramp', 'fisma', 'pci-dss'),
          weight: 5,
          because: 'the regime asks for signing keys held in validated hardware',
        },
      ],
      attrs: { hosting: 'self-hosted' },
    },
  ],
});
