// Decision point: how dependencies and build artefacts are checked before they reach production.
import { definePoint } from '../../define-point.js';
import { services } from '../../criteria.js';
import { settledOn, onKubernetes, shipsContainers } from '../../platform-family.js';

export default definePoint({
  meta: {
    id: 'security.supply-chain',
    domain: 'security',
    scope: 'any',
    title: 'Software supply-chain security',
    question: 'Which controls stop a vulnerable dependency or tampered image from reaching production?',
    docs: 'Most breaches of small systems come through dependencies and base images. Scanning in CI with a software bill of materials (SBOM) catches known vulnerabilities and answers customer questionnaires; signing images and enforcing signatures at admission proves what runs is what was built; dependency alerts alone only tell you after the fact.',
    assumption: 'The inputs set no supply-chain requirement; dependency and image scanning in CI was assumed.',
    check: (_d, m) => `The pipeline fails a build of ${services(m)} that adds a dependency with a known critical vulnerability.`,
  },
  options: [
    {
      id: 'ci-scanning-sbom',
      title: 'Dependency and image scanning in CI, with SBOM',
      summary:
        'Every build scans dependencies and container images (e.g. Trivy, Grype, OSV) and publishes an SBOM (e.g. Syft, CycloneDX); high-severity findings fail the build.',
      pros: [
        'Catches known CVEs before deploy, not after',
        'SBOMs answer customer and auditor questionnaires and speed up incident response',
      ],
      cons: ['Needs a triage policy or builds fail on unfixable findings', 'Only known vulnerabilities; no proof of provenance'],
      costClass: 'free',
      complexity: 2,
      skills: ['CI pipelines'],
      leans: { compliance: 1, simplicity: 1, cost: 1 },
      fits: [
        { when: (c) => c.v.anyCompliance(), weight: 3, because: 'the compliance regime expects vulnerability management evidence' },
        { when: (c) => shipsContainers(c), weight: 2, because: 'container images carry OS packages that need scanning too' },
      ],
    },
    {
      id: 'signed-images-admission',
      title: 'Signed images with admission policy',
      summary:
        'Images signed in CI (Sigstore cosign, SLSA provenance) and only signed images admitted to the cluster (Kyverno, Gatekeeper, Binary Authorization).',
      pros: ['Proves that what runs was built by your pipeline', 'Blocks hand-pushed or tampered images at the door'],
      cons: ['Key or keyless-identity management and policy upkeep', 'A misconfigured policy blocks deploys during an incident'],
      costClass: 'low',
      complexity: 4,
      skills: ['Sigstore/cosign', 'Kubernetes admission policy'],
      leans: { compliance: 2, resilience: 0, simplicity: -2, speed: -1 },
      rejectIf: (c) =>
        onKubernetes(c) || c.v.committed('cloud-run')
          ? null
          : 'admission policy needs Kubernetes or Cloud Run, and neither is in the design',
      fits: [
        {
          when: (c) => c.v.compliance('fedramp', 'fisma', 'pci-dss', 'dora', 'nis2'),
          weight: 4,
          because: 'the regime asks for provenance of deployed software',
        },
        {
          when: (c) => onKubernetes(c) && c.v.teamAtLeast(8),
          weight: 2,
          because: 'a larger team on Kubernetes can own the signing policy',
        },
      ],
    },
    {
      id: 'dependency-alerts',
      title: 'Basic dependency alerts',
      summary: 'Dependabot or Renovate alerts and update pull requests on the repositories, reviewed weekly.',
      pros: ['Free and on in minutes', 'Keeps dependencies current with small, reviewable PRs'],
      cons: ['Nothing blocks a vulnerable build from shipping', 'Base images and OS packages go unchecked'],
      costClass: 'free',
      complexity: 1,
      skills: [],
      leans: { simplicity: 2, cost: 2, speed: 1, compliance: -1 },
      fits: [
        { when: (c) => c.v.teamAtMost(3), weight: 2, because: 'the least process a small team can sustain' },
        {
          when: (c) => !c.v.anyCompliance() && settledOn(c, 'paas'),
          weight: 2,
          because: 'no compliance regime and the platform builds and patches the runtime',
        },
      ],
    },
  ],
});
